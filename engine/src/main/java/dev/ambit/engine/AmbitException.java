package dev.ambit.engine;

/**
 * Root of every failure the engine reports. Each instance carries a message written for the person at the
 * terminal (one line, no stack trace needed) and a {@link Failure} kind that the CLI maps to an exit code.
 */
public class AmbitException extends RuntimeException {
    private final Failure failure;

    public AmbitException(Failure failure, String userMessage) {
        super(userMessage);
        this.failure = java.util.Objects.requireNonNull(failure, "failure");
    }

    public AmbitException(Failure failure, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.failure = java.util.Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }

    /** What went wrong, at the granularity a script can act on. */
    public enum Failure {
        /** The caller's input is unusable (empty prompt, prompt longer than the context, bad value). */
        INVALID_INPUT,
        /** The model file is missing, unreadable, not GGUF, or failed to load or generate. */
        MODEL,
        /** The encrypted store or its keys failed (wrong passphrase, damage, busy). */
        STORE,
        /** A policy is missing, unsigned, tampered, invalid or tries to widen a higher tier. */
        POLICY,
        /** A model download or checksum verification failed. */
        DOWNLOAD,
        /** A bug or an unexpected environment failure. */
        INTERNAL
    }
}
