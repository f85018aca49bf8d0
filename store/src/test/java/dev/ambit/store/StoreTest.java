package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("store");
    }

    @Test
    void itemsSettingsAndTranscripts_roundTripAcrossReopen() {
        long factId;
        try (Store store = StoreFixture.create(dir())) {
            factId = store.add(NewItem.fact("I live in Lyon", "{\"source\":\"explicit\"}")).id();
            store.add(new NewItem("preference", "verbosity", "short", "{\"turn\":3}"));
            store.putSetting("jurisdiction", "eu");
            store.addTranscript("c1", "user", "hello there");
        }
        try (Store store = StoreFixture.open(dir())) {
            assertEquals("I live in Lyon", store.item(factId).value());
            assertEquals("{\"source\":\"explicit\"}", store.item(factId).provenance());
            assertEquals("short", store.find("preference", "verbosity").orElseThrow().value());
            assertTrue(store.find("preference", "tone").isEmpty());
            assertTrue(store.find("fact", "verbosity").isEmpty(), "names are scoped by kind");
            assertEquals(Map.of("jurisdiction", "eu"), store.settings());
            assertEquals("hello there", store.transcripts().get(0).content());
            Item updated = store.update(factId, "I live in Paris", "{\"source\":\"edit\"}");
            assertEquals("I live in Paris", store.item(factId).value());
            assertEquals(updated.updated(), store.item(factId).updated());
            assertEquals(2, store.items().size());
            assertEquals(1, store.items("preference").size());
        }
    }

    @Test
    void namedItems_leaveOutUnnamedNotesAndOtherKinds_inIdOrder() {
        try (Store store = StoreFixture.create(dir())) {
            store.add(NewItem.fact("an unnamed note", "{}"));
            Item first = store.add(new NewItem("fact", "job", "nurse", "{}"));
            store.add(new NewItem("preference", "verbosity", "short", "{}"));
            Item second = store.add(new NewItem("fact", "city", "Lyon", "{}"));
            assertEquals(List.of(first, second), store.namedItems("fact"));
            assertEquals(List.of("verbosity"), store.namedItems("preference").stream().map(Item::name).toList());
            assertEquals(List.of(), store.namedItems("feedback"));
        }
    }

    @Test
    void plaintext_isAbsentFromEveryFileOnDisk() throws Exception {
        String marker = "ZEBRA-MARKER-7731";
        try (Store store = StoreFixture.create(dir())) {
            store.add(new NewItem("preference", marker + "-name", marker + "-value", "{\"p\":\"" + marker + "\"}"));
            store.putSetting("jurisdiction", marker + "-setting");
            store.addTranscript("c1", "user", marker + "-transcript");
            // While open the WAL holds the freshest pages: check it too.
            assertFalse(StoreFixture.anyFileContains(dir(), marker));
            assertEquals(marker + "-value", store.items().get(0).value());
        }
        assertFalse(StoreFixture.anyFileContains(dir(), marker));
        assertFalse(StoreFixture.anyFileContains(dir(), StoreFixture.PASSPHRASE));
    }

    @Test
    void storeFiles_areReadableByTheOwnerOnly() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.add(NewItem.fact("x", "{}"));
            try (var files = Files.list(dir())) {
                for (Path f : files.toList()) {
                    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(f)), f.toString());
                }
            }
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir())));
        }
    }

    @Test
    void wrongPassphrase_isRejectedAndStoreUntouched() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.add(NewItem.fact("a fact", "{}"));
        }
        Map<String, String> before = StoreFixture.fingerprint(dir());
        WrongPassphraseException e = assertThrows(WrongPassphraseException.class,
                () -> Store.open(dir(), "not the passphrase".toCharArray()));
        assertTrue(e.getMessage().contains("wrong passphrase"), e.getMessage());
        assertEquals(before, StoreFixture.fingerprint(dir()));
    }

    @Test
    void openWithoutStore_saysHowToCreateOne() {
        StoreNotFoundException e = assertThrows(StoreNotFoundException.class, () -> StoreFixture.open(dir()));
        assertTrue(e.getMessage().contains("ambit init"), e.getMessage());
    }

    @Test
    void createTwice_isRefused() {
        StoreFixture.create(dir()).close();
        assertThrows(StoreExistsException.class, () -> StoreFixture.create(dir()));
    }

    @Test
    void forget_removesOneItemAndOverwritesItsCiphertext() throws Exception {
        long keep;
        long gone;
        byte[] ciphertext;
        try (Store store = StoreFixture.create(dir())) {
            keep = store.add(NewItem.fact("keep me", "{}")).id();
            gone = store.add(NewItem.fact("forget me " + "x".repeat(200), "{}")).id();
            try (var c = StoreFixture.raw(dir());
                    var rs = c.createStatement().executeQuery("SELECT value FROM item WHERE id = " + gone)) {
                rs.next();
                ciphertext = rs.getBytes(1);
            }
            String needle = java.util.HexFormat.of().formatHex(ciphertext, 0, 48);
            assertTrue(containsBytes(dir(), ciphertext), "sanity: the ciphertext " + needle + "… is on disk before");
            store.forget(gone);
            assertThrows(ItemNotFoundException.class, () -> store.item(gone));
            assertThrows(ItemNotFoundException.class, () -> store.forget(gone));
            assertEquals(List.of(keep), store.items().stream().map(Item::id).toList());
        }
        assertFalse(containsBytes(dir(), ciphertext), "secure_delete and the checkpoint left no copy");
        try (Store store = StoreFixture.open(dir())) {
            assertEquals("keep me", store.item(keep).value());
            assertTrue(store.verifyAudit().intact());
        }
    }

    private static boolean containsBytes(Path dir, byte[] bytes) throws Exception {
        byte[] needle = java.util.Arrays.copyOfRange(bytes, 0, 48);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (StoreFixture.indexOf(Files.readAllBytes(f), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void purgeOlderThan_removesOnlyItemsPastRetention() {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        long old;
        try (Store store = StoreFixture.create(dir())) {
            store.close();
        }
        try (Store past = Store.open(dir(), StoreFixture.pass(), Clock.fixed(longAgo, ZoneOffset.UTC))) {
            old = past.add(NewItem.fact("old fact", "{}")).id();
            past.addTranscript("c", "user", "old message");
        }
        try (Store store = StoreFixture.open(dir())) {
            long fresh = store.add(NewItem.fact("fresh fact", "{}")).id();
            assertEquals(0, store.purgeOlderThan(Duration.ofDays(365 * 100)));
            assertEquals(2, store.purgeOlderThan(Duration.ofDays(30)));
            assertThrows(ItemNotFoundException.class, () -> store.item(old));
            assertEquals("fresh fact", store.item(fresh).value());
            assertTrue(store.transcripts().isEmpty());
            assertTrue(store.auditEntries().stream().anyMatch(a -> a.kind().equals("retention.purge")));
        }
    }

    @Test
    void changePassphrase_rewrapsKeysWithoutTouchingData() throws Exception {
        long id;
        try (Store store = StoreFixture.create(dir())) {
            id = store.add(NewItem.fact("still here", "{}")).id();
        }
        byte[] dbBefore = Files.readAllBytes(dir().resolve(Store.DATABASE_FILE));
        byte[] blobBefore;
        try (var c = StoreFixture.raw(dir()); var rs = c.createStatement().executeQuery("SELECT value FROM item")) {
            rs.next();
            blobBefore = rs.getBytes(1);
        }
        try (Store store = StoreFixture.open(dir())) {
            store.changePassphrase("a new passphrase".toCharArray(), dev.ambit.store.crypto.KdfParams.TEST);
        }
        assertThrows(WrongPassphraseException.class, () -> StoreFixture.open(dir()));
        try (Store store = Store.open(dir(), "a new passphrase".toCharArray())) {
            assertEquals("still here", store.item(id).value());
        }
        try (var c = StoreFixture.raw(dir()); var rs = c.createStatement().executeQuery("SELECT value FROM item")) {
            rs.next();
            assertEquals(java.util.HexFormat.of().formatHex(blobBefore), java.util.HexFormat.of().formatHex(rs.getBytes(1)),
                    "the ciphertext is unchanged: only the keyset was re-wrapped");
        }
        assertTrue(dbBefore.length > 0);
    }

    @Test
    void rotateKey_reencryptsEverythingAndRetiresTheOldKey() throws Exception {
        long id;
        try (Store store = StoreFixture.create(dir())) {
            id = store.add(new NewItem("preference", "tone", "warm", "{}")).id();
            store.putSetting("jurisdiction", "de");
            store.addTranscript("c", "assistant", "hi");
        }
        Path oldKeyset = home.resolve("old-keyset");
        Files.copy(dir().resolve(Store.KEYSET_FILE), oldKeyset);
        byte[] blobBefore = valueBlob();
        try (Store store = StoreFixture.open(dir())) {
            store.rotateKey();
            assertEquals("warm", store.find("preference", "tone").orElseThrow().value());
        }
        assertFalse(java.util.Arrays.equals(blobBefore, valueBlob()), "the value was re-encrypted");
        try (Store store = StoreFixture.open(dir())) {
            assertEquals("warm", store.item(id).value());
            assertEquals("de", store.setting("jurisdiction").orElseThrow());
            assertEquals("hi", store.transcripts().get(0).content());
            assertTrue(store.verifyAudit().intact(), store.verifyAudit().problem());
        }
        Files.copy(oldKeyset, dir().resolve(Store.KEYSET_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThrows(KeysetException.class, () -> StoreFixture.open(dir()), "the old key no longer opens the data");
    }

    @Test
    void interruptedRotation_isFinishedAtOpen() {
        long id;
        try (Store store = StoreFixture.create(dir())) {
            id = store.add(NewItem.fact("survives", "{}")).id();
        }
        // Step 1 of a rotation only: the keyset gains a new primary, the data is still under the old key.
        Path keysetPath = dir().resolve(Store.KEYSET_FILE);
        var keys = dev.ambit.store.crypto.Keyring.unlock(dev.ambit.store.crypto.KeysetFile.read(keysetPath), StoreFixture.pass());
        keys.withNewPrimary().toFile().write(keysetPath);
        try (Store store = StoreFixture.open(dir())) {
            assertEquals("survives", store.item(id).value());
            store.add(NewItem.fact("written after", "{}"));
        }
        var after = dev.ambit.store.crypto.Keyring.unlock(dev.ambit.store.crypto.KeysetFile.read(keysetPath), StoreFixture.pass());
        assertEquals(1, after.keyCount());
    }

    @Test
    void keyRotatedByAnotherInstance_isReportedAsBusyNotAsDamage() {
        try (Store store = StoreFixture.create(dir())) {
            store.add(NewItem.fact("shared", "{}"));
        }
        try (Store stale = StoreFixture.open(dir()); Store rotator = StoreFixture.open(dir())) {
            rotator.rotateKey();
            assertThrows(StoreBusyException.class, stale::items);
            assertThrows(StoreBusyException.class, () -> stale.add(NewItem.fact("lost?", "{}")));
            assertEquals("shared", rotator.items().get(0).value());
        }
        try (Store store = StoreFixture.open(dir())) {
            assertEquals(1, store.items().size(), "the stale instance wrote nothing");
        }
    }

    @Test
    void passphraseChangedByAnotherInstance_isNotUndoneByAStaleOne() {
        StoreFixture.create(dir()).close();
        try (Store stale = StoreFixture.open(dir()); Store changer = StoreFixture.open(dir())) {
            changer.changePassphrase("the new one".toCharArray(), dev.ambit.store.crypto.KdfParams.TEST);
            assertThrows(StoreBusyException.class, stale::rotateKey);
            assertThrows(StoreBusyException.class,
                    () -> stale.changePassphrase("another".toCharArray(), dev.ambit.store.crypto.KdfParams.TEST));
        }
        assertThrows(WrongPassphraseException.class, () -> StoreFixture.open(dir()));
        Store.open(dir(), "the new one".toCharArray()).close();
    }

    private byte[] valueBlob() throws Exception {
        try (var c = StoreFixture.raw(dir()); var rs = c.createStatement().executeQuery("SELECT value FROM item")) {
            rs.next();
            return rs.getBytes(1);
        }
    }

    @Test
    void addAll_storesTheWholeBatchInOneCommit() {
        try (Store store = StoreFixture.create(dir())) {
            List<Item> stored = store.addAll(List.of(
                    NewItem.fact("likes tea", "{}"), new NewItem("preference", "tone", "warm", "{}")));
            assertEquals(2, stored.size());
            assertEquals("warm", store.find("preference", "tone").orElseThrow().value());
            assertThrows(IllegalArgumentException.class, () -> store.addAll(List.of(
                    NewItem.fact("kept out", "{}"), new NewItem("preference", "", "", "{}"))));
            assertEquals(2, store.items().size(), "a failed batch leaves nothing behind");
        }
    }
}
