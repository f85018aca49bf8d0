package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.store.crypto.FieldCipher;
import dev.ambit.store.crypto.KeysetFile;
import dev.ambit.store.crypto.Keyring;
import dev.ambit.store.db.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Older files open and upgrade: 1 -> 2 adds transcripts, 2 -> 3 the kind index, 3 -> 4 the row versions. Rows
 * written before versions existed are sealed with the version-less binding {@code table|column|row}; they keep
 * reading as version 0 until their next write gives them version 1.
 */
class MigrationTest {
    @TempDir
    Path home;

    @Test
    void storeAtSchemaVersion1_isMigratedAtOpenWithItsDataIntact() throws Exception {
        Path dir = home.resolve("store1");
        long id = legacyStore(dir);
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement()) {
            s.execute("DROP TABLE transcript");
            s.execute("DROP INDEX item_kind_name");
            s.execute("DROP INDEX item_kind");
            dropVersions(s);
            s.execute("PRAGMA user_version = 1");
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertTrue(store.verifyAudit().intact(), store.verifyAudit().problem());
            assertLegacyDataReads(store, id);
            long added = store.add(NewItem.fact("after the upgrade", "{}")).id();
            store.update(added, "updated after the upgrade", "{}");
            assertEquals("updated after the upgrade", store.item(added).value());
            store.addTranscript("c", "user", "new table works");
            assertEquals(1, store.transcripts().size());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void storeAtSchemaVersion2_gainsTheKindIndexAndRowVersionsAtOpen() throws Exception {
        Path dir = home.resolve("store2");
        long id = legacyStore(dir);
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement()) {
            s.execute("DROP INDEX item_kind");
            dropVersions(s);
            s.execute("PRAGMA user_version = 2");
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertLegacyDataReads(store, id);
        }
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'item_kind'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }

    @Test
    void storeAtSchemaVersion3_legacyRowsReadAndTheirNextWriteIsReplayProtected() throws Exception {
        Path dir = home.resolve("store3");
        long id = legacyStore(dir);
        byte[] legacyValue;
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement()) {
            dropVersions(s);
            s.execute("PRAGMA user_version = 3");
            legacyValue = bytes(c, "SELECT value FROM item WHERE id = " + id);
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertLegacyDataReads(store, id);
            store.update(id, "cold", "{\"source\":\"explicit\"}");
            store.putSetting("jurisdiction", "us");
        }
        try (Connection c = StoreFixture.raw(dir)) {
            assertEquals(1, number(c, "SELECT version FROM item WHERE id = " + id));
            assertEquals(1, number(c, "SELECT version FROM setting WHERE name = 'jurisdiction'"));
            try (PreparedStatement back = c.prepareStatement("UPDATE item SET value = ? WHERE id = ?")) {
                back.setBytes(1, legacyValue);
                back.setLong(2, id);
                assertEquals(1, back.executeUpdate());
            }
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals("us", store.setting("jurisdiction").orElseThrow());
            assertThrows(DamagedItemException.class, () -> store.item(id));
        }
    }

    /**
     * A store whose preference {@code tone = warm} and setting {@code jurisdiction = de} are sealed the way an
     * ambit from before row versions sealed them, with the version-less associated data.
     */
    private static long legacyStore(Path dir) throws Exception {
        long id;
        try (Store store = StoreFixture.create(dir)) {
            id = store.add(new NewItem("preference", "tone", "warm", "{\"source\":\"old\"}")).id();
            store.putSetting("jurisdiction", "de");
        }
        FieldCipher cipher = Keyring.unlock(KeysetFile.read(dir.resolve(Store.KEYSET_FILE)), StoreFixture.pass())
                .cipher();
        String row = Long.toString(id);
        try (Connection c = StoreFixture.raw(dir);
                PreparedStatement item = c.prepareStatement(
                        "UPDATE item SET value = ?, provenance = ?, version = 0 WHERE id = ?");
                PreparedStatement setting = c.prepareStatement(
                        "UPDATE setting SET value = ?, version = 0 WHERE name = 'jurisdiction'")) {
            item.setBytes(1, cipher.encrypt("item", "value", row, "warm"));
            item.setBytes(2, cipher.encrypt("item", "provenance", row, "{\"source\":\"old\"}"));
            item.setLong(3, id);
            assertEquals(1, item.executeUpdate());
            setting.setBytes(1, cipher.encrypt("setting", "value", "jurisdiction", "de"));
            assertEquals(1, setting.executeUpdate());
        }
        return id;
    }

    private static void dropVersions(Statement s) throws Exception {
        s.execute("ALTER TABLE item DROP COLUMN version");
        s.execute("ALTER TABLE setting DROP COLUMN version");
    }

    /** Every read path decrypts the version 0 row: by id, all items, by kind, values of a kind, by name. */
    private static void assertLegacyDataReads(Store store, long id) {
        assertEquals("warm", store.item(id).value());
        assertEquals("{\"source\":\"old\"}", store.item(id).provenance());
        assertEquals("warm", store.items().get(0).value());
        assertEquals("warm", store.items("preference").get(0).value());
        assertEquals("warm", store.values("preference").get(0).value());
        assertEquals("warm", store.find("preference", "tone").orElseThrow().value());
        assertEquals("de", store.setting("jurisdiction").orElseThrow());
    }

    private static byte[] bytes(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getBytes(1);
        }
    }

    private static long number(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            assertTrue(rows.next());
            return rows.getLong(1);
        }
    }
}
