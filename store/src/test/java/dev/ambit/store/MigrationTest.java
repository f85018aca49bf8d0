package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        StoreFixture.create(dir).close();
        // Turn the file back into exactly what version 1 created: no transcripts, no indexes, no row versions.
        // (Items written now would carry a version in their ciphertext, so this store has none; the audit head,
        // sealed before the migration, is the data that must survive it.)
        try (Connection c = StoreFixture.raw(dir); Statement s = c.createStatement()) {
            s.execute("DROP TABLE transcript");
            s.execute("DROP INDEX item_kind_name");
            s.execute("ALTER TABLE item DROP COLUMN version");
            s.execute("ALTER TABLE setting DROP COLUMN version");
            s.execute("PRAGMA user_version = 1");
        }
        try (Store store = StoreFixture.open(dir)) {
            assertEquals(Migrations.LATEST, store.schemaVersion());
            assertTrue(store.verifyAudit().intact(), store.verifyAudit().problem());
            long id = store.add(NewItem.fact("after the upgrade", "{}")).id();
            store.update(id, "updated after the upgrade", "{}");
            assertEquals("updated after the upgrade", store.item(id).value());
            store.addTranscript("c", "user", "new table works");
            assertEquals(1, store.transcripts().size());
            assertEquals("ok", store.integrityCheck());
        }
    }
}
