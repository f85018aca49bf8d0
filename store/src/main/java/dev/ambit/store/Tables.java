package dev.ambit.store;

import dev.ambit.store.crypto.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SQL of items, transcripts and settings, with every sensitive column going through the field cipher.
 * Runs inside the caller's transaction. Associated data: {@code item|value|<id>|v<version>},
 * {@code item|provenance|<id>|v<version>}, {@code transcript|content|<id>}, {@code setting|value|<name>|v<version>};
 * item names are deterministic with scope {@code item|name|<kind>}. Items and settings are never rewritten in
 * place with the same version: each write raises it, so an older ciphertext written back no longer decrypts.
 */
final class Tables {
    /** Below this many rows, handing decryption to other threads costs more than it saves. */
    static final int PARALLEL_FROM_ROWS = 512;

    /** The version of a row's first write; 0 is kept for rows sealed before versions existed. */
    static final long FIRST_VERSION = 1;

    private static final String UPDATE_FIELDS = "UPDATE item SET name = ?, value = ?, provenance = ?, version = ?"
            + " WHERE id = ?";

    private final FieldCipher cipher;
    private final FieldCipher.Column values;
    private final FieldCipher.Column provenances;

    Tables(FieldCipher cipher) {
        this.cipher = cipher;
        this.values = cipher.column("item", "value");
        this.provenances = cipher.column("item", "provenance");
    }

    /**
     * Inserts {@code items} with consecutive new ids, one statement per row with its fields encrypted first. A new
     * row starts at version 1, so its binding is never the legacy, version-less one of rows from before versions.
     */
    List<Item> insertAll(Connection c, List<NewItem> items, Instant now) throws SQLException {
        long id = nextId(c, "item");
        long millis = now.toEpochMilli();
        Instant stored = Instant.ofEpochMilli(millis);
        List<Item> out = new ArrayList<>(items.size());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO item (id, kind, name, value, provenance, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, " + FIRST_VERSION + ")")) {
            for (NewItem item : items) {
                s.setLong(1, id);
                s.setString(2, item.kind());
                s.setBytes(3, item.name().isEmpty() ? null : nameCiphertext(item.kind(), item.name()));
                s.setBytes(4, values.encrypt(id, FIRST_VERSION, item.value()));
                s.setBytes(5, provenances.encrypt(id, FIRST_VERSION, item.provenance()));
                s.setLong(6, millis);
                s.setLong(7, millis);
                s.executeUpdate();
                out.add(new Item(id, item.kind(), item.name(), item.value(), item.provenance(), stored, stored));
                id++;
            }
        }
        return out;
    }

    /**
     * The id AUTOINCREMENT would give the next row of {@code table}: past every id ever used, those of deleted
     * rows included. Ids are chosen before the insert because each is part of its row's associated data; that
     * is safe because writes run under the write lock ({@code BEGIN IMMEDIATE}), so no other writer can take
     * them meanwhile.
     */
    private static long nextId(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
                        + " WHERE name = '" + table + "'), 0), coalesce((SELECT max(id) FROM " + table + "), 0)) + 1");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Writes the item's encrypted fields under its next version. */
    void writeFields(Connection c, long id, String kind, String name, String value, String provenance) throws SQLException {
        long version = version(c, "item", "id", id) + 1;
        try (PreparedStatement s = c.prepareStatement(UPDATE_FIELDS)) {
            writeFields(s, id, version, kind, name, value, provenance);
        }
    }

    /** Binds and runs {@link #UPDATE_FIELDS} for one row, sealed under {@code version}. */
    private void writeFields(PreparedStatement update, long id, long version, String kind, String name, String value,
            String provenance) throws SQLException {
        update.setBytes(1, name.isEmpty() ? null : nameCiphertext(kind, name));
        update.setBytes(2, values.encrypt(id, version, value));
        update.setBytes(3, provenances.encrypt(id, version, provenance));
        update.setLong(4, version);
        update.setLong(5, id);
        update.executeUpdate();
    }

    /** The row's current version; 0 when there is no such row yet. */
    private static long version(Connection c, String table, String key, Object row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM " + table + " WHERE " + key + " = ?")) {
            s.setObject(1, row);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    boolean touch(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE item SET updated_at = ? WHERE id = ?")) {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        }
    }

    byte[] nameCiphertext(String kind, String name) {
        return cipher.encryptDeterministically("item", "name", kind, name);
    }

    List<Item> items(Connection c, String where, Object... args) throws SQLException {
        List<Sealed> sealed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, value, provenance, created_at, updated_at, version, kind FROM item " + where
                        + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    sealed.add(sealedItem(rows, rows.getString(8)));
                }
            }
        }
        return open(sealed, this::item);
    }

    /** The items of one kind, oldest first; the kind is known, so it is not read back for every row. */
    List<Item> itemsOfKind(Connection c, String kind) throws SQLException {
        List<Sealed> sealed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, value, provenance, created_at, updated_at, version FROM item WHERE kind = ? ORDER BY id")) {
            s.setString(1, kind);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    sealed.add(sealedItem(rows, kind));
                }
            }
        }
        return open(sealed, this::item);
    }

    private static Sealed sealedItem(ResultSet rows, String kind) throws SQLException {
        return new Sealed(rows.getLong(1), kind, rows.getBytes(2), rows.getBytes(3), rows.getBytes(4), rows.getLong(5),
                rows.getLong(6), rows.getLong(7));
    }

    private Item item(Sealed row) {
        return new Item(row.id, row.kind, name(row), values.decrypt(row.id, row.version, row.value),
                provenances.decrypt(row.id, row.version, row.provenance), Instant.ofEpochMilli(row.created),
                Instant.ofEpochMilli(row.updated));
    }

    /** As {@link #itemsOfKind}, without reading or decrypting provenance and creation time. */
    List<ItemValue> valuesOfKind(Connection c, String kind) throws SQLException {
        List<Sealed> sealed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, value, updated_at, version FROM item WHERE kind = ? ORDER BY id")) {
            s.setString(1, kind);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    sealed.add(new Sealed(rows.getLong(1), kind, rows.getBytes(2), rows.getBytes(3), null, 0,
                            rows.getLong(4), rows.getLong(5)));
                }
            }
        }
        return open(sealed, r -> new ItemValue(r.id, r.kind, name(r), values.decrypt(r.id, r.version, r.value),
                Instant.ofEpochMilli(r.updated)));
    }

    /** One row as read, before decryption. */
    private record Sealed(long id, String kind, byte[] name, byte[] value, byte[] provenance, long created, long updated,
            long version) {}

    /**
     * Decrypts rows as read, in their order. A large profile is decrypted on all cores: each field is its own
     * authenticated ciphertext, so the work splits without sharing anything. When a row is damaged the rows
     * are decrypted again one by one, so the error names the first damaged row whatever the threads did.
     */
    private static <T> List<T> open(List<Sealed> rows, Function<Sealed, T> decrypt) {
        if (rows.size() < PARALLEL_FROM_ROWS) {
            return rows.stream().map(decrypt).toList();
        }
        try {
            return rows.parallelStream().map(decrypt).toList();
        } catch (DamagedItemException e) {
            return rows.stream().map(decrypt).toList();
        }
    }

    private String name(Sealed row) {
        return row.name == null
                ? ""
                : cipher.decryptDeterministically("item", "name", row.kind, Long.toString(row.id), row.name);
    }

    /** Deletes item {@code id} and returns its kind. */
    String delete(Connection c, long id) throws SQLException {
        String kind;
        try (PreparedStatement s = c.prepareStatement("SELECT kind FROM item WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new ItemNotFoundException("there is no item " + id
                            + " in the profile ('ambit profile show' lists them)");
                }
                kind = rows.getString(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM item WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        return kind;
    }

    /** Deletes items updated, and transcript messages written, before {@code cutoffMillis}. */
    int purge(Connection c, long cutoffMillis) throws SQLException {
        int n;
        try (PreparedStatement s = c.prepareStatement("DELETE FROM item WHERE updated_at < ?")) {
            s.setLong(1, cutoffMillis);
            n = s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM transcript WHERE created_at < ?")) {
            s.setLong(1, cutoffMillis);
            n += s.executeUpdate();
        }
        return n;
    }

    TranscriptEntry insertTranscript(Connection c, String conversation, String role, String content, Instant now)
            throws SQLException {
        TranscriptEntry probe = new TranscriptEntry(1, conversation, role, content, now);
        long id = nextId(c, "transcript");
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO transcript (id, conversation, role, content, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, probe.conversation());
            s.setString(3, probe.role());
            s.setBytes(4, cipher.encrypt("transcript", "content", Long.toString(id), content));
            s.setLong(5, now.toEpochMilli());
            s.executeUpdate();
        }
        return new TranscriptEntry(id, conversation, role, content, Instant.ofEpochMilli(now.toEpochMilli()));
    }

    void writeTranscript(Connection c, long id, String content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE transcript SET content = ? WHERE id = ?")) {
            s.setBytes(1, cipher.encrypt("transcript", "content", Long.toString(id), content));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    List<TranscriptEntry> transcripts(Connection c) throws SQLException {
        List<TranscriptEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                        "SELECT id, conversation, role, content, created_at FROM transcript ORDER BY id");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                out.add(new TranscriptEntry(id, rows.getString(2), rows.getString(3),
                        cipher.decrypt("transcript", "content", Long.toString(id), rows.getBytes(4)),
                        Instant.ofEpochMilli(rows.getLong(5))));
            }
        }
        return out;
    }

    /** Writes the setting under its next version. */
    void putSetting(Connection c, String name, String value) throws SQLException {
        long version = version(c, "setting", "name", name) + 1;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO setting (name, value, version) VALUES (?, ?, ?)"
                + " ON CONFLICT(name) DO UPDATE SET value = excluded.value, version = excluded.version")) {
            s.setString(1, name);
            s.setBytes(2, cipher.encrypt("setting", "value", name, version, value));
            s.setLong(3, version);
            s.executeUpdate();
        }
    }

    Optional<String> setting(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value, version FROM setting WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next()
                        ? Optional.of(cipher.decrypt("setting", "value", name, rows.getLong(2), rows.getBytes(1)))
                        : Optional.empty();
            }
        }
    }

    Map<String, String> settings(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, value, version FROM setting ORDER BY name");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                out.put(name, cipher.decrypt("setting", "value", name, rows.getLong(3), rows.getBytes(2)));
            }
        }
        return out;
    }

    /**
     * Re-encrypts every field under the cipher's primary key (key rotation); fails on any damaged field. Rows get
     * a new version too, so no ciphertext from before the rotation fits them afterwards.
     */
    void reencryptAll(Connection c) throws SQLException {
        Map<Long, Long> versions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, version FROM item");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                versions.put(rows.getLong(1), rows.getLong(2));
            }
        }
        try (PreparedStatement update = c.prepareStatement(UPDATE_FIELDS)) {
            for (Item item : items(c, "")) {
                writeFields(update, item.id(), versions.get(item.id()) + 1, item.kind(), item.name(), item.value(),
                        item.provenance());
            }
        }
        for (TranscriptEntry t : transcripts(c)) {
            writeTranscript(c, t.id(), t.content());
        }
        for (Map.Entry<String, String> e : settings(c).entrySet()) {
            putSetting(c, e.getKey(), e.getValue());
        }
    }
}
