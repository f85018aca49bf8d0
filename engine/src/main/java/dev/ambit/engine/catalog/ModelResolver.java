package dev.ambit.engine.catalog;

import dev.ambit.engine.AmbitHome;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which model file a command uses: {@code --model PATH|NAME}, else {@code AMBIT_MODEL}, else the default
 * installed model. An installed model's checksum is checked before it is handed out (cached by size and
 * modification time, so this costs a stat per start, not a hash).
 */
public final class ModelResolver {
    private final AmbitHome home;
    private final Map<String, String> env;
    private final ModelLibrary library;

    public ModelResolver(AmbitHome home, Map<String, String> env) {
        this.home = home;
        this.env = Map.copyOf(env);
        this.library = new ModelLibrary(home);
    }

    /**
     * @throws NoModelInstalledException when nothing is named and no model is installed
     * @throws DownloadException when the installed model no longer matches its checksum
     */
    public Path resolve(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return pathOrInstalled(explicit.get());
        }
        String fromEnv = env.get("AMBIT_MODEL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return pathOrInstalled(Path.of(fromEnv));
        }
        Catalog catalog = catalog(env);
        Optional<InstalledModel> chosen = library.defaultModel(catalog);
        if (chosen.isPresent()) {
            library.checkBeforeLoad(chosen.get());
            return chosen.get().path();
        }
        throw noModel(catalog);
    }

    /**
     * A file path is used as given (checked like an installed model when it is one); a bare name that is not a
     * file picks the installed model of that name.
     */
    private Path pathOrInstalled(Path given) {
        if (!Files.exists(given) && given.getNameCount() == 1) {
            Optional<InstalledModel> installed = library.find(given.toString());
            if (installed.isPresent()) {
                library.checkBeforeLoad(installed.get());
                return installed.get().path();
            }
        }
        Path absolute = given.toAbsolutePath().normalize();
        String file = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (library.dir().toAbsolutePath().normalize().equals(absolute.getParent()) && file.endsWith(".gguf")) {
            library.find(file.substring(0, file.length() - ".gguf".length())).ifPresent(library::checkBeforeLoad);
        }
        return given;
    }

    private NoModelInstalledException noModel(Catalog catalog) {
        long ram = machineMemoryBytes();
        Optional<CatalogEntry> suggestion = catalog.recommend(ram);
        String why = "no chat model is installed in " + home.modelsDir() + " and none was named with --model or AMBIT_MODEL";
        if (suggestion.isEmpty()) {
            return new NoModelInstalledException(why + "; pass --model PATH to a GGUF file", suggestion);
        }
        CatalogEntry s = suggestion.get();
        String reason = catalog.defaultName().filter(s.name()::equals).isPresent()
                ? "the default model" : "the largest model that fits this machine's " + Bytes.human(ram) + " of RAM";
        return new NoModelInstalledException(why + ". Install " + reason + " (" + s.name() + ", "
                + Bytes.human(s.sizeBytes().orElse(0)) + " download, " + s.licence() + ") with: ambit models pull "
                + s.name() + "  (or list others with: ambit models list)", suggestion);
    }

    /** The catalogue named by {@code AMBIT_CATALOG}, else the bundled one. */
    public static Catalog catalog(Map<String, String> env) {
        String file = env.get("AMBIT_CATALOG");
        return file != null && !file.isBlank() ? Catalog.load(Path.of(file)) : Catalog.bundled();
    }

    /** Physical memory of this machine, or 0 when the platform does not say. */
    public static long machineMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
