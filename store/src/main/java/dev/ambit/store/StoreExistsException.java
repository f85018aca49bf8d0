package dev.ambit.store;

/** A store already exists where a new one was to be created. */
public final class StoreExistsException extends StoreException {
    public StoreExistsException(String message) {
        super(message);
    }

    public StoreExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
