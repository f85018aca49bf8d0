package dev.ambit.store.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ambit.store.DamagedItemException;
import dev.ambit.store.WrongPassphraseException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class FieldCipherProperties {
    private static final Keyring KEYS = Keyring.generate("property passphrase".toCharArray(), KdfParams.TEST);
    private static final FieldCipher CIPHER = KEYS.cipher();

    @Property(tries = 200)
    void anyText_roundTripsThroughItsOwnRow(@ForAll @StringLength(max = 300) String text,
            @ForAll @IntRange(min = 1, max = 1_000_000) int row) {
        byte[] sealed = CIPHER.encrypt("item", "value", Integer.toString(row), text);
        assertEquals(text, CIPHER.decrypt("item", "value", Integer.toString(row), sealed));
    }

    @Property(tries = 100)
    void ciphertext_failsInAnyOtherRowOrColumn(@ForAll @StringLength(max = 100) String text,
            @ForAll @IntRange(min = 1, max = 1000) int row, @ForAll @IntRange(min = 1, max = 1000) int other) {
        byte[] sealed = CIPHER.encrypt("item", "value", Integer.toString(row), text);
        if (row != other) {
            assertThrows(DamagedItemException.class, () -> CIPHER.decrypt("item", "value", Integer.toString(other), sealed));
        }
        assertThrows(DamagedItemException.class, () -> CIPHER.decrypt("item", "provenance", Integer.toString(row), sealed));
    }

    @Property(tries = 100)
    void deterministicNames_areStableWithinAScopeAndDifferAcrossScopes(@ForAll @StringLength(min = 1, max = 60) String name) {
        byte[] a = CIPHER.encryptDeterministically("item", "name", "preference", name);
        assertArrayEquals(a, CIPHER.encryptDeterministically("item", "name", "preference", name));
        assertNotEquals(java.util.HexFormat.of().formatHex(a),
                java.util.HexFormat.of().formatHex(CIPHER.encryptDeterministically("item", "name", "fact", name)));
        assertEquals(name, CIPHER.decryptDeterministically("item", "name", "preference", "1", a));
    }

    @Property(tries = 5)
    void keysetFile_roundTripsAndUnlocksOnlyWithItsPassphrase(@ForAll @StringLength(min = 1, max = 40) String passphrase)
            throws Exception {
        Path dir = Files.createTempDirectory("keyset");
        try {
            Keyring keys = Keyring.generate(passphrase.toCharArray(), KdfParams.TEST);
            Path file = dir.resolve("keyset.ambit");
            keys.toFile().write(file);
            Keyring back = Keyring.unlock(KeysetFile.read(file), passphrase.toCharArray());
            assertEquals(keys.primaryKeyId(), back.primaryKeyId());
            byte[] sealed = keys.cipher().encrypt("t", "c", "1", "hello");
            assertEquals("hello", back.cipher().decrypt("t", "c", "1", sealed));
            assertThrows(WrongPassphraseException.class,
                    () -> Keyring.unlock(KeysetFile.read(file), (passphrase + "x").toCharArray()));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
