package dev.ambit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The data directory: the store, installed models, logs and the unpacked native library live under it.
 * Chosen by {@code AMBIT_HOME}, else {@code $XDG_DATA_HOME/ambit}, else {@code ~/.local/share/ambit}.
 */
public record AmbitHome(Path root) {
    public AmbitHome {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    public static AmbitHome fromEnvironment(Map<String, String> env) {
        String explicit = env.get("AMBIT_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new AmbitHome(Path.of(explicit));
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new AmbitHome(Path.of(xdg, "ambit"));
        }
        return new AmbitHome(Path.of(System.getProperty("user.home"), ".local", "share", "ambit"));
    }

    public Path nativeDir() {
        return root.resolve("native");
    }

    public Path modelsDir() {
        return root.resolve("models");
    }

    /** Creates the directory (owner-only on POSIX) if it does not exist yet. */
    public Path ensureExists() {
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root);
                try {
                    Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the platform's default permissions apply.
                }
            }
            return root;
        } catch (IOException e) {
            throw new AmbitException(AmbitException.Failure.STORE,
                    "cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
    }
}
