package dev.ambit.store;

/** The database file itself is damaged or not an ambit database. */
public final class DamagedStoreException extends StoreException {
    public DamagedStoreException(String message) {
        super(message);
    }

    public DamagedStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
