package dev.ambit.store.signature;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Ed25519 detached signatures over byte strings, with keys kept as serialised Tink keysets. This is the one
 * home of signature crypto: callers see bytes in and bytes out, never a Tink type.
 *
 * <p>Contract: {@link #verify} answers false for any signature that does not verify (wrong key, edited data,
 * garbage) and throws {@link SignatureKeyException} only when the key itself is unusable. All methods are
 * thread-safe.
 */
public final class DetachedSignatures {
    static {
        try {
            SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private DetachedSignatures() {}

    /** A new Ed25519 key pair. */
    public static SignatureKeyPair generate() {
        try {
            KeysetHandle privateHandle = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
            String privateJson = TinkJsonProtoKeysetFormat.serializeKeyset(privateHandle, InsecureSecretKeyAccess.get());
            String publicJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(privateHandle.getPublicKeysetHandle());
            return new SignatureKeyPair(
                    publicJson.getBytes(StandardCharsets.UTF_8), privateJson.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new SignatureKeyException("cannot generate an Ed25519 key pair: " + e.getMessage(), e);
        }
    }

    /** Signs {@code data} with a private keyset from {@link #generate}. */
    public static byte[] sign(byte[] privateKeyset, byte[] data) {
        Objects.requireNonNull(data, "data");
        PublicKeySign signer;
        try {
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(utf8(privateKeyset), InsecureSecretKeyAccess.get());
            signer = handle.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SignatureKeyException("not a private signing keyset: " + e.getMessage(), e);
        }
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new SignatureKeyException("signing failed: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is a valid signature of {@code data} under the public keyset. */
    public static boolean verify(byte[] publicKeyset, byte[] data, byte[] signature) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        PublicKeyVerify verifier;
        try {
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(utf8(publicKeyset));
            verifier = handle.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new SignatureKeyException("not a public signature keyset: " + e.getMessage(), e);
        }
        try {
            verifier.verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String utf8(byte[] keyset) {
        Objects.requireNonNull(keyset, "keyset");
        return new String(keyset, StandardCharsets.UTF_8);
    }
}
