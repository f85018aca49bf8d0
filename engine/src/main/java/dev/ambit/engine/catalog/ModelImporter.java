package dev.ambit.engine.catalog;

import dev.ambit.engine.inference.GgufMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Installs a GGUF file that is already on this machine (an air-gapped laptop, a USB stick, a shared drive).
 *
 * <p>Contract: the file must be GGUF; when the catalogue has an entry with the same digest, or an entry with the
 * chosen name, the file must match that entry's digest or nothing is installed ({@link DownloadException}).
 */
public final class ModelImporter {
    private final ModelLibrary library;

    public ModelImporter(ModelLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /** What {@link #importFile} did. */
    public record Outcome(InstalledModel model, Optional<CatalogEntry> matched, boolean installed) {}

    /**
     * @param name the name to install under; default: the matching catalogue entry's name, else the file's name
     * @param link install a symbolic link to {@code file} instead of a copy
     * @param force replace an installed model of the same name
     */
    public Outcome importFile(Path file, Optional<String> name, boolean link, boolean force, Catalog catalog) {
        if (!Files.isRegularFile(file)) {
            throw new CatalogException("no such file to import: " + file);
        }
        GgufMetadata.read(file);
        Sha256 digest;
        try {
            digest = Sha256.of(file);
        } catch (IOException e) {
            throw new DownloadException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Optional<CatalogEntry> byDigest = catalog.findByDigest(digest);
        String chosen = name.or(() -> byDigest.map(CatalogEntry::name)).orElseGet(() -> nameFromFile(file));
        if (!CatalogEntry.NAME.matcher(chosen).matches()) {
            throw new CatalogException("--name must be 1-64 of a-z, 0-9, '.', '_', '-', got '" + chosen + "'");
        }
        Optional<CatalogEntry> byName = catalog.find(chosen);
        if (byName.isPresent() && byName.get().sha256().isPresent() && !byName.get().sha256().get().equals(digest)) {
            throw new DownloadException("checksum mismatch: " + file + " has SHA-256 " + digest + " but the catalogue's "
                    + chosen + " is " + byName.get().sha256().get() + "; nothing was installed");
        }
        Optional<CatalogEntry> matched = byName.isPresent() ? byName : byDigest;
        if (!force) {
            Optional<InstalledModel> existing = library.find(chosen);
            if (existing.isPresent()) {
                if (!existing.get().sha256().equals(digest)) {
                    throw new CatalogException("a different model is already installed as " + chosen
                            + "; pass --force to replace it, or --name to choose another name");
                }
                return new Outcome(existing.get(), matched, false);
            }
        }
        CatalogEntry.Kind kind = matched.map(CatalogEntry::kind).orElse(CatalogEntry.Kind.CHAT);
        String source = file.toAbsolutePath().normalize().toString();
        if (link) {
            return new Outcome(library.install(chosen, file.toAbsolutePath(), digest, kind, source, true), matched, true);
        }
        Path staging = library.partialFor(chosen).resolveSibling(chosen + ".import");
        try {
            Files.createDirectories(staging.getParent());
            Files.copy(file, staging, StandardCopyOption.REPLACE_EXISTING);
            Sha256 copied = Sha256.of(staging);
            if (!copied.equals(digest)) {
                Files.deleteIfExists(staging);
                throw new DownloadException("the copy of " + file + " does not match the original (SHA-256 " + copied
                        + " instead of " + digest + "); nothing was installed");
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // Nothing more to do; the staging file is replaced by the next import.
            }
            throw new DownloadException("cannot copy " + file + " into " + library.dir() + ": " + e.getMessage(), e);
        }
        return new Outcome(library.install(chosen, staging, digest, kind, source, false), matched, true);
    }

    static String nameFromFile(Path file) {
        String stem = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (stem.endsWith(".gguf")) {
            stem = stem.substring(0, stem.length() - 5);
        }
        stem = stem.replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        return stem.length() > 64 ? stem.substring(0, 64) : stem;
    }
}
