package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(tmp);
    }

    private void init() {
        CliRun.Result r = cli.run("init", "--jurisdiction", "eu");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void init_remember_show_forget_roundTrip() throws Exception {
        CliRun.Result init = cli.run("init", "--jurisdiction", "eu");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("created the encrypted store"), init.out());
        assertTrue(init.err().contains("AMBIT_KDF=test"), "weak KDF is never silent: " + init.err());

        CliRun.Result remember = cli.run("profile", "remember", "I", "am", "vegetarian");
        assertEquals(0, remember.code(), remember.err());
        assertTrue(remember.out().startsWith("remembered 1:"), remember.out());

        CliRun.Result show = cli.run("profile", "show", "--json");
        assertEquals(0, show.code(), show.err());
        JsonNode json = JSON.readTree(show.out());
        assertEquals("active", json.get("profile").asText());
        assertEquals("eu", json.get("jurisdiction").asText());
        assertEquals(1, json.get("items").size());
        JsonNode item = json.get("items").get(0);
        assertEquals(1, item.get("id").asLong());
        assertEquals("fact", item.get("kind").asText());
        assertEquals("I am vegetarian", item.get("value").asText());
        assertEquals("explicit", item.get("source").asText());

        CliRun.Result plain = cli.run("profile", "show");
        assertTrue(plain.out().contains("I am vegetarian") && plain.out().contains("explicit"), plain.out());

        assertEquals(0, cli.run("profile", "forget", "1").code());
        assertEquals(0, JSON.readTree(cli.run("profile", "show", "--json").out()).get("items").size());
        CliRun.Result again = cli.run("profile", "forget", "1");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("no item 1"), again.err());
    }

    @Test
    void commandsNeedingAStore_sayHowToCreateOne() {
        for (String[] args : new String[][] {
            {"profile", "show"}, {"profile", "remember", "x"}, {"profile", "forget", "1"},
            {"profile", "export", tmp.resolve("e.json").toString()}, {"store", "rotate-key"}, {"audit", "verify"}
        }) {
            CliRun.Result r = cli.run(args);
            assertEquals(5, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("ambit init"), r.err());
            assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void wrongPassphrase_exits5AndLeavesFilesByteIdentical() throws Exception {
        init();
        cli.run("profile", "remember", "something");
        Map<String, String> before = fingerprint(cli.storeDir());
        Path wrong = tmp.resolve("wrong.txt");
        Files.writeString(wrong, "not it\n");
        CliRun.Result r = cli.run("profile", "show", "--passphrase-file", wrong.toString());
        assertEquals(5, r.code());
        assertTrue(r.err().contains("wrong passphrase"), r.err());
        assertEquals(before, fingerprint(cli.storeDir()));
    }

    @Test
    void missingOrEmptyPassphraseFile_isAClearStoreError() throws Exception {
        init();
        CliRun.Result missing = cli.run("profile", "show", "--passphrase-file", tmp.resolve("nope").toString());
        assertEquals(5, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Path empty = tmp.resolve("empty");
        Files.writeString(empty, "");
        assertEquals(5, cli.run("profile", "show", "--passphrase-file", empty.toString()).code());
        cli.env.remove("AMBIT_PASSPHRASE_FILE");
        CliRun.Result none = cli.run("profile", "show");
        assertEquals(5, none.code());
        assertTrue(none.err().contains("--passphrase-file"), none.err());
    }

    @Test
    void initTwice_andUnknownJurisdiction_areRefused() {
        assertEquals(2, cli.run("init", "--jurisdiction", "mars").code());
        assertFalse(Files.exists(cli.storeDir()));
        init();
        CliRun.Result again = cli.run("init");
        assertEquals(5, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void forgetAll_needsConfirmationOrYes() throws Exception {
        init();
        cli.run("profile", "remember", "keep me for now");
        CliRun.Result refused = cli.run("profile", "forget", "--all");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--yes"), refused.err());
        CliRun.Result declined = cli.run(true, "no\n", "profile", "forget", "--all");
        assertEquals(0, declined.code());
        assertTrue(Files.exists(cli.storeDir()));
        assertEquals(0, cli.run("profile", "show").code());

        CliRun.Result confirmed = cli.run(true, "yes\n", "profile", "forget", "--all");
        assertEquals(0, confirmed.code(), confirmed.err());
        assertFalse(Files.exists(cli.storeDir()));
        assertEquals(5, cli.run("profile", "show").code());
        assertEquals(0, cli.run("profile", "forget", "--all", "--yes").code(), "nothing to forget is fine");
    }

    @Test
    void forgetAll_withYes_worksWithoutThePassphrase() {
        init();
        cli.env.remove("AMBIT_PASSPHRASE_FILE");
        assertEquals(0, cli.run("profile", "forget", "--all", "--yes").code());
        assertFalse(Files.exists(cli.storeDir()));
    }

    @Test
    void forget_withBothOrNeitherIdAndAll_isUsageError() {
        init();
        assertEquals(2, cli.run("profile", "forget").code());
        assertEquals(2, cli.run("profile", "forget", "1", "--all").code());
        assertEquals(2, cli.run("profile").code());
    }

    @Test
    void export_writesReadableJsonOnlyToANewFile() throws Exception {
        init();
        cli.run("profile", "remember", "I cycle to work");
        Path file = tmp.resolve("export.json");
        CliRun.Result r = cli.run("profile", "export", file.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(Files.readString(file));
        assertEquals("ambit-export/1", json.get("format").asText());
        assertEquals("I cycle to work", json.get("items").get(0).get("value").asText());
        assertEquals("eu", json.get("settings").get("jurisdiction").asText());
        assertTrue(json.get("audit").size() > 0);
        CliRun.Result again = cli.run("profile", "export", file.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void passwd_changesThePassphraseAndKeepsTheData() throws Exception {
        init();
        cli.run("profile", "remember", "still readable");
        Path fresh = tmp.resolve("new.txt");
        Files.writeString(fresh, "a much better passphrase\n");
        CliRun.Result r = cli.run("store", "passwd", "--new-passphrase-file", fresh.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(5, cli.run("profile", "show").code());
        CliRun.Result show = cli.run("profile", "show", "--passphrase-file", fresh.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("still readable"));
        assertEquals(5, cli.run("store", "passwd").code(), "non-interactive without a new passphrase");
    }

    @Test
    void rotateKey_keepsTheDataReadable() {
        init();
        cli.run("profile", "remember", "rotated but readable");
        CliRun.Result r = cli.run("store", "rotate-key");
        assertEquals(0, r.code(), r.err());
        assertTrue(cli.run("profile", "show").out().contains("rotated but readable"));
    }

    @Test
    void auditVerify_reportsIntactAndTampered() throws Exception {
        init();
        cli.run("profile", "remember", "a");
        cli.run("profile", "forget", "1");
        CliRun.Result ok = cli.run("audit", "verify", "--json");
        assertEquals(0, ok.code(), ok.err());
        JsonNode json = JSON.readTree(ok.out());
        assertTrue(json.get("intact").asBoolean());
        assertTrue(json.get("entries").asLong() >= 4);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.storeDir().resolve("ambit.db"))) {
            c.createStatement().execute("UPDATE audit SET subject = 'fact:2' WHERE kind = 'profile.forget'");
        }
        CliRun.Result bad = cli.run("audit", "verify", "--json");
        assertEquals(5, bad.code());
        assertFalse(JSON.readTree(bad.out()).get("intact").asBoolean());
        assertTrue(bad.err().contains("was edited"), bad.err());
    }

    @Test
    void damagedItem_isNamedNeverShownAsGarbage() throws Exception {
        init();
        cli.run("profile", "remember", "first");
        cli.run("profile", "remember", "second");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.storeDir().resolve("ambit.db"))) {
            c.createStatement().execute("UPDATE item SET value = (SELECT value FROM item WHERE id = 1) WHERE id = 2");
        }
        CliRun.Result r = cli.run("profile", "show");
        assertEquals(5, r.code());
        assertTrue(r.err().contains("item 2 is damaged"), r.err());
        assertFalse(r.out().contains("first"), "no garbage or swapped value shown");
        assertEquals(0, cli.run("profile", "forget", "2").code());
        assertEquals(0, cli.run("profile", "show").code());
    }

    @Test
    void missingKeyset_exits5AndSaysThereIsNoRecovery() throws Exception {
        init();
        Files.delete(cli.storeDir().resolve("keyset.ambit"));
        CliRun.Result r = cli.run("profile", "show");
        assertEquals(5, r.code());
        assertTrue(r.err().contains("no recovery"), r.err());
    }

    @Test
    void unwritableStoreLocation_isAClearErrorAndLeavesNothingBehind() throws Exception {
        Files.createDirectories(cli.home);
        Files.writeString(cli.storeDir(), "a file where the store directory should be");
        CliRun.Result r = cli.run("init");
        assertEquals(5, r.code());
        List<String> errors = r.err().lines().filter(l -> !l.contains("warning: AMBIT_KDF=test")).toList();
        assertEquals(1, errors.size(), r.err());
        assertTrue(errors.get(0).contains("cannot create the store directory"), r.err());
        assertTrue(Files.isRegularFile(cli.storeDir()), "the file in the way is untouched");
    }

    private static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
