package dev.ambit.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.subtle.AesGcmJce;
import dev.ambit.store.KeysetException;
import dev.ambit.store.StoreException;
import dev.ambit.store.WrongPassphraseException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The unlocked keys of one store: a Tink AES-256-GCM keyset for field encryption, an AES-256-SIV keyset for
 * values that must be found by equality, and the key-encryption key that wraps both in the {@link KeysetFile}.
 * Immutable: rotation and re-wrapping return a new keyring.
 */
public final class Keyring {
    private static final byte[] CHECK_PLAINTEXT = "ambit passphrase check".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHECK_AD = ad("keyset", "check");
    private static final byte[] AEAD_AD = ad("keyset", "aead");
    private static final byte[] DAEAD_AD = ad("keyset", "daead");
    private static final String AEAD_TEMPLATE = "AES256_GCM";
    private static final String DAEAD_TEMPLATE = "AES256_SIV";
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        try {
            AeadConfig.register();
            DeterministicAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle aead;
    private final KeysetHandle daead;
    private final Wrapping wrapping;

    /** The key-encryption key and what it was derived with. */
    private record Wrapping(Aead kek, KdfParams params, byte[] salt) {}

    private Keyring(KeysetHandle aead, KeysetHandle daead, Wrapping wrapping) {
        this.aead = aead;
        this.daead = daead;
        this.wrapping = wrapping;
    }

    /** Fresh keys, wrapped under a key derived from {@code passphrase} with {@code params} and a random salt. */
    public static Keyring generate(char[] passphrase, KdfParams params) {
        try {
            KeysetHandle aead = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.generateEntryFromParametersName(AEAD_TEMPLATE).withRandomId().makePrimary())
                    .build();
            KeysetHandle daead = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.generateEntryFromParametersName(DAEAD_TEMPLATE).withRandomId().makePrimary())
                    .build();
            return new Keyring(aead, daead, wrapping(passphrase, params));
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot generate keys: " + e.getMessage(), e);
        }
    }

    /**
     * Unwraps the keysets of {@code file}.
     *
     * @throws WrongPassphraseException when the passphrase does not derive the key-encryption key
     * @throws KeysetException when the passphrase is right but the wrapped keysets are damaged
     */
    public static Keyring unlock(KeysetFile file, char[] passphrase) {
        Wrapping wrapping = derive(passphrase, file.params(), file.salt());
        try {
            wrapping.kek().decrypt(file.check(), CHECK_AD);
        } catch (GeneralSecurityException e) {
            throw new WrongPassphraseException("wrong passphrase: it does not unlock this store (nothing was changed)");
        }
        try {
            KeysetHandle aead = TinkProtoKeysetFormat.parseEncryptedKeyset(file.aeadKeyset(), wrapping.kek(), AEAD_AD);
            KeysetHandle daead = TinkProtoKeysetFormat.parseEncryptedKeyset(file.daeadKeyset(), wrapping.kek(), DAEAD_AD);
            return new Keyring(aead, daead, wrapping);
        } catch (GeneralSecurityException e) {
            throw new KeysetException("the keyset file is damaged: the passphrase is right but the keys inside fail "
                    + "authentication; the data cannot be decrypted and there is no recovery", e);
        }
    }

    /** The wrapped form to persist. */
    public KeysetFile toFile() {
        try {
            byte[] check = wrapping.kek().encrypt(CHECK_PLAINTEXT, CHECK_AD);
            return new KeysetFile(wrapping.params(), wrapping.salt(), check,
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(aead, wrapping.kek(), AEAD_AD),
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(daead, wrapping.kek(), DAEAD_AD));
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot wrap the keyset: " + e.getMessage(), e);
        }
    }

    /** The same keys wrapped under a new passphrase (new salt); the data needs no re-encryption. */
    public Keyring rewrapped(char[] newPassphrase, KdfParams params) {
        return new Keyring(aead, daead, wrapping(newPassphrase, params));
    }

    /** Adds a fresh primary key to both keysets; the old keys stay so existing ciphertexts still decrypt. */
    public Keyring withNewPrimary() {
        try {
            KeysetHandle newAead = KeysetHandle.newBuilder(aead)
                    .addEntry(KeysetHandle.generateEntryFromParametersName(AEAD_TEMPLATE).withRandomId().makePrimary())
                    .build();
            KeysetHandle newDaead = KeysetHandle.newBuilder(daead)
                    .addEntry(KeysetHandle.generateEntryFromParametersName(DAEAD_TEMPLATE).withRandomId().makePrimary())
                    .build();
            return new Keyring(newAead, newDaead, wrapping);
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot generate a new key: " + e.getMessage(), e);
        }
    }

    /** Drops every key but the primary; call only after all data is re-encrypted under the primary. */
    public Keyring withPrimaryOnly() {
        try {
            return new Keyring(primaryOnly(aead), primaryOnly(daead), wrapping);
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot drop the old key: " + e.getMessage(), e);
        }
    }

    private static KeysetHandle primaryOnly(KeysetHandle handle) throws GeneralSecurityException {
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
        for (int i = builder.size() - 1; i >= 0; i--) {
            if (!builder.getAt(i).isPrimary()) {
                builder.deleteAt(i);
            }
        }
        return builder.build();
    }

    /** Number of keys in the field keyset: more than one means a key rotation has not finished. */
    public int keyCount() {
        return aead.size();
    }

    /** Id of the primary field key; recorded in the database to detect a keyset from another store. */
    public long primaryKeyId() {
        return Integer.toUnsignedLong(aead.getPrimary().getId());
    }

    public boolean containsKey(long keyId) {
        for (int i = 0; i < aead.size(); i++) {
            if (Integer.toUnsignedLong(aead.getAt(i).getId()) == keyId) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code file} was wrapped with this keyring's key-encryption key (same salt). */
    public boolean wrapsLike(KeysetFile file) {
        return java.security.MessageDigest.isEqual(wrapping.salt(), file.salt());
    }

    public KdfParams kdfParams() {
        return wrapping.params();
    }

    /** The field cipher for these keys. */
    public FieldCipher cipher() {
        try {
            return new FieldCipher(
                    aead.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    daead.getPrimitive(RegistryConfiguration.get(), DeterministicAead.class));
        } catch (GeneralSecurityException e) {
            throw new KeysetException("the keyset holds unusable keys: " + e.getMessage(), e);
        }
    }

    private static Wrapping wrapping(char[] passphrase, KdfParams params) {
        byte[] salt = new byte[PassphraseKdf.SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(passphrase, params, salt);
    }

    private static Wrapping derive(char[] passphrase, KdfParams params, byte[] salt) {
        if (passphrase == null || passphrase.length == 0) {
            throw new WrongPassphraseException("the passphrase is empty");
        }
        byte[] kek = PassphraseKdf.derive(passphrase, salt, params);
        try {
            return new Wrapping(new AesGcmJce(kek), params, salt.clone());
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot build the key-encryption key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    static byte[] ad(String... parts) {
        return String.join("|", parts).getBytes(StandardCharsets.UTF_8);
    }
}
