package dev.ambit.store.db;

import dev.ambit.store.DamagedStoreException;
import dev.ambit.store.StoreBusyException;
import dev.ambit.store.StoreException;
import dev.ambit.store.StoreWriteException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One connection to the SQLite file, configured for durability: WAL journal, {@code synchronous=FULL} (every
 * commit is fsynced before it returns, so an acknowledged write survives a crash or power loss), foreign keys
 * on, {@code secure_delete} (deleted values are overwritten, not left in free pages) and a busy timeout so a
 * second process waits for the write lock instead of failing at once.
 *
 * <p>Write transactions start with {@code BEGIN IMMEDIATE}: they take the write lock up front, so two
 * processes never both read-then-write and deadlock. SQLite errors become typed {@link StoreException}s.
 */
public final class Database implements AutoCloseable {
    /** How long to wait for another process's write lock. */
    public static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final int busyTimeoutMs;

    private Database(Path file, Connection connection, int busyTimeoutMs) {
        this.file = file;
        this.connection = connection;
        this.busyTimeoutMs = busyTimeoutMs;
    }

    /**
     * Opens (creating if needed) the file and applies the pending migrations up to {@link Migrations#LATEST}.
     */
    public static Database open(Path file) {
        return open(file, Migrations.LATEST);
    }

    /** Opens and migrates to {@code schemaVersion} only; tests use it to build an older file. */
    public static Database open(Path file, int schemaVersion) {
        return open(file, schemaVersion, BUSY_TIMEOUT_MS);
    }

    /** As {@link #open(Path, int)}, waiting at most {@code busyTimeoutMs} for another process's lock. */
    public static Database open(Path file, int schemaVersion, int busyTimeoutMs) {
        Database db = connect(file, busyTimeoutMs);
        try {
            db.write(c -> {
                Migrations.migrate(c, schemaVersion);
                return null;
            });
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Database connect(Path file, int busyTimeoutMs) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMs);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // Otherwise the driver runs "SELECT last_insert_rowid()" after every INSERT; the store chooses its ids.
        config.setGetGeneratedKeys(false);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file);
            Database db = new Database(file, connection, busyTimeoutMs);
            db.read(c -> {
                // Touch the file so "not a database" shows up here rather than in the first real query.
                Migrations.version(c);
                return null;
            });
            return db;
        } catch (SQLException e) {
            throw translate(file, "open", e, busyTimeoutMs);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a write transaction; commits when it returns, rolls back when it throws. */
    public <T> T write(SqlWork<T> work) {
        return transaction("BEGIN IMMEDIATE", work);
    }

    /** Runs {@code work} on one consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        return transaction("BEGIN DEFERRED", work);
    }

    private <T> T transaction(String begin, SqlWork<T> work) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(begin);
            boolean committed = false;
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    rollbackQuietly(statement);
                }
            }
        } catch (SQLException e) {
            throw translate(file, "write", e, busyTimeoutMs);
        }
    }

    private static void rollbackQuietly(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors (e.g. SQLITE_FULL); nothing is left to undo then.
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound file, otherwise SQLite's description of the damage. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); var rows = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rows.next()) {
                    out.append(out.length() == 0 ? "" : "; ").append(rows.getString(1));
                }
                return out.toString();
            }
        });
    }

    /** Copies the WAL into the main file and truncates it, so erased values do not linger in the log. */
    public void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw translate(file, "checkpoint", e, busyTimeoutMs);
        }
    }

    /** Limits the file's size in pages; tests use it to provoke a real "database or disk is full". */
    public void limitPages(int maxPages) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA max_page_count = " + maxPages);
        } catch (SQLException e) {
            throw translate(file, "configure", e, busyTimeoutMs);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(file, "close", e, busyTimeoutMs);
        }
    }

    static StoreException translate(Path file, String action, SQLException e, int busyTimeoutMs) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
        String name = code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return new StoreBusyException("the store is busy: another ambit process has held it for over "
                    + (busyTimeoutMs >= 1000 ? busyTimeoutMs / 1000 + " s" : busyTimeoutMs + " ms")
                    + "; try again when it is done", e);
        }
        if (name.equals("SQLITE_FULL")) {
            return new StoreWriteException("cannot " + action + " the store " + file
                    + ": the disk is full (nothing was written)", e);
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")) {
            return new StoreWriteException("cannot " + action + " the store " + file
                    + ": the file or its directory is read-only or inaccessible (nothing was written)", e);
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return new StoreWriteException("cannot " + action + " the store " + file + ": I/O error " + name
                    + " (the transaction was rolled back)", e);
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.equals("SQLITE_NOTADB")) {
            return new DamagedStoreException("the store database " + file + " is damaged or not an ambit store ("
                    + name + ")", e);
        }
        return new StoreException("cannot " + action + " the store " + file + ": " + e.getMessage(), e);
    }
}
