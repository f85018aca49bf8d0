package dev.ambit.store.crypto;

import dev.ambit.store.KeysetException;
import dev.ambit.store.StoreWriteException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Properties;

/**
 * The on-disk form of the wrapped keysets: a small text file of {@code name=value} lines holding the Argon2id
 * salt and parameters, a passphrase check value and the two Tink keysets encrypted under the key-encryption
 * key. Nothing in it is secret without the passphrase. Written atomically (temp file, fsync, rename).
 */
public record KeysetFile(KdfParams params, byte[] salt, byte[] check, byte[] aeadKeyset, byte[] daeadKeyset) {
    static final String FORMAT = "ambit-keyset/1";

    public KeysetFile {
        if (params == null || salt == null || check == null || aeadKeyset == null || daeadKeyset == null) {
            throw new IllegalArgumentException("every keyset file field is required");
        }
        if (salt.length != PassphraseKdf.SALT_BYTES) {
            throw new IllegalArgumentException("salt must be " + PassphraseKdf.SALT_BYTES + " bytes, got " + salt.length);
        }
        salt = salt.clone();
        check = check.clone();
        aeadKeyset = aeadKeyset.clone();
        daeadKeyset = daeadKeyset.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Reads and parses the file; a missing or malformed file is a {@link KeysetException}. */
    public static KeysetFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KeysetException("the keyset file " + file + " is missing: without it the store cannot be "
                    + "decrypted and there is no recovery; 'ambit profile forget --all' removes the unreadable data", e);
        } catch (IOException e) {
            throw new KeysetException("cannot read the keyset file " + file + ": " + e.getMessage(), e);
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(text));
            if (!FORMAT.equals(p.getProperty("format"))) {
                throw new IllegalArgumentException("unknown format " + p.getProperty("format"));
            }
            if (!"argon2id".equals(p.getProperty("kdf")) || !"19".equals(p.getProperty("kdf.version"))) {
                throw new IllegalArgumentException("unknown kdf " + p.getProperty("kdf"));
            }
            KdfParams params = new KdfParams(
                    Integer.parseInt(required(p, "kdf.memory-kib")),
                    Integer.parseInt(required(p, "kdf.iterations")),
                    Integer.parseInt(required(p, "kdf.parallelism")));
            Base64.Decoder b64 = Base64.getDecoder();
            return new KeysetFile(params, b64.decode(required(p, "kdf.salt")), b64.decode(required(p, "check")),
                    b64.decode(required(p, "keyset.aead")), b64.decode(required(p, "keyset.daead")));
        } catch (IOException | IllegalArgumentException e) {
            throw new KeysetException("the keyset file " + file + " is damaged (" + e.getMessage()
                    + "): the store cannot be decrypted and there is no recovery; "
                    + "'ambit profile forget --all' removes the unreadable data", e);
        }
    }

    private static String required(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field " + name + " is missing");
        }
        return value.strip();
    }

    /** Replaces {@code file} atomically: readers see the old or the new keyset, never half of one. */
    public void write(Path file) {
        Base64.Encoder b64 = Base64.getEncoder();
        String text = "# ambit keyset: Tink keysets encrypted under an Argon2id key from your passphrase.\n"
                + "# Deleting or editing this file makes the store unreadable for good.\n"
                + "format=" + FORMAT + "\n"
                + "kdf=argon2id\nkdf.version=19\n"
                + "kdf.memory-kib=" + params.memoryKib() + "\n"
                + "kdf.iterations=" + params.iterations() + "\n"
                + "kdf.parallelism=" + params.parallelism() + "\n"
                + "kdf.salt=" + b64.encodeToString(salt) + "\n"
                + "check=" + b64.encodeToString(check) + "\n"
                + "keyset.aead=" + b64.encodeToString(aeadKeyset) + "\n"
                + "keyset.daead=" + b64.encodeToString(daeadKeyset) + "\n";
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try (FileChannel channel = FileChannel.open(temp,
                    java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(temp))) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(file.getParent());
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The original failure is the one to report.
            }
            throw StoreWriteException.because("write the keyset file " + file, e);
        }
    }

    /** Owner read/write on POSIX file systems; nothing elsewhere. */
    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[] {
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))
            };
        }
        return new java.nio.file.attribute.FileAttribute<?>[0];
    }

    /** Makes the rename durable; not every platform can open a directory, which is fine there. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: Windows cannot fsync a directory.
        }
    }
}
