package dev.ambit.store;

/** No store exists in the directory; {@code ambit init} creates one. */
public final class StoreNotFoundException extends StoreException {
    public StoreNotFoundException(String message) {
        super(message);
    }

    public StoreNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
