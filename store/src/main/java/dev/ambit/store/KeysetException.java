package dev.ambit.store;

/** The keyset file is missing or damaged. Without it the data cannot be decrypted: there is no recovery. */
public final class KeysetException extends StoreException {
    public KeysetException(String message) {
        super(message);
    }

    public KeysetException(String message, Throwable cause) {
        super(message, cause);
    }
}
