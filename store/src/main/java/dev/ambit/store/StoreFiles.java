package dev.ambit.store;

import static dev.ambit.store.Store.DATABASE_FILE;
import static dev.ambit.store.Store.KEYSET_FILE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

/** The store's files on disk: a private directory, and their destruction. */
final class StoreFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreFiles() {}

    /** Overwrites the keyset with noise and forces it to disk before deleting everything. */
    static void shred(Path dir) {
        Path keyset = dir.resolve(KEYSET_FILE);
        try {
            if (Files.exists(keyset)) {
                long size = Files.size(keyset);
                try (FileChannel channel = FileChannel.open(keyset, StandardOpenOption.WRITE)) {
                    byte[] noise = new byte[(int) Math.max(size, 1)];
                    RANDOM.nextBytes(noise);
                    ByteBuffer buffer = ByteBuffer.wrap(noise);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
            }
        } catch (IOException e) {
            throw StoreWriteException.because("overwrite the keyset " + keyset + " (nothing was deleted)", e);
        }
        delete(dir);
    }

    static void delete(Path dir) {
        List<String> names = List.of(KEYSET_FILE, KEYSET_FILE + ".tmp", DATABASE_FILE, DATABASE_FILE + "-wal",
                DATABASE_FILE + "-shm", DATABASE_FILE + "-journal");
        for (String name : names) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                throw StoreWriteException.because("delete " + dir.resolve(name), e);
            }
        }
        try {
            if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // Something else lives in the directory; the store's files are gone, which is what matters.
        }
    }

    static void createPrivateDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // Not POSIX: the platform's default permissions apply.
            }
        } catch (IOException e) {
            throw StoreWriteException.because("create the store directory " + dir, e);
        }
    }

    static void createOwnerOnly(Path file) {
        try {
            Files.createFile(file);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not POSIX: the platform's default permissions apply.
        } catch (IOException e) {
            throw StoreWriteException.because("create " + file, e);
        }
    }
}
