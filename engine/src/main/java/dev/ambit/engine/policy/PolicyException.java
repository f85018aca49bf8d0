package dev.ambit.engine.policy;

import dev.ambit.engine.AmbitException;

/**
 * A policy cannot be trusted or used: missing, unreadable, unsigned, tampered, invalid, or widening a higher
 * tier. Always fatal for the run (exit 6): bounds fail closed.
 */
public final class PolicyException extends AmbitException {
    public PolicyException(String userMessage) {
        super(Failure.POLICY, userMessage);
    }

    public PolicyException(String userMessage, Throwable cause) {
        super(Failure.POLICY, userMessage, cause);
    }
}
