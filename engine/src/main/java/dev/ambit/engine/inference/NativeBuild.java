package dev.ambit.engine.inference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Which build of java-llama.cpp's native library a process loads, in this order: a path the user set with
 * {@code -Dde.kherud.llama.lib.path}; a build made on this machine by {@code native/build.sh}, installed in
 * {@code <data dir>/native/local-<binding version>/}; else the library bundled in the binding's jar.
 *
 * <p>A local build exists because the bundled one is CPU-only and compiled for AVX2: a GPU build, or one that
 * uses every instruction set of the machine, has to be compiled on it. Its {@value #INFO_FILE} records what it was built with, including whether it can offload to
 * a GPU.
 *
 * @param source where the library comes from
 * @param directory the directory the binding is pointed at; empty for the bundled library before extraction
 * @param gpu whether the library can offload layers to a GPU
 * @param description one line for reports, e.g. {@code local (llama.cpp b4980, GGML_NATIVE=ON)}
 */
public record NativeBuild(Source source, Optional<Path> directory, boolean gpu, String description) {
    /** Written by native/build.sh beside the library it installs. */
    public static final String INFO_FILE = "build.properties";

    /** Where a native library comes from. */
    public enum Source { USER, LOCAL, BUNDLED }

    public NativeBuild {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(description, "description");
        if (source != Source.BUNDLED && directory.isEmpty()) {
            throw new IllegalArgumentException("directory: empty for a " + source + " build; only the bundled"
                    + " library may be located later");
        }
    }

    /**
     * Chooses the build for a process.
     *
     * @param userPath the value of {@code de.kherud.llama.lib.path} the user passed, if any
     * @param nativeDir the data directory's native directory
     * @param bindingVersion the java-llama.cpp version whose Java half is on the class path
     */
    static NativeBuild select(Optional<String> userPath, Path nativeDir, String bindingVersion) {
        if (userPath.isPresent()) {
            return new NativeBuild(Source.USER, Optional.of(Path.of(userPath.get())), true,
                    "user (" + userPath.get() + ")");
        }
        Path local = localDirectory(nativeDir, bindingVersion);
        Optional<String> lib = libraryFileName();
        if (lib.isPresent() && Files.isRegularFile(local.resolve(lib.get()))) {
            Properties info = readInfo(local);
            boolean gpu = !"none".equals(info.getProperty("gpu", "none"));
            String built = "llama.cpp " + info.getProperty("llama_cpp", "unknown")
                    + ", " + info.getProperty("cpu", "unknown cpu flags")
                    + (gpu ? ", gpu " + info.getProperty("gpu") : "");
            return new NativeBuild(Source.LOCAL, Optional.of(local), gpu, "local (" + built + ")");
        }
        return new NativeBuild(Source.BUNDLED, Optional.empty(), bundledCanOffload(),
                "bundled with java-llama.cpp " + bindingVersion);
    }

    /** Where native/build.sh installs a build for this binding version. */
    public static Path localDirectory(Path nativeDir, String bindingVersion) {
        return nativeDir.resolve("local-" + bindingVersion);
    }

    /** The library's file name on this platform, if the binding ships one for it. */
    static Optional<String> libraryFileName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            return Optional.of("libjllama.so");
        } else if (os.contains("mac") || os.contains("darwin")) {
            return Optional.of("libjllama.dylib");
        } else if (os.contains("windows")) {
            return Optional.of("jllama.dll");
        }
        return Optional.empty();
    }

    /** The bundled macOS arm64 build is compiled with Metal; the other bundled builds are CPU-only. */
    private static boolean bundledCanOffload() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return (os.contains("mac") || os.contains("darwin")) && (arch.equals("aarch64") || arch.equals("arm64"));
    }

    private static Properties readInfo(Path dir) {
        Properties info = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(INFO_FILE), StandardCharsets.UTF_8)) {
            info.load(in);
        } catch (IOException e) {
            // A library without its description still loads; the report then says "unknown".
        }
        return info;
    }
}
