package dev.ambit.store;

/** No item has the requested id. */
public final class ItemNotFoundException extends StoreException {
    public ItemNotFoundException(String message) {
        super(message);
    }

    public ItemNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
