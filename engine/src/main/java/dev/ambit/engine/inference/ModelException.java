package dev.ambit.engine.inference;

import dev.ambit.engine.AmbitException;

/** The model file could not be used: missing, unreadable, not GGUF, failed to load, or generation failed. */
public final class ModelException extends AmbitException {
    public ModelException(String userMessage) {
        super(Failure.MODEL, userMessage);
    }

    public ModelException(String userMessage, Throwable cause) {
        super(Failure.MODEL, userMessage, cause);
    }
}
