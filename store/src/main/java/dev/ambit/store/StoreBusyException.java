package dev.ambit.store;

/** Another process holds the store's write lock longer than the busy timeout, or changed its key meanwhile. */
public final class StoreBusyException extends StoreException {
    public StoreBusyException(String message) {
        super(message);
    }

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
