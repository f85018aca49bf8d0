package dev.ambit.store;

/** The database was written by a newer ambit; this version will not touch it. */
public final class SchemaTooNewException extends StoreException {
    public SchemaTooNewException(String message) {
        super(message);
    }

    public SchemaTooNewException(String message, Throwable cause) {
        super(message, cause);
    }
}
