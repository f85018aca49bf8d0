package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay: an older ciphertext of the same row and column, written back after the row changed, is refused like
 * any other damage. Each write of a row raises its version, and the version is part of the associated data.
 * (Rolling back a row's version together with its ciphertext, or the whole file, is not detectable here; see
 * the threat model.)
 */
class ReplayTest {
    @TempDir
    Path home;

    Path dir;

    @BeforeEach
    void createStore() {
        dir = home.resolve("store");
        StoreFixture.create(dir).close();
    }

    @Test
    void oldItemCiphertextWrittenBackAfterAnUpdate_isDamagedNotTheOldValue() throws Exception {
        long id;
        try (Store store = StoreFixture.open(dir)) {
            id = store.add(NewItem.fact("prefers tea", "{}")).id();
        }
        byte[] oldValue;
        byte[] oldProvenance;
        try (Connection c = StoreFixture.raw(dir)) {
            oldValue = column(c, "item", "value", "id", id);
            oldProvenance = column(c, "item", "provenance", "id", id);
        }
        try (Store store = StoreFixture.open(dir)) {
            store.update(id, "prefers coffee", "{\"source\":\"explicit\"}");
        }
        try (Connection c = StoreFixture.raw(dir)) {
            setColumn(c, "item", "value", "id", id, oldValue);
            setColumn(c, "item", "provenance", "id", id, oldProvenance);
        }
        try (Store store = StoreFixture.open(dir)) {
            DamagedItemException e = assertThrows(DamagedItemException.class, () -> store.item(id));
            assertEquals(Long.toString(id), e.rowId());
            assertTrue(e.getMessage().contains("item " + id + " is damaged"), e.getMessage());
        }
    }

    @Test
    void oldSettingCiphertextWrittenBackAfterAChange_isDamagedNotTheOldValue() throws Exception {
        try (Store store = StoreFixture.open(dir)) {
            store.putSetting("jurisdiction", "de");
        }
        byte[] old;
        try (Connection c = StoreFixture.raw(dir)) {
            old = column(c, "setting", "value", "name", "jurisdiction");
        }
        try (Store store = StoreFixture.open(dir)) {
            store.putSetting("jurisdiction", "us");
            assertEquals("us", store.setting("jurisdiction").orElseThrow());
        }
        try (Connection c = StoreFixture.raw(dir)) {
            setColumn(c, "setting", "value", "name", "jurisdiction", old);
        }
        try (Store store = StoreFixture.open(dir)) {
            assertThrows(DamagedItemException.class, () -> store.setting("jurisdiction"));
        }
    }

    @Test
    void versionsSurviveKeyRotation_andUpdatesKeepWorking() {
        long id;
        try (Store store = StoreFixture.open(dir)) {
            id = store.add(NewItem.fact("one", "{}")).id();
            store.update(id, "two", "{}");
            store.putSetting("jurisdiction", "eu");
            store.putSetting("jurisdiction", "uk");
            store.rotateKey();
            store.update(id, "three", "{}");
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals("three", store.item(id).value());
            assertEquals("uk", store.setting("jurisdiction").orElseThrow());
        }
    }

    private static byte[] column(Connection c, String table, String column, String key, Object row) throws Exception {
        String sql = "SELECT " + column + " FROM " + table + " WHERE " + key + " = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, row);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                return rows.getBytes(1);
            }
        }
    }

    private static void setColumn(Connection c, String table, String column, String key, Object row, byte[] value)
            throws Exception {
        String sql = "UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setBytes(1, value);
            s.setObject(2, row);
            assertEquals(1, s.executeUpdate());
        }
    }
}
