package dev.ambit.engine.profile;

import dev.ambit.engine.AmbitException;

/** The encrypted store or its keys failed; the message comes from the store and names what to do. */
public final class ProfileException extends AmbitException {
    public ProfileException(String userMessage, Throwable cause) {
        super(Failure.STORE, userMessage, cause);
    }

    public ProfileException(String userMessage) {
        super(Failure.STORE, userMessage);
    }
}
