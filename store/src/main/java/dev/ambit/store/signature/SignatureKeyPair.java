package dev.ambit.store.signature;

import java.util.Arrays;
import java.util.Objects;

/**
 * A freshly generated signing key pair as serialised keysets (Tink's JSON keyset format). The private half is
 * secret material: write it owner-only and never log it.
 *
 * @param publicKeyset the verifying key, safe to publish
 * @param privateKeyset the signing key
 */
public record SignatureKeyPair(byte[] publicKeyset, byte[] privateKeyset) {
    public SignatureKeyPair {
        Objects.requireNonNull(publicKeyset, "publicKeyset");
        Objects.requireNonNull(privateKeyset, "privateKeyset");
        publicKeyset = publicKeyset.clone();
        privateKeyset = privateKeyset.clone();
    }

    @Override
    public byte[] publicKeyset() {
        return publicKeyset.clone();
    }

    @Override
    public byte[] privateKeyset() {
        return privateKeyset.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureKeyPair k
                && Arrays.equals(publicKeyset, k.publicKeyset)
                && Arrays.equals(privateKeyset, k.privateKeyset);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKeyset);
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "SignatureKeyPair[public " + publicKeyset.length + " bytes, private (hidden)]";
    }
}
