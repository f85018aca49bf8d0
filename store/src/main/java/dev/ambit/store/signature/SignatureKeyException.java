package dev.ambit.store.signature;

/** A keyset could not be read or used: wrong kind of key, damaged file, or not a Tink signature keyset. */
public final class SignatureKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SignatureKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
