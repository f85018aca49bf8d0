package dev.ambit.engine.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.ModelPool;
import dev.ambit.engine.inference.ModelSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real tiny test model from {@code ../shared/models/stories260K.gguf}. In CI ({@code CI=true}) a missing
 * file fails the test; on a developer machine without {@code ../shared} the test is skipped.
 */
public final class TinyModel {
    private TinyModel() {}

    /** Directory of the shared test data ({@code ../shared} beside the repository). */
    public static Path sharedDir() {
        String configured = System.getProperty("ambit.shared.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return dir.toAbsolutePath().normalize();
    }

    /** The repository root (where README.md, policies/ and models.txt live). */
    public static Path repositoryRoot() {
        String configured = System.getProperty("ambit.root.dir");
        return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** Path of the tiny model, failing (CI) or skipping (elsewhere) when it is missing. */
    public static Path path() {
        Path model = sharedDir().resolve("models").resolve("stories260K.gguf");
        if (!Files.isRegularFile(model)) {
            String message = "the tiny test model is missing: " + model;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: model tests must not be skipped)");
            }
            Assumptions.abort(message);
        }
        return model;
    }

    /** The tiny model loaded once per test JVM (the binding leaks on reload, see ModelPool). */
    public static LocalModel shared(Path nativeDir) {
        return ModelPool.acquire(ModelSettings.cpu(path()), nativeDir);
    }

    /** A stable native-library directory for tests, so the library is unpacked once per build. */
    public static Path nativeDir() {
        return Path.of("target", "native").toAbsolutePath();
    }
}
