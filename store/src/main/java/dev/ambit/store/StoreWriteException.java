package dev.ambit.store;

/** The store could not be written (full disk, read-only directory, I/O error); the transaction was rolled back. */
public final class StoreWriteException extends StoreException {
    public StoreWriteException(String message) {
        super(message);
    }

    public StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
