package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tampering, swapping and damage are reported by name, never returned as garbage. */
class DamageTest {
    @TempDir
    Path home;

    Path dir;
    long first;
    long second;

    @BeforeEach
    void createStore() {
        dir = home.resolve("store");
        try (Store store = StoreFixture.create(dir)) {
            first = store.add(NewItem.fact("first fact", "{}")).id();
            second = store.add(NewItem.fact("second fact", "{}")).id();
        }
    }

    @Test
    void flippedByte_isReportedAsTheDamagedItem() throws Exception {
        try (Connection c = StoreFixture.raw(dir)) {
            byte[] value = blob(c, "value", second);
            value[value.length / 2] ^= 0x01;
            setBlob(c, "value", second, value);
        }
        try (Store store = StoreFixture.open(dir)) {
            DamagedItemException e = assertThrows(DamagedItemException.class, store::items);
            assertEquals(Long.toString(second), e.rowId());
            assertTrue(e.getMessage().contains("item " + second + " is damaged"), e.getMessage());
            assertTrue(e.getMessage().contains("ambit profile forget " + second), e.getMessage());
            assertEquals("first fact", store.item(first).value());
            store.forget(second);
            assertEquals(1, store.items().size());
        }
    }

    @Test
    void ciphertextSwappedBetweenRows_failsToDecrypt() throws Exception {
        try (Connection c = StoreFixture.raw(dir)) {
            setBlob(c, "value", second, blob(c, "value", first));
        }
        try (Store store = StoreFixture.open(dir)) {
            DamagedItemException e = assertThrows(DamagedItemException.class, () -> store.item(second));
            assertEquals(Long.toString(second), e.rowId());
        }
    }

    @Test
    void ciphertextMovedBetweenColumns_failsToDecrypt() throws Exception {
        try (Connection c = StoreFixture.raw(dir)) {
            setBlob(c, "provenance", first, blob(c, "value", first));
        }
        try (Store store = StoreFixture.open(dir)) {
            assertThrows(DamagedItemException.class, () -> store.item(first));
        }
    }

    @Test
    void newerSchema_isRefusedClearly() throws Exception {
        try (Connection c = StoreFixture.raw(dir)) {
            c.createStatement().execute("PRAGMA user_version = 99");
        }
        SchemaTooNewException e = assertThrows(SchemaTooNewException.class, () -> StoreFixture.open(dir));
        assertTrue(e.getMessage().contains("newer ambit"), e.getMessage());
    }

    @Test
    void missingKeyset_saysThereIsNoRecovery() throws Exception {
        Files.delete(dir.resolve(Store.KEYSET_FILE));
        assertTrue(Store.exists(dir));
        KeysetException e = assertThrows(KeysetException.class, () -> StoreFixture.open(dir));
        assertTrue(e.getMessage().contains("no recovery"), e.getMessage());
    }

    @Test
    void corruptedKeyset_saysThereIsNoRecovery() throws Exception {
        Path keyset = dir.resolve(Store.KEYSET_FILE);
        String text = Files.readString(keyset, StandardCharsets.UTF_8);
        int at = text.indexOf("keyset.aead=") + "keyset.aead=".length() + 40;
        char flipped = text.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(keyset, text.substring(0, at) + flipped + text.substring(at + 1), StandardCharsets.UTF_8);
        KeysetException e = assertThrows(KeysetException.class, () -> StoreFixture.open(dir));
        assertTrue(e.getMessage().contains("no recovery"), e.getMessage());
    }

    @Test
    void truncatedKeyset_isDamagedNotACrash() throws Exception {
        Files.writeString(dir.resolve(Store.KEYSET_FILE), "format=ambit-keyset/1\n", StandardCharsets.UTF_8);
        assertThrows(KeysetException.class, () -> StoreFixture.open(dir));
    }

    @Test
    void notADatabase_isReportedAsDamagedStore() throws Exception {
        Files.write(dir.resolve(Store.DATABASE_FILE), new byte[4096]);
        Files.writeString(dir.resolve(Store.DATABASE_FILE), "this is not sqlite at all, just text".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> StoreFixture.open(dir));
        assertTrue(e instanceof DamagedStoreException, e.getClass() + ": " + e.getMessage());
    }

    private static byte[] blob(Connection c, String column, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM item WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }

    private static void setBlob(Connection c, String column, long id, byte[] value) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE item SET " + column + " = ? WHERE id = ?")) {
            s.setBytes(1, value);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }
}
