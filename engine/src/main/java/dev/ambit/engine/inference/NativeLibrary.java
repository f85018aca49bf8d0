package dev.ambit.engine.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts java-llama.cpp's native library where the binding will load it from, before the binding's own loader
 * runs. Left to itself the binding extracts the library into the shared temp directory on every start, deletes
 * other processes' copies first, and announces the extraction on standard output, which would corrupt
 * {@code --json} output. We extract once per version into ambit's own directory and point the binding at it.
 *
 * <p>A user who sets {@code de.kherud.llama.lib.path} (for example to a CUDA build) keeps full control: we do
 * not touch the property then. A build made on this machine by {@code native/build.sh} comes next, the bundled
 * library last ({@link NativeBuild}).
 */
public final class NativeLibrary {
    static final String LIB_PATH_PROPERTY = "de.kherud.llama.lib.path";
    /**
     * The binding's loader deletes every file in this directory (default: the system temp directory) whose name
     * starts with "llama" or "jllama", whoever owns it, and reports what it cannot delete on standard output.
     */
    static final String BINDING_TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";
    private static final String BINDING_VERSION = "4.2.0";
    /** Read before {@link #prepare} can set the property itself, so it is what the user passed, if anything. */
    private static final String USER_PATH = System.getProperty(LIB_PATH_PROPERTY);
    private static volatile boolean ready;

    private NativeLibrary() {}

    /** Makes sure the native library is loadable; idempotent and cheap after the first call. */
    public static synchronized void prepare(Path cacheDir) {
        if (ready) {
            return;
        }
        NativeBuild build = selected(cacheDir);
        switch (build.source()) {
            case USER -> { }
            case LOCAL -> System.setProperty(LIB_PATH_PROPERTY, build.directory().orElseThrow().toString());
            case BUNDLED -> resourcePath().ifPresent(resource -> extract(resource, cacheDir));
        }
        confineBindingCleanup(cacheDir);
        initialiseQuietly();
        ready = true;
    }

    /** Where a user-supplied native library was configured, if any. */
    public static Optional<String> userLibraryPath() {
        return Optional.ofNullable(USER_PATH);
    }

    /** The build a process using this data directory's native directory loads. */
    public static NativeBuild selected(Path nativeDir) {
        return NativeBuild.select(userLibraryPath(), nativeDir, BINDING_VERSION);
    }

    /**
     * Whether the library that will be loaded can offload layers to a GPU: a user-supplied build (CUDA, Vulkan,
     * Metal, ...), a local build made with a GPU back-end, or the bundled macOS arm64 build (Metal).
     */
    public static boolean gpuOffloadPossible(Path nativeDir) {
        return selected(nativeDir).gpu();
    }

    private static void extract(String resource, Path cacheDir) {
        Path dir = cacheDir.resolve("llama-" + BINDING_VERSION);
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        Path target = dir.resolve(fileName);
        // The directory is named by binding version and the copy is moved into place atomically, so an
        // existing file is a complete copy of this version's library.
        try {
            if (!Files.exists(target)) {
                try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, fileName, ".part");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            System.setProperty(LIB_PATH_PROPERTY, dir.toString());
        } catch (IOException e) {
            // Fall back to the binding's own extraction; stdout is still guarded below.
        }
    }

    /**
     * Points the binding's start-up clean-up at an empty directory of ours, so it cannot delete the user's own
     * files named llama-something in the shared temp directory. A directory the user chose is kept.
     */
    private static void confineBindingCleanup(Path cacheDir) {
        if (System.getProperty(BINDING_TMPDIR_PROPERTY) != null) {
            return;
        }
        Path scratch = cacheDir.resolve("binding-tmp");
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new ModelException("cannot create " + scratch + " for the llama.cpp binding: " + e.getMessage(), e);
        }
        System.setProperty(BINDING_TMPDIR_PROPERTY, scratch.toString());
    }

    /** The binding prints to System.out while its class initialises; keep that off our stdout. */
    private static void initialiseQuietly() {
        PrintStream out = System.out;
        System.setOut(System.err);
        try {
            Class.forName("de.kherud.llama.LlamaModel", true, NativeLibrary.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModelException("cannot load the llama.cpp native library for "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + e.getMessage(), e);
        } finally {
            System.setOut(out);
        }
    }

    private static Optional<String> resourcePath() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osDir = os.contains("linux") ? "Linux"
                : os.contains("mac") || os.contains("darwin") ? "Mac"
                : os.contains("windows") ? "Windows" : null;
        String archDir = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (osDir == null || archDir == null) {
            return Optional.empty();
        }
        return NativeBuild.libraryFileName().map(lib -> "/de/kherud/llama/" + osDir + "/" + archDir + "/" + lib);
    }
}
