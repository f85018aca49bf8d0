package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forget-all is crypto-shredding: the keys are destroyed, so no copy of the old database decrypts. */
class EraseTest {
    @TempDir
    Path home;

    @Test
    void forgetAll_leavesNoFilesAndAnOldCopyNoLongerDecrypts() throws Exception {
        Path dir = home.resolve("store");
        try (Store store = StoreFixture.create(dir)) {
            store.add(NewItem.fact("my secret fact", "{}"));
        }
        Path backup = home.resolve("backup.db");
        Files.copy(dir.resolve(Store.DATABASE_FILE), backup);

        Store.destroy(dir);
        assertFalse(Store.exists(dir));
        assertFalse(Files.exists(dir), "the store directory is gone");

        // Same passphrase, new store: the old copy put back must not decrypt under it.
        StoreFixture.create(dir).close();
        long newKeyId;
        try (Connection c = StoreFixture.raw(dir); ResultSet rs = c.createStatement()
                .executeQuery("SELECT value FROM meta WHERE name = 'key_id'")) {
            rs.next();
            newKeyId = Long.parseLong(rs.getString(1));
        }
        Files.copy(backup, dir.resolve(Store.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(dir.resolve(Store.DATABASE_FILE + "-wal"));
        Files.deleteIfExists(dir.resolve(Store.DATABASE_FILE + "-shm"));
        assertThrows(KeysetException.class, () -> StoreFixture.open(dir));

        // Even past that check (an attacker relabelling the key id), the ciphertext does not open.
        try (Connection c = StoreFixture.raw(dir);
                PreparedStatement s = c.prepareStatement("UPDATE meta SET value = ? WHERE name = 'key_id'")) {
            s.setString(1, Long.toString(newKeyId));
            s.executeUpdate();
        }
        try (Store store = StoreFixture.open(dir)) {
            assertThrows(DamagedItemException.class, store::items);
        }
    }

    @Test
    void destroy_ofAHalfStore_removesWhatIsThere() throws Exception {
        Path dir = home.resolve("store");
        StoreFixture.create(dir).close();
        Files.delete(dir.resolve(Store.KEYSET_FILE));
        assertTrue(Store.exists(dir));
        Store.destroy(dir);
        assertFalse(Store.exists(dir));
    }
}
