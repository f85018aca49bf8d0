package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the files at rest, through the real commands: each is answered with exit 5 and one clear line on
 * stderr, never a stack trace, never garbage on stdout. (Swapped ciphertexts, edited audit entries, a wrong
 * passphrase and a missing keyset are in {@link StoreCommandsTest}; the store's own tests cover the API.)
 */
class TamperTest {
    @TempDir
    Path tmp;

    CliRun cli;

    @BeforeEach
    void storeWithThreeFacts() throws Exception {
        cli = new CliRun(tmp);
        assertEquals(0, cli.run("init").code());
        for (String fact : new String[] {"I live in Lyon", "I am allergic to nuts", "I cycle to work"}) {
            assertEquals(0, cli.run("profile", "remember", fact).code());
        }
    }

    @Test
    void flippedByteInAStoredValue_exits5NamingTheItem() throws Exception {
        try (Connection c = db()) {
            byte[] value = blob(c, 2);
            value[value.length - 3] ^= 0x40;
            setBlob(c, 2, value);
        }
        CliRun.Result r = cli.run("profile", "show");
        assertOneStoreError(r, "item 2 is damaged");
        assertFalse(r.out().contains("allergic"), r.out());
    }

    @Test
    void truncatedDatabase_exits5WithOneLine_andNeverShowsGarbage() throws Exception {
        Path file = cli.storeDir().resolve("ambit.db");
        long size = Files.size(file);
        assertTrue(size > 4096, "the database is past its first page: " + size);
        Path intact = tmp.resolve("intact.db");
        Files.copy(file, intact);
        for (long length : new long[] {size / 2, 4096, 100, 10, 0}) {
            Files.copy(intact, file, StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(length);
            }
            CliRun.Result r = cli.run("profile", "show");
            assertOneStoreError(r, length == 0 ? "is empty; its data is gone" : "is damaged");
            assertFalse(r.out().contains("Lyon"), "truncated to " + length + ": " + r.out());
            assertEquals(length, Files.size(file), "the damaged file is left as it was");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE FROM audit WHERE seq = 2",
        "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)", "DELETE FROM audit"})
    void deletedAuditEntries_areDetectedByAuditVerify(String deletion) throws Exception {
        assertEquals(0, cli.run("audit", "verify").code());
        try (Connection c = db()) {
            c.createStatement().execute(deletion);
        }
        CliRun.Result r = cli.run("audit", "verify");
        assertOneStoreError(r, "the audit log was tampered with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r\n"})
    void emptyPassphrase_isRefusedWithOneLine_forOpeningAndForCreating(String content) throws Exception {
        Path empty = tmp.resolve("empty.txt");
        Files.writeString(empty, content);
        assertOneStoreError(cli.run("profile", "show", "--passphrase-file", empty.toString()), "is empty");

        CliRun other = new CliRun(Files.createDirectories(tmp.resolve("other")));
        CliRun.Result init = other.run("init", "--passphrase-file", empty.toString());
        assertEquals(5, init.code(), init.err());
        assertTrue(init.err().contains("is empty"), init.err());
        assertFalse(Files.exists(other.storeDir()), "no store without a passphrase");
    }

    @Test
    void wrongPassphrase_isOneLineWithoutGarbage() throws Exception {
        Path wrong = tmp.resolve("wrong.txt");
        Files.writeString(wrong, "tr0ub4dor & 4\n");
        CliRun.Result r = cli.run("profile", "show", "--passphrase-file", wrong.toString());
        assertOneStoreError(r, "wrong passphrase");
        assertTrue(r.out().isEmpty(), r.out());
    }

    @Test
    void keysetFromAnotherStore_isRefused_andTheRightOneStillWorks() throws Exception {
        CliRun other = new CliRun(Files.createDirectories(tmp.resolve("other")));
        assertEquals(0, other.run("init").code());
        assertEquals(0, other.run("profile", "remember", "the other store's secret").code());
        Path ours = cli.storeDir().resolve("keyset.ambit");
        Path saved = tmp.resolve("our-keyset");
        Files.copy(ours, saved);

        // The same passphrase unlocks the other keyset, but its keys are not the ones our data is under.
        Files.copy(other.storeDir().resolve("keyset.ambit"), ours, StandardCopyOption.REPLACE_EXISTING);
        CliRun.Result same = cli.run("profile", "show");
        assertOneStoreError(same, "does not belong to this database");
        assertFalse(same.out().contains("secret"), same.out());

        // Another passphrase does not even unlock it.
        Path newPassphrase = tmp.resolve("their-new-passphrase.txt");
        Files.writeString(newPassphrase, "someone else entirely\n");
        CliRun.Result rewrapped = other.run("store", "passwd", "--new-passphrase-file", newPassphrase.toString());
        assertEquals(0, rewrapped.code(), rewrapped.err());
        Files.copy(other.storeDir().resolve("keyset.ambit"), ours, StandardCopyOption.REPLACE_EXISTING);
        assertOneStoreError(cli.run("profile", "show"), "wrong passphrase");

        Files.copy(saved, ours, StandardCopyOption.REPLACE_EXISTING);
        CliRun.Result restored = cli.run("profile", "show");
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("I live in Lyon"), restored.out());
    }

    private static void assertOneStoreError(CliRun.Result r, String expected) {
        String context = "exit " + r.code() + "\nstdout: " + r.out() + "\nstderr: " + r.err();
        assertEquals(5, r.code(), context);
        assertEquals(1, r.err().lines().count(), "exactly one line: " + context);
        assertTrue(r.err().startsWith("ambit: ") && r.err().contains(expected), context);
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + context);
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + cli.storeDir().resolve("ambit.db"));
    }

    private static byte[] blob(Connection c, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM item WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                return rows.getBytes(1);
            }
        }
    }

    private static void setBlob(Connection c, long id, byte[] value) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE item SET value = ? WHERE id = ?")) {
            s.setBytes(1, value);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }
}
