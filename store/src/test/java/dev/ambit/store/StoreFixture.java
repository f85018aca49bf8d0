package dev.ambit.store;

import dev.ambit.store.crypto.KdfParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared helpers for store tests: a real store with the cheap test KDF, and raw access to its files. */
final class StoreFixture {
    static final String PASSPHRASE = "correct horse battery staple";

    private StoreFixture() {}

    static char[] pass() {
        return PASSPHRASE.toCharArray();
    }

    static Store create(Path dir) {
        return Store.create(dir, pass(), KdfParams.TEST);
    }

    static Store open(Path dir) {
        return Store.open(dir, pass());
    }

    /** A plain JDBC connection that bypasses the store, to play the attacker or the older ambit. */
    static Connection raw(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DATABASE_FILE));
    }

    /** SHA-256 of every file in {@code dir}, by name. */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    static boolean anyFileContains(Path dir, String marker) throws IOException {
        byte[] needle = marker.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
