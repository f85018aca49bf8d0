package dev.ambit.store.audit;

import dev.ambit.store.DamagedItemException;
import dev.ambit.store.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only, hash-chained audit table. Each entry's hash covers its fields and the previous hash, so
 * editing or deleting an entry breaks the chain. Truncating the tail would not, on its own: the head
 * (last sequence number and hash) is therefore also kept encrypted under the store key in {@code meta}, and
 * someone without the key can neither forge it nor recompute a consistent chain past it.
 *
 * <p>All methods run inside the caller's transaction, so an entry commits together with the change it records.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private static final String HEAD = "audit_head";

    private final FieldCipher cipher;

    public AuditLog(FieldCipher cipher) {
        this.cipher = cipher;
    }

    public AuditEntry append(Connection c, String kind, String subject, Instant at) throws SQLException {
        return appendAll(c, kind, List.of(subject), at).get(0);
    }

    /**
     * Appends one entry per subject, all of {@code kind} and time {@code at}: the same chain as that many
     * {@link #append} calls, with the head read once and sealed once for the batch.
     */
    public List<AuditEntry> appendAll(Connection c, String kind, List<String> subjects, Instant at) throws SQLException {
        AuditEntry.checkKind(kind);
        for (String subject : subjects) {
            AuditEntry.checkSubject(subject);
        }
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
                ResultSet rows = s.executeQuery()) {
            if (rows.next()) {
                seq = rows.getLong(1) + 1;
                prev = rows.getString(2);
            }
        }
        long millis = at.toEpochMilli();
        Instant stored = Instant.ofEpochMilli(millis);
        MessageDigest sha = sha256();
        List<AuditEntry> out = new ArrayList<>(subjects.size());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit (seq, at, kind, subject, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String subject : subjects) {
                String hash = hash(sha, seq, millis, kind, subject, prev);
                s.setLong(1, seq);
                s.setLong(2, millis);
                s.setString(3, kind);
                s.setString(4, subject);
                s.setString(5, prev);
                s.setString(6, hash);
                s.executeUpdate();
                out.add(new AuditEntry(seq, stored, kind, subject, prev, hash));
                prev = hash;
                seq++;
            }
        }
        if (!out.isEmpty()) {
            writeHead(c, (seq - 1) + ":" + prev);
        }
        return out;
    }

    public List<AuditEntry> entries(Connection c) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                        "SELECT seq, at, kind, subject, prev_hash, hash FROM audit ORDER BY seq");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                out.add(new AuditEntry(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6)));
            }
        }
        return out;
    }

    /** Walks the chain from the first entry to the recorded head. */
    public AuditVerification verify(Connection c) throws SQLException {
        long expectedSeq = 1;
        String prev = GENESIS;
        long count = 0;
        MessageDigest sha = sha256();
        try (PreparedStatement s = c.prepareStatement(
                        "SELECT seq, at, kind, subject, prev_hash, hash FROM audit ORDER BY seq");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long seq = rows.getLong(1);
                if (seq != expectedSeq) {
                    return new AuditVerification(count, "entry " + expectedSeq + " is missing (next is " + seq + ")");
                }
                String recorded = rows.getString(6);
                if (!prev.equals(rows.getString(5))) {
                    return new AuditVerification(count, "entry " + seq + " does not link to entry " + (seq - 1));
                }
                String computed = hash(sha, seq, rows.getLong(2), rows.getString(3), rows.getString(4), prev);
                if (!computed.equals(recorded)) {
                    return new AuditVerification(count, "entry " + seq + " was edited (its hash does not match)");
                }
                prev = recorded;
                expectedSeq++;
                count++;
            }
        }
        String head = readHead(c);
        String actual = count == 0 ? "" : count + ":" + prev;
        if (!head.equals(actual)) {
            return new AuditVerification(count, head.isEmpty()
                    ? "the log has entries but no recorded head"
                    : "the log ends at entry " + count + " but the recorded head is entry " + head.split(":")[0]
                            + " (entries were removed from the end)");
        }
        return new AuditVerification(count, "");
    }

    private void writeHead(Connection c, String head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value")) {
            s.setString(1, HEAD);
            s.setString(2, java.util.Base64.getEncoder().encodeToString(cipher.encrypt("meta", "value", HEAD, head)));
            s.executeUpdate();
        }
    }

    private String readHead(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            s.setString(1, HEAD);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return "";
                }
                try {
                    return cipher.decrypt("meta", "value", HEAD, java.util.Base64.getDecoder().decode(rows.getString(1)));
                } catch (IllegalArgumentException e) {
                    throw new DamagedItemException("meta", "value", HEAD, e);
                }
            }
        }
    }

    /** Re-encrypts the head under the current primary key (key rotation). */
    public void resealHead(Connection c) throws SQLException {
        String head = readHead(c);
        if (!head.isEmpty()) {
            writeHead(c, head);
        }
    }

    private static String hash(MessageDigest sha, long seq, long at, String kind, String subject, String prev) {
        String canonical = prev + "\n" + seq + "\n" + at + "\n" + kind + "\n" + subject;
        return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
