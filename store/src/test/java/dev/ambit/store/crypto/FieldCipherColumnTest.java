package dev.ambit.store.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ambit.store.DamagedItemException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** The per-column cipher seals exactly as the per-field one, so data written by either reads with the other. */
class FieldCipherColumnTest {
    private static final FieldCipher CIPHER = Keyring.generate("column passphrase".toCharArray(), KdfParams.TEST).cipher();
    private static final FieldCipher.Column VALUES = CIPHER.column("item", "value");

    @Property(tries = 200)
    void columnAndFieldCiphers_readEachOthersCiphertexts(@ForAll @StringLength(max = 200) String text,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long row) {
        assertEquals(text, CIPHER.decrypt("item", "value", Long.toString(row), VALUES.encrypt(row, text)));
        assertEquals(text, VALUES.decrypt(row, CIPHER.encrypt("item", "value", Long.toString(row), text)));
    }

    @Property(tries = 100)
    void columnCiphertext_failsInAnyOtherRowOrColumn(@ForAll @StringLength(max = 50) String text,
            @ForAll @LongRange(min = 1, max = 100_000) long row, @ForAll @LongRange(min = 1, max = 100_000) long other) {
        byte[] sealed = VALUES.encrypt(row, text);
        if (row != other) {
            DamagedItemException e = assertThrows(DamagedItemException.class, () -> VALUES.decrypt(other, sealed));
            assertEquals(Long.toString(other), e.rowId());
        }
        assertThrows(DamagedItemException.class, () -> CIPHER.column("item", "provenance").decrypt(row, sealed));
        // "item|value|1" + "2" must not read as "item|value|12": the row is the whole tail of the associated data.
        assertThrows(DamagedItemException.class, () -> CIPHER.column("item", "value1").decrypt(row, sealed));
    }

    @Property(tries = 200)
    void versionedColumnAndFieldCiphers_readEachOthersCiphertexts(@ForAll @StringLength(max = 200) String text,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long row,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long version) {
        String id = Long.toString(row);
        assertEquals(text, CIPHER.decrypt("item", "value", id, version, VALUES.encrypt(row, version, text)));
        assertEquals(text, VALUES.decrypt(row, version, CIPHER.encrypt("item", "value", id, version, text)));
    }

    @Property(tries = 100)
    void columnCiphertext_failsUnderAnyOtherVersion(@ForAll @StringLength(max = 50) String text,
            @ForAll @LongRange(min = 1, max = 100_000) long row, @ForAll @LongRange(min = 0, max = 1000) long version,
            @ForAll @LongRange(min = 0, max = 1000) long other) {
        byte[] sealed = VALUES.encrypt(row, version, text);
        if (version != other) {
            assertThrows(DamagedItemException.class, () -> VALUES.decrypt(row, other, sealed));
        }
        // A version in the associated data does not loosen the binding to the row.
        assertThrows(DamagedItemException.class, () -> VALUES.decrypt(row * 10 + 1, version, sealed));
    }

    @Property(tries = 20)
    void missingCiphertext_isDamageNotACrash(@ForAll @LongRange(min = 1, max = 1000) long row) {
        assertEquals(Long.toString(row), assertThrows(DamagedItemException.class, () -> VALUES.decrypt(row, null)).rowId());
    }
}
