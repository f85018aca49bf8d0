package dev.ambit.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.store.StoreWriteException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void open_configuresWalFullSyncForeignKeysAndBusyTimeout() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("2", pragma(db, "synchronous"), "2 is FULL");
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals(Integer.toString(Database.BUSY_TIMEOUT_MS), pragma(db, "busy_timeout"));
            assertEquals("1", pragma(db, "secure_delete"));
            assertEquals(Migrations.LATEST, (int) db.read(Migrations::version));
        }
    }

    @Test
    void olderFile_isMigratedForwardAtOpen() {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file, 1)) {
            assertEquals(1, (int) db.read(Migrations::version));
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO item (kind, value, provenance, created_at, updated_at) VALUES ('fact', x'01', x'02', 1, 1)"));
        }
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, (int) db.read(Migrations::version));
            assertEquals("1", db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM item")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO transcript (conversation, role, content, created_at) VALUES ('c', 'user', x'03', 1)"));
        }
    }

    @Test
    void fullDisk_failsCleanlyAndWritesNothing() {
        try (Database db = Database.open(dir.resolve("full.db"))) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO item (kind, value, provenance, created_at, updated_at) VALUES ('fact', x'01', x'02', 1, 1)"));
            int pages = Integer.parseInt(pragma(db, "page_count"));
            db.limitPages(pages + 1);
            StoreWriteException e = assertThrows(StoreWriteException.class, () -> db.write(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO item (kind, value, provenance, created_at, updated_at) VALUES ('fact', ?, x'02', 1, 1)")) {
                    s.setBytes(1, new byte[1_000_000]);
                    return s.executeUpdate();
                }
            }));
            assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
            assertEquals("1", db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM item")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void writeLockHeldByAnotherConnection_isReportedAsBusy() throws Exception {
        Path file = dir.resolve("busy.db");
        Database.open(file).close();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                Database db = Database.open(file, Migrations.LATEST, 200)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            dev.ambit.store.StoreBusyException e = assertThrows(dev.ambit.store.StoreBusyException.class,
                    () -> db.write(c -> c.createStatement().executeUpdate(
                            "INSERT INTO meta (name, value) VALUES ('x', 'y')")));
            assertTrue(e.getMessage().contains("the store is busy"), e.getMessage());
            other.createStatement().execute("ROLLBACK");
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO meta (name, value) VALUES ('x', 'y')"));
            assertEquals("ok", db.integrityCheck());
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
