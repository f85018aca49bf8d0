package dev.ambit.store;

import dev.ambit.store.audit.AuditEntry;
import dev.ambit.store.audit.AuditLog;
import dev.ambit.store.audit.AuditVerification;
import dev.ambit.store.crypto.KdfParams;
import dev.ambit.store.crypto.KeysetFile;
import dev.ambit.store.crypto.Keyring;
import dev.ambit.store.db.Database;
import dev.ambit.store.db.Migrations;
import dev.ambit.store.db.SqlWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The encrypted private store: one SQLite file ({@value #DATABASE_FILE}) and one wrapped keyset
 * ({@value #KEYSET_FILE}) in a directory.
 *
 * <p>Contract: every method either completes and is durable when it returns (a write is fsynced and survives
 * a crash), or throws a {@link StoreException} and leaves the store as it was. Values come back exactly as
 * stored or not at all ({@link DamagedItemException}). Each change to the profile is audited in the same
 * transaction, by id and kind only. One instance is not thread-safe; several processes may share a store
 * (SQLite WAL), and a process that waits too long for the lock gets a {@link StoreBusyException}.
 */
public final class Store implements AutoCloseable {
    public static final String DATABASE_FILE = "ambit.db";
    public static final String KEYSET_FILE = "keyset.ambit";
    private static final String KEY_ID = "key_id";

    private final Path dir;
    private final Database db;
    private final Clock clock;
    private Keyring keyring;
    private Tables tables;
    private AuditLog audit;
    private ItemWrites writes;

    private Store(Path dir, Database db, Keyring keyring, Clock clock) {
        this.dir = dir;
        this.db = db;
        this.clock = clock;
        useKeys(keyring);
    }

    private void useKeys(Keyring keys) {
        this.keyring = keys;
        this.tables = new Tables(keys.cipher());
        this.audit = new AuditLog(keys.cipher());
        this.writes = new ItemWrites(tables, audit);
    }

    /** True when {@code dir} holds a store (or what is left of one: either of its two files). */
    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve(KEYSET_FILE)) || Files.exists(dir.resolve(DATABASE_FILE));
    }

    /**
     * Creates a store with fresh keys wrapped under {@code passphrase}.
     *
     * @throws StoreExistsException when {@code dir} already holds one
     */
    public static Store create(Path dir, char[] passphrase, KdfParams params) {
        if (exists(dir)) {
            throw new StoreExistsException("a store already exists in " + dir
                    + "; 'ambit profile forget --all' erases it first if you want a new one");
        }
        Keyring keys = Keyring.generate(passphrase, params);
        Database db = null;
        try {
            StoreFiles.createPrivateDirectory(dir);
            keys.toFile().write(dir.resolve(KEYSET_FILE));
            // Created empty and owner-only first: SQLite gives the -wal and -shm files the database's permissions.
            StoreFiles.createOwnerOnly(dir.resolve(DATABASE_FILE));
            db = Database.open(dir.resolve(DATABASE_FILE));
            Store store = new Store(dir, db, keys, Clock.systemUTC());
            db.write(c -> {
                putMeta(c, KEY_ID, Long.toString(keys.primaryKeyId()));
                store.audit.append(c, "store.create", "", store.clock.instant());
                return null;
            });
            return store;
        } catch (RuntimeException e) {
            try {
                if (db != null) {
                    db.close();
                }
                StoreFiles.delete(dir);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Opens the store with the system clock. */
    public static Store open(Path dir, char[] passphrase) {
        return open(dir, passphrase, Clock.systemUTC());
    }

    /**
     * Unlocks the keyset, then opens and migrates the database. A wrong passphrase fails before the database
     * is touched, so the files stay byte-identical. An interrupted key rotation is completed here.
     *
     * @throws StoreNotFoundException when there is no store in {@code dir}
     * @throws WrongPassphraseException when the passphrase does not unlock the keyset
     * @throws KeysetException when the keyset is missing, damaged or belongs to another database
     * @throws SchemaTooNewException when a newer ambit wrote the database
     */
    public static Store open(Path dir, char[] passphrase, Clock clock) {
        Path dbFile = dir.resolve(DATABASE_FILE);
        if (!exists(dir)) {
            throw new StoreNotFoundException("no store in " + dir + ": create one with 'ambit init'");
        }
        Keyring keys = Keyring.unlock(KeysetFile.read(dir.resolve(KEYSET_FILE)), passphrase);
        if (!Files.exists(dbFile)) {
            throw new DamagedStoreException("the store database " + dbFile + " is missing; its data is gone. "
                    + "'ambit profile forget --all' then 'ambit init' starts a new store");
        }
        if (isEmpty(dbFile)) {
            // SQLite would take an empty file for a new database and build a fresh schema in it.
            throw new DamagedStoreException("the store database " + dbFile + " is empty; its data is gone. "
                    + "'ambit profile forget --all' then 'ambit init' starts a new store");
        }
        Database db = Database.open(dbFile);
        try {
            long recorded = db.read(c -> Long.parseLong(meta(c, KEY_ID).orElse("-1")));
            if (!keys.containsKey(recorded)) {
                throw new KeysetException("the keyset file in " + dir + " does not belong to this database "
                        + "(it holds none of the keys the data is encrypted with); without the right keyset the data "
                        + "cannot be decrypted and there is no recovery");
            }
            Store store = new Store(dir, db, keys, clock);
            if (keys.keyCount() > 1) {
                store.finishRotation();
            }
            return store;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (java.io.IOException e) {
            throw new DamagedStoreException("cannot read the store database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Crypto-shredding: overwrites and deletes the keyset, then deletes the database and its WAL files. A copy
     * of the old database cannot be decrypted afterwards, because the only copy of its keys is gone.
     * Safe to call on a damaged or half-created store; needs no passphrase.
     */
    public static void destroy(Path dir) {
        StoreFiles.shred(dir);
    }

    public Path directory() {
        return dir;
    }

    // ---- items -------------------------------------------------------------------------------------------

    /** Stores {@code item}; when this returns the item is durable. */
    public Item add(NewItem item) {
        return addAll(List.of(item)).get(0);
    }

    /**
     * Stores several items in one transaction: all of them are durable when this returns, or none is. One
     * commit (one fsync) for the batch is what makes bulk imports fast. Each item still gets its own audit
     * entry, exactly as if added one by one.
     */
    public List<Item> addAll(List<NewItem> items) {
        List<NewItem> batch = List.copyOf(items);
        return write(c -> {
            Instant now = clock.instant();
            List<Item> stored = tables.insertAll(c, batch, now);
            audit.appendAll(c, ItemWrites.ADD, stored.stream().map(ItemWrites::subject).toList(), now);
            return stored;
        });
    }

    /**
     * Inserts or updates several named items in one transaction: all of the writes are durable when this returns
     * (one commit, one fsync), or none is. An item whose kind and name match a stored item (through the
     * deterministic name lookup of {@link #find}) replaces that item's value and provenance under its next
     * version, exactly as {@link #update} does; any other is added as by {@link #add}. Each gets its audit entry
     * ({@code profile.update} or {@code profile.add}) in batch order. Returns the stored items in batch order.
     *
     * @throws IllegalArgumentException when an item has no name, or two share a kind and name
     * @throws DamagedItemException when a matched item is damaged; nothing of the batch is written
     */
    public List<Item> upsertAll(List<NewItem> items) {
        List<NewItem> batch = ItemWrites.checkedUpserts(items);
        return write(c -> writes.upsert(c, batch, clock.instant()));
    }

    /** Replaces the value and provenance of item {@code id}. */
    public Item update(long id, String value, String provenance) {
        return write(c -> writes.update(c, one(c, id), value, provenance, clock.instant()));
    }

    /** @throws ItemNotFoundException when there is no item {@code id} */
    public Item item(long id) {
        return read(c -> one(c, id));
    }

    private Item one(Connection c, long id) throws SQLException {
        List<Item> found = tables.items(c, "WHERE id = ?", id);
        if (found.isEmpty()) {
            throw new ItemNotFoundException("there is no item " + id + " in the profile ('ambit profile show' lists them)");
        }
        return found.get(0);
    }

    /** Every item, oldest first. */
    public List<Item> items() {
        return read(c -> tables.items(c, ""));
    }

    /** Every item of {@code kind}, oldest first. */
    public List<Item> items(String kind) {
        return read(c -> tables.itemsOfKind(c, kind));
    }

    /**
     * The items of {@code kind} that have a name, oldest first: unnamed items (notes kept by {@code remember})
     * are neither read nor decrypted.
     */
    public List<Item> namedItems(String kind) {
        return read(c -> tables.items(c, "WHERE kind = ? AND name IS NOT NULL", kind));
    }

    /**
     * Every item of {@code kind}, oldest first, without provenance: the fast way to load a large profile for a
     * prompt. Damage is reported as by {@link #items}, for the fields read.
     */
    public List<ItemValue> values(String kind) {
        return read(c -> tables.valuesOfKind(c, kind));
    }

    /** The item of {@code kind} whose name is {@code name}, found without decrypting other rows' names. */
    public Optional<Item> find(String kind, String name) {
        byte[] key = tables.nameCiphertext(kind, name);
        return read(c -> tables.items(c, "WHERE kind = ? AND name = ?", kind, key).stream().findFirst());
    }

    /**
     * Deletes item {@code id}. {@code secure_delete} overwrites its bytes and a WAL checkpoint removes the
     * copies in the log.
     */
    public void forget(long id) {
        write(c -> {
            String kind = tables.delete(c, id);
            audit.append(c, "profile.forget", kind + ":" + id, clock.instant());
            return null;
        });
        checkpointQuietly();
    }

    /**
     * Retention: deletes items not updated, and transcripts not written, within {@code age}. Returns how
     * many rows went. Callers pass the retention the bounds allow; no call means keep.
     */
    public int purgeOlderThan(Duration age) {
        if (age.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, got " + age);
        }
        long cutoff = clock.instant().minus(age).toEpochMilli();
        int purged = write(c -> {
            int n = tables.purge(c, cutoff);
            if (n > 0) {
                audit.append(c, "retention.purge", Integer.toString(n), clock.instant());
            }
            return n;
        });
        if (purged > 0) {
            checkpointQuietly();
        }
        return purged;
    }

    // ---- transcripts and settings -------------------------------------------------------------------------

    public TranscriptEntry addTranscript(String conversation, String role, String content) {
        return write(c -> tables.insertTranscript(c, conversation, role, content, clock.instant()));
    }

    public List<TranscriptEntry> transcripts() {
        return read(tables::transcripts);
    }

    public Optional<String> setting(String name) {
        return read(c -> tables.setting(c, name));
    }

    /** Sets a setting (e.g. {@code jurisdiction}, {@code learning_paused}); audited by name only. */
    public void putSetting(String name, String value) {
        if (name == null || !name.matches("[a-z][a-z0-9_.]{0,63}")) {
            throw new IllegalArgumentException("setting name must be a lower-case identifier, got \"" + name + "\"");
        }
        write(c -> {
            tables.putSetting(c, name, value);
            audit.append(c, "setting.change", name, clock.instant());
            return null;
        });
    }

    public Map<String, String> settings() {
        return read(tables::settings);
    }

    // ---- audit -------------------------------------------------------------------------------------------

    /** Appends an audit entry (e.g. a bound's decision): a kind and an id, never content. */
    public AuditEntry audit(String kind, String subject) {
        return write(c -> audit.append(c, kind, subject, clock.instant()));
    }

    public List<AuditEntry> auditEntries() {
        return read(audit::entries);
    }

    /** Checks the hash chain and its encrypted head; reports the first break. */
    public AuditVerification verifyAudit() {
        try {
            return read(audit::verify);
        } catch (DamagedItemException e) {
            return new AuditVerification(0, "the recorded head of the log is damaged");
        }
    }

    // ---- keys --------------------------------------------------------------------------------------------

    /** Re-wraps the keyset under a new passphrase (new salt); the data is not re-encrypted. */
    public void changePassphrase(char[] newPassphrase, KdfParams params) {
        Keyring rewrapped = keyring.rewrapped(newPassphrase, params);
        // Hold the write lock so no other process rotates the key between our read and our write.
        write(c -> {
            audit.append(c, "store.passphrase", "", clock.instant());
            // Last, so a failed keyset write rolls the audit entry back with it.
            replaceKeyset(rewrapped);
            return null;
        });
        useKeys(rewrapped);
    }

    /**
     * Re-encrypts every value under a fresh key and then drops the old one. Crash-safe in three durable
     * steps: (1) keyset gains the new key as primary, (2) one transaction re-encrypts all data, (3) keyset
     * loses the old key. A crash between steps leaves a store that opens; {@link #open} finishes the rotation.
     */
    public void rotateKey() {
        Keyring both = keyring.withNewPrimary();
        write(c -> {
            replaceKeyset(both);
            return null;
        });
        useKeys(both);
        finishRotation();
    }

    private void finishRotation() {
        db.write(c -> {
            tables.reencryptAll(c);
            audit.resealHead(c);
            putMeta(c, KEY_ID, Long.toString(keyring.primaryKeyId()));
            audit.append(c, "store.rotate_key", "", clock.instant());
            return null;
        });
        Keyring primaryOnly = keyring.withPrimaryOnly();
        replaceKeyset(primaryOnly);
        useKeys(primaryOnly);
        checkpointQuietly();
    }

    public KdfParams kdfParams() {
        return keyring.kdfParams();
    }

    public int schemaVersion() {
        return read(Migrations::version);
    }

    /** SQLite's {@code PRAGMA integrity_check}; "ok" for a sound file. */
    public String integrityCheck() {
        return db.integrityCheck();
    }

    @Override
    public void close() {
        db.close();
    }

    // ---- internals ---------------------------------------------------------------------------------------

    /** A write transaction that first checks no other process has rotated the key under us. */
    private <T> T write(SqlWork<T> work) {
        return db.write(c -> {
            checkKeyUnchanged(c);
            return work.run(c);
        });
    }

    /**
     * A read transaction with the same check: data re-encrypted by another process's key rotation would
     * otherwise look damaged to this one.
     */
    private <T> T read(SqlWork<T> work) {
        return db.read(c -> {
            checkKeyUnchanged(c);
            return work.run(c);
        });
    }

    private void checkKeyUnchanged(Connection c) throws SQLException {
        long current = Long.parseLong(meta(c, KEY_ID).orElse("-1"));
        if (current != keyring.primaryKeyId()) {
            throw new StoreBusyException("another ambit process changed the store's key meanwhile; run the "
                    + "command again");
        }
    }

    /**
     * Writes {@code next} over the keyset file, unless another process re-wrapped it under a new passphrase
     * since we read it: writing ours would silently bring the old passphrase back.
     */
    private void replaceKeyset(Keyring next) {
        Path file = dir.resolve(KEYSET_FILE);
        if (!keyring.wrapsLike(KeysetFile.read(file))) {
            throw new StoreBusyException("another ambit process changed the store passphrase meanwhile; run the "
                    + "command again");
        }
        next.toFile().write(file);
    }

    private void checkpointQuietly() {
        try {
            db.checkpoint();
        } catch (StoreException e) {
            // A reader in another process can block the truncation; the next checkpoint will do it.
        }
    }

    private static Optional<String> meta(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
