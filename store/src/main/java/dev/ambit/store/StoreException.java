package dev.ambit.store;

/**
 * Root of every failure the store reports. Unchecked; the message is one line written for the person at the
 * terminal and never contains a passphrase, key material or a decrypted value.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
