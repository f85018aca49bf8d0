package dev.ambit.engine.policy;

import dev.ambit.store.signature.DetachedSignatures;
import dev.ambit.store.signature.SignatureKeyException;
import dev.ambit.store.signature.SignatureKeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * Signing keys and detached signatures for organisation policies. A signature lives beside its file as
 * {@code FILE.sig} (one line of base64); keys are {@code NAME.pub} and {@code NAME.key} (owner-only).
 *
 * <p>Contract: every failure is a {@link PolicyException} naming the file and what is wrong; nothing is
 * overwritten (an existing key file stops keygen).
 */
public final class PolicySignatures {
    private PolicySignatures() {}

    /** Where {@link #keygen} put the two halves. */
    public record KeyFiles(Path publicKey, Path privateKey) {}

    /** Writes a new key pair to {@code base.pub} and {@code base.key}. */
    public static KeyFiles keygen(Path base) {
        Path dir = base.toAbsolutePath().getParent();
        String name = base.getFileName().toString();
        Path pub = dir.resolve(name + ".pub");
        Path key = dir.resolve(name + ".key");
        if (Files.exists(pub) || Files.exists(key)) {
            throw new PolicyException("refusing to overwrite existing key " + (Files.exists(key) ? key : pub));
        }
        SignatureKeyPair pair;
        try {
            pair = DetachedSignatures.generate();
        } catch (SignatureKeyException e) {
            throw new PolicyException(e.getMessage(), e);
        }
        try {
            Files.createDirectories(dir);
            try {
                Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(key); // not POSIX: the platform's default permissions apply
            }
            Files.write(key, pair.privateKeyset(), StandardOpenOption.TRUNCATE_EXISTING);
            Files.write(pub, pair.publicKeyset(), StandardOpenOption.CREATE_NEW);
            return new KeyFiles(pub, key);
        } catch (FileAlreadyExistsException e) {
            throw new PolicyException("refusing to overwrite existing key " + e.getFile(), e);
        } catch (IOException e) {
            throw new PolicyException("cannot write keys to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Signs {@code file} with the private key, writing {@code FILE.sig}; returns its path. */
    public static Path sign(Path privateKey, Path file) {
        byte[] key = read(privateKey, "private key");
        byte[] data = read(file, "file to sign");
        byte[] signature;
        try {
            signature = DetachedSignatures.sign(key, data);
        } catch (SignatureKeyException e) {
            throw new PolicyException(privateKey + " is not a private signing key made by 'ambit policy keygen'", e);
        }
        Path sig = signatureOf(file);
        try {
            Files.writeString(sig, Base64.getEncoder().encodeToString(signature) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PolicyException("cannot write " + sig + ": " + e.getMessage(), e);
        }
        return sig;
    }

    /**
     * Reads {@code file} and checks its {@code FILE.sig} against the public key.
     *
     * @return the verified bytes (parse these, not a second read of the file)
     */
    public static byte[] verified(Path publicKey, Path file) {
        byte[] key = read(publicKey, "public key");
        byte[] data = read(file, "policy");
        Path sig = signatureOf(file);
        if (!Files.exists(sig)) {
            throw new PolicyException("policy " + file + " is not signed: " + sig + " is missing");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(read(sig, "signature"), StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new PolicyException("signature " + sig + " is not base64: it is damaged", e);
        }
        boolean ok;
        try {
            ok = DetachedSignatures.verify(key, data, signature);
        } catch (SignatureKeyException e) {
            throw new PolicyException(publicKey + " is not a public key made by 'ambit policy keygen'", e);
        }
        if (!ok) {
            throw new PolicyException("policy " + file + " does not match its signature " + sig
                    + " under " + publicKey + ": it was changed after signing or signed with another key");
        }
        return data;
    }

    public static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".sig");
    }

    private static byte[] read(Path path, String what) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new PolicyException(what + " " + path + " does not exist", e);
        } catch (IOException e) {
            throw new PolicyException(what + " " + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
