package dev.ambit.store;

/** The passphrase does not unlock the keyset. Nothing on disk was changed. */
public final class WrongPassphraseException extends StoreException {
    public WrongPassphraseException(String message) {
        super(message);
    }

    public WrongPassphraseException(String message, Throwable cause) {
        super(message, cause);
    }
}
