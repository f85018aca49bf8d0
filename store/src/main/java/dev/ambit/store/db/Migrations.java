package dev.ambit.store.db;

import dev.ambit.store.SchemaTooNewException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as forward-only steps. Step {@code n} takes a database from version {@code n} to {@code n + 1};
 * the version lives in SQLite's {@code user_version}. Steps are never edited once released: a change is a new
 * step, so every older file upgrades along the same path.
 */
public final class Migrations {
    private static final List<List<String>> STEPS = List.of(
            // 0 -> 1: items, settings, the audit chain and store metadata
            List.of(
                    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, name BLOB,"
                            + " value BLOB NOT NULL, provenance BLOB NOT NULL,"
                            + " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
                    "CREATE TABLE setting (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
                    "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL,"
                            + " subject TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            // 1 -> 2: transcripts, and an index for lookup of items by their encrypted name
            List.of(
                    "CREATE TABLE transcript (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation TEXT NOT NULL,"
                            + " role TEXT NOT NULL, content BLOB NOT NULL, created_at INTEGER NOT NULL)",
                    "CREATE INDEX item_kind_name ON item (kind, name)",
                    "CREATE INDEX transcript_created ON transcript (created_at)"),
            // 2 -> 3: items of one kind in id order straight from an index; (kind, name) needs a sort for that
            List.of("CREATE INDEX item_kind ON item (kind)"),
            // 3 -> 4: a write count per item and setting, bound into the ciphertext, so an older ciphertext of
            // the same field written back is refused; rows from before keep version 0 and their old binding
            List.of(
                    "ALTER TABLE item ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE setting ADD COLUMN version INTEGER NOT NULL DEFAULT 0"));

    /** The version this build writes. */
    public static final int LATEST = STEPS.size();

    private Migrations() {}

    /**
     * Brings the schema up to {@code target} inside the caller's transaction.
     *
     * @throws SchemaTooNewException when the file is newer than this build
     */
    public static void migrate(Connection connection, int target) throws SQLException {
        int version = version(connection);
        if (version > LATEST) {
            throw new SchemaTooNewException("the store was written by a newer ambit (schema version " + version
                    + ", this version knows up to " + LATEST + "): upgrade ambit; the file was not changed");
        }
        try (Statement statement = connection.createStatement()) {
            for (int step = version; step < target; step++) {
                for (String sql : STEPS.get(step)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + (step + 1));
            }
        }
    }

    public static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
