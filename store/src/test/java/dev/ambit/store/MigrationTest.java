package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ambit.store.db.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path home;

    @Test
    void storeAtSchemaVersion1_isMigratedAtOpenWithItsDataIntact() throws Exception {
        Path dir = home.resolve("store");
        long id;
        try (Store store = StoreFixture.create(dir)) {
            id = store.add(NewItem.fact("from the old days", "{}")).id();
        }
        // Turn the file back into exactly what version 1 created: no transcripts, no indexes.
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement()) {
            s.execute("DROP TABLE transcript");
            s.execute("DROP INDEX item_kind_name");
            s.execute("DROP INDEX item_kind");
            s.execute("PRAGMA user_version = 1");
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals("from the old days", store.item(id).value());
            store.addTranscript("c", "user", "new table works");
            assertEquals(1, store.transcripts().size());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void storeAtSchemaVersion2_gainsTheKindIndexAtOpen() throws Exception {
        Path dir = home.resolve("store2");
        try (Store store = StoreFixture.create(dir)) {
            store.add(new NewItem("preference", "tone", "warm", "{}"));
        }
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement()) {
            s.execute("DROP INDEX item_kind");
            s.execute("PRAGMA user_version = 2");
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertEquals("warm", store.values("preference").get(0).value());
        }
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'item_kind'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }
}
