package dev.ambit.engine.catalog;

import dev.ambit.engine.AmbitHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The installed models in {@code AMBIT_HOME/models}: {@code NAME.gguf} plus a {@code NAME.meta} record of its
 * verified digest, and a {@code default} file naming the user's default model. Partial downloads live in
 * {@code models/.partial}, on the same file system, so that installing is one atomic rename.
 *
 * <p>Contract: a model appears in {@link #installed()} only after its bytes matched the digest; {@link
 * #checkBeforeLoad} re-hashes a file whenever its size or modification time changed since it was last verified.
 */
public final class ModelLibrary {
    private static final String META_SUFFIX = ".meta";
    private static final String DEFAULT_FILE = "default";
    private final Path dir;

    public ModelLibrary(AmbitHome home) {
        this.dir = home.modelsDir();
    }

    public Path dir() {
        return dir;
    }

    public Path fileFor(String name) {
        return dir.resolve(name + ".gguf");
    }

    Path metaFor(String name) {
        return dir.resolve(name + META_SUFFIX);
    }

    /** Where the partial download of {@code name} is kept between attempts. */
    public Path partialFor(String name) {
        return dir.resolve(".partial").resolve(name + ".gguf.part");
    }

    /** Installed models, sorted by name. */
    public List<InstalledModel> installed() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<InstalledModel> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + META_SUFFIX)) {
            for (Path meta : files) {
                String file = meta.getFileName().toString();
                find(file.substring(0, file.length() - META_SUFFIX.length())).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new DownloadException("cannot list installed models in " + dir + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(InstalledModel::name));
        return found;
    }

    public Optional<InstalledModel> find(String name) {
        if (!CatalogEntry.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = fileFor(name);
        Properties meta = readMeta(name);
        if (meta == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InstalledModel(name, file, new Sha256(meta.getProperty("sha256", "")),
                    CatalogEntry.Kind.parse(meta.getProperty("kind", "chat")), meta.getProperty("source", "")));
        } catch (IllegalArgumentException e) {
            throw new DownloadException("the record of installed model '" + name + "' is damaged (" + e.getMessage()
                    + "); reinstall it with: ambit models rm " + name, e);
        }
    }

    public InstalledModel require(String name) {
        return find(name).orElseThrow(() -> new CatalogException("no installed model called '" + name + "'; installed: "
                + names(installed())));
    }

    /**
     * Moves a verified file into place as {@code name} (atomically, replacing an older copy) and records its digest.
     * With {@code link} the model is a symbolic link to {@code verified} instead of a moved file.
     */
    public InstalledModel install(String name, Path verified, Sha256 digest, CatalogEntry.Kind kind, String source,
            boolean link) {
        Path target = fileFor(name);
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(metaFor(name));
            if (link) {
                Path tmp = dir.resolve(".partial").resolve(name + ".link");
                Files.createDirectories(tmp.getParent());
                Files.deleteIfExists(tmp);
                Files.createSymbolicLink(tmp, verified.toAbsolutePath());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(verified, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Properties meta = new Properties();
            meta.setProperty("sha256", digest.hex());
            meta.setProperty("kind", kind.wireName());
            meta.setProperty("source", source);
            stampVerified(meta, target);
            writeMeta(name, meta);
        } catch (IOException e) {
            throw new DownloadException("cannot install " + name + " into " + dir + ": " + e.getMessage(), e);
        }
        return new InstalledModel(name, target, digest, kind, source);
    }

    /** Removes an installed model, its record and, if it was the default, the default choice. */
    public void remove(String name) {
        require(name);
        try {
            Files.deleteIfExists(metaFor(name));
            Files.deleteIfExists(fileFor(name));
            if (userDefault().filter(name::equals).isPresent()) {
                Files.deleteIfExists(dir.resolve(DEFAULT_FILE));
            }
        } catch (IOException e) {
            throw new DownloadException("cannot remove " + name + " from " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The default the user chose with {@code ambit models default}, if any. */
    public Optional<String> userDefault() {
        try {
            String name = Files.readString(dir.resolve(DEFAULT_FILE), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DownloadException("cannot read " + dir.resolve(DEFAULT_FILE) + ": " + e.getMessage(), e);
        }
    }

    public void setDefault(String name) {
        InstalledModel model = require(name);
        if (model.kind() != CatalogEntry.Kind.CHAT) {
            throw new CatalogException("'" + name + "' is a " + model.kind().wireName()
                    + " model and cannot be the default chat model");
        }
        writeAtomically(dir.resolve(DEFAULT_FILE), (name + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The chat model to run when none is named: the user's default, else the catalogue's default, else the only
     * installed chat model.
     */
    public Optional<InstalledModel> defaultModel(Catalog catalog) {
        Optional<InstalledModel> chosen = userDefault().flatMap(this::find);
        if (chosen.isEmpty()) {
            chosen = catalog.defaultName().flatMap(this::find);
        }
        if (chosen.isEmpty()) {
            List<InstalledModel> chat = installed().stream().filter(m -> m.kind() == CatalogEntry.Kind.CHAT).toList();
            if (chat.size() == 1) {
                chosen = Optional.of(chat.get(0));
            }
        }
        return chosen;
    }

    /**
     * Checks an installed model's bytes against its recorded digest, skipping the hash when the file's size and
     * modification time are those recorded at the last successful check.
     *
     * @throws DownloadException when the file no longer matches its digest
     */
    public void checkBeforeLoad(InstalledModel model) {
        Properties meta = readMeta(model.name());
        if (meta != null && unchangedSinceVerified(meta, model.path())) {
            return;
        }
        verify(model);
    }

    /** Hashes an installed model's file and compares it with the recorded digest (no cache). */
    public void verify(InstalledModel model) {
        Sha256 actual;
        try {
            actual = Sha256.of(model.path());
        } catch (IOException e) {
            throw new DownloadException("cannot read installed model " + model.name() + " at " + model.path() + ": "
                    + e.getMessage(), e);
        }
        if (!actual.equals(model.sha256())) {
            throw new DownloadException("installed model " + model.name() + " is damaged: its SHA-256 is " + actual
                    + " but " + model.sha256() + " was installed; reinstall it with: ambit models pull " + model.name()
                    + " --force");
        }
        Properties meta = readMeta(model.name());
        if (meta != null) {
            try {
                stampVerified(meta, model.path());
                writeMeta(model.name(), meta);
            } catch (IOException e) {
                // The cache only saves time; a stale stamp means the next start hashes again.
            }
        }
    }

    private static boolean unchangedSinceVerified(Properties meta, Path file) {
        try {
            return Long.toString(Files.size(file)).equals(meta.getProperty("verified.size"))
                    && Long.toString(Files.getLastModifiedTime(file).toMillis()).equals(meta.getProperty("verified.mtime"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void stampVerified(Properties meta, Path file) throws IOException {
        meta.setProperty("verified.size", Long.toString(Files.size(file)));
        meta.setProperty("verified.mtime", Long.toString(Files.getLastModifiedTime(file).toMillis()));
    }

    private Properties readMeta(String name) {
        Path meta = metaFor(name);
        if (!Files.exists(meta)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new DownloadException("cannot read " + meta + ": " + e.getMessage(), e);
        }
    }

    private void writeMeta(String name, Properties meta) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes) {
            meta.store(out, "ambit installed model; written by ambit models");
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        writeAtomically(metaFor(name), bytes.toByteArray());
    }

    private void writeAtomically(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, content);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new DownloadException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static String names(List<InstalledModel> models) {
        return models.isEmpty() ? "none" : String.join(", ", models.stream().map(InstalledModel::name).toList());
    }
}
