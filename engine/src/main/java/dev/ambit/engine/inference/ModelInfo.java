package dev.ambit.engine.inference;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What was loaded.
 *
 * @param path the GGUF file
 * @param architecture {@code general.architecture} from the file
 * @param contextSize context actually allocated, in tokens
 * @param trainedContext context the model was trained with (0 when the file does not say)
 * @param embeddedTemplate whether the file carries its own chat template (otherwise a plain one is used)
 * @param threads threads requested (0 = llama.cpp's choice)
 * @param gpuLayers layers requested for GPU offload
 * @param loadMillis wall time of the load
 */
public record ModelInfo(
        Path path,
        String architecture,
        int contextSize,
        long trainedContext,
        boolean embeddedTemplate,
        int threads,
        int gpuLayers,
        double loadMillis) {
    public ModelInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(architecture, "architecture");
        if (contextSize <= 0) {
            throw new IllegalArgumentException("contextSize must be > 0, got " + contextSize);
        }
    }

    /** The file name, which is how users recognise a model. */
    public String name() {
        return path.getFileName().toString();
    }
}
