package dev.ambit.store;

import dev.ambit.store.crypto.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of items, transcripts and settings, with every sensitive column going through the field cipher.
 * Runs inside the caller's transaction. Associated data: {@code item|value|<id>|v<version>},
 * {@code item|provenance|<id>|v<version>}, {@code transcript|content|<id>}, {@code setting|value|<name>|v<version>};
 * item names are deterministic with scope {@code item|name|<kind>}. Items and settings are never rewritten in
 * place with the same version: each write raises it, so an older ciphertext written back no longer decrypts.
 */
final class Tables {
    private final FieldCipher cipher;

    Tables(FieldCipher cipher) {
        this.cipher = cipher;
    }

    Item insert(Connection c, NewItem item, Instant now) throws SQLException {
        long id;
        // The row id is part of the associated data, so the row is created first and its fields set after.
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO item (kind, name, value, provenance, created_at, updated_at, version)"
                        + " VALUES (?, NULL, x'', x'', ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, item.kind());
            s.setLong(2, now.toEpochMilli());
            s.setLong(3, now.toEpochMilli());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeFields(c, id, item.kind(), item.name(), item.value(), item.provenance());
        Instant stored = Instant.ofEpochMilli(now.toEpochMilli());
        return new Item(id, item.kind(), item.name(), item.value(), item.provenance(), stored, stored);
    }

    /** Writes the item's encrypted fields under its next version. */
    void writeFields(Connection c, long id, String kind, String name, String value, String provenance) throws SQLException {
        String row = Long.toString(id);
        long version = version(c, "item", "id", id) + 1;
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE item SET name = ?, value = ?, provenance = ?, version = ? WHERE id = ?")) {
            s.setBytes(1, name.isEmpty() ? null : nameCiphertext(kind, name));
            s.setBytes(2, cipher.encrypt("item", "value", row, version, value));
            s.setBytes(3, cipher.encrypt("item", "provenance", row, version, provenance));
            s.setLong(4, version);
            s.setLong(5, id);
            s.executeUpdate();
        }
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
        List<Item> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, kind, name, value, provenance, created_at, updated_at, version FROM item " + where
                        + " ORDER BY id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(item(rows));
                }
            }
        }
        return out;
    }

    private Item item(ResultSet rows) throws SQLException {
        long id = rows.getLong(1);
        String row = Long.toString(id);
        String kind = rows.getString(2);
        byte[] name = rows.getBytes(3);
        long version = rows.getLong(8);
        return new Item(id, kind,
                name == null ? "" : cipher.decryptDeterministically("item", "name", kind, row, name),
                cipher.decrypt("item", "value", row, version, rows.getBytes(4)),
                cipher.decrypt("item", "provenance", row, version, rows.getBytes(5)),
                Instant.ofEpochMilli(rows.getLong(6)),
                Instant.ofEpochMilli(rows.getLong(7)));
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
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO transcript (conversation, role, content, created_at) VALUES (?, ?, x'', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, probe.conversation());
            s.setString(2, probe.role());
            s.setLong(3, now.toEpochMilli());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeTranscript(c, id, content);
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
        for (Item item : items(c, "")) {
            writeFields(c, item.id(), item.kind(), item.name(), item.value(), item.provenance());
        }
        for (TranscriptEntry t : transcripts(c)) {
            writeTranscript(c, t.id(), t.content());
        }
        for (Map.Entry<String, String> e : settings(c).entrySet()) {
            putSetting(c, e.getKey(), e.getValue());
        }
    }
}
