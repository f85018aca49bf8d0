package dev.ambit.store.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.DeterministicAead;
import dev.ambit.store.DamagedItemException;
import dev.ambit.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts one field at a time. The associated data is {@code table|column|row|v<version>}, so a ciphertext
 * moved to another row, column or table fails to decrypt instead of showing another item's value, and so does an
 * older ciphertext of the same field written back after the row changed (its version differs). Version 0 is a
 * row written before versions existed; its associated data is {@code table|column|row}.
 *
 * <p>The deterministic variant (AES-SIV) is for values looked up by equality; its associated data names a
 * scope instead of a row, because the row is what the lookup is looking for. Equal plaintexts in one scope
 * give equal ciphertexts — that is the price of lookup, and why it is used only for short keys.
 */
public final class FieldCipher {
    private final Aead aead;
    private final DeterministicAead daead;

    FieldCipher(Aead aead, DeterministicAead daead) {
        this.aead = aead;
        this.daead = daead;
    }

    /**
     * The cipher of one integer-keyed column, for loops over many rows: its associated data is the same
     * {@code table|column|row|v<version>} as {@link #encrypt}'s, with the {@code table|column|} prefix encoded once.
     */
    public Column column(String table, String column) {
        return new Column(table, column);
    }

    public byte[] encrypt(String table, String column, String row, String plaintext) {
        return encrypt(table, column, row, 0, plaintext);
    }

    /** @param version the row's write count, raised on every write of the row */
    public byte[] encrypt(String table, String column, String row, long version, String plaintext) {
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), versionedAd(table, column, row, version));
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot encrypt " + table + " " + row + ": " + e.getMessage(), e);
        }
    }

    /** @throws DamagedItemException when the bytes were changed or belong to another field */
    public String decrypt(String table, String column, String row, byte[] ciphertext) {
        return decrypt(table, column, row, 0, ciphertext);
    }

    /** @throws DamagedItemException when the bytes were changed, belong to another field or to another version */
    public String decrypt(String table, String column, String row, long version, byte[] ciphertext) {
        if (ciphertext == null) {
            throw new DamagedItemException(table, column, row, null);
        }
        try {
            byte[] plaintext = aead.decrypt(ciphertext, versionedAd(table, column, row, version));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new DamagedItemException(table, column, row, e);
        }
    }

    private static byte[] versionedAd(String table, String column, String row, long version) {
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0, got " + version);
        }
        return version == 0 ? Keyring.ad(table, column, row) : Keyring.ad(table, column, row, "v" + version);
    }

    public byte[] encryptDeterministically(String table, String column, String scope, String plaintext) {
        try {
            return daead.encryptDeterministically(plaintext.getBytes(StandardCharsets.UTF_8), Keyring.ad(table, column, scope));
        } catch (GeneralSecurityException e) {
            throw new StoreException("cannot encrypt a " + table + " " + column + ": " + e.getMessage(), e);
        }
    }

    /** @param row names the row in the error when the value is damaged */
    public String decryptDeterministically(String table, String column, String scope, String row, byte[] ciphertext) {
        if (ciphertext == null) {
            throw new DamagedItemException(table, column, row, null);
        }
        try {
            return new String(daead.decryptDeterministically(ciphertext, Keyring.ad(table, column, scope)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new DamagedItemException(table, column, row, e);
        }
    }

    /**
     * One column's fields; a row's associated data is the column's prefix followed by the row id's digits and,
     * from version 1 on, {@code |v<version>} — byte for byte what the per-field methods build.
     */
    public final class Column {
        private final String table;
        private final String column;
        private final byte[] prefix;

        private Column(String table, String column) {
            this.table = table;
            this.column = column;
            this.prefix = Keyring.ad(table, column, "");
        }

        /** Seals under the legacy, version 0 binding. */
        public byte[] encrypt(long row, String plaintext) {
            return encrypt(row, 0, plaintext);
        }

        /** @param version the row's write count, raised on every write of the row */
        public byte[] encrypt(long row, long version, String plaintext) {
            try {
                return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(row, version));
            } catch (GeneralSecurityException e) {
                throw new StoreException("cannot encrypt " + table + " " + row + ": " + e.getMessage(), e);
            }
        }

        /** @throws DamagedItemException when the bytes were changed or belong to another field */
        public String decrypt(long row, byte[] ciphertext) {
            return decrypt(row, 0, ciphertext);
        }

        /** @throws DamagedItemException when the bytes were changed, belong to another field or to another version */
        public String decrypt(long row, long version, byte[] ciphertext) {
            if (ciphertext == null) {
                throw new DamagedItemException(table, column, Long.toString(row), null);
            }
            try {
                return new String(aead.decrypt(ciphertext, ad(row, version)), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new DamagedItemException(table, column, Long.toString(row), e);
            }
        }

        private byte[] ad(long row, long version) {
            if (version < 0) {
                throw new IllegalArgumentException("version must be >= 0, got " + version);
            }
            String tail = version == 0 ? Long.toString(row) : row + "|v" + version;
            byte[] digits = tail.getBytes(StandardCharsets.US_ASCII);
            byte[] ad = java.util.Arrays.copyOf(prefix, prefix.length + digits.length);
            System.arraycopy(digits, 0, ad, prefix.length, digits.length);
            return ad;
        }
    }
}
