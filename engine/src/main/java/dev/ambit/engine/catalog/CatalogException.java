package dev.ambit.engine.catalog;

import dev.ambit.engine.AmbitException;

/** A catalogue file is unreadable or has a bad line (the message names the file and the line), or a name is unknown. */
public final class CatalogException extends AmbitException {
    public CatalogException(String userMessage) {
        super(Failure.INVALID_INPUT, userMessage);
    }

    public CatalogException(String userMessage, Throwable cause) {
        super(Failure.INVALID_INPUT, userMessage, cause);
    }
}
