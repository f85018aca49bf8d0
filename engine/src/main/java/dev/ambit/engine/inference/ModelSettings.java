package dev.ambit.engine.inference;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to load a model.
 *
 * @param path GGUF file
 * @param contextSize tokens of context; 0 means min(4096, the context the model was trained with)
 * @param threads CPU threads for generation; 0 lets llama.cpp pick (physical cores)
 * @param gpuLayers layers to offload to a GPU; 0 keeps everything on the CPU
 * @param verbose when true llama.cpp's own log goes to stderr; otherwise it is silenced
 * @param kvCache how the attention cache stores keys and values
 * @param flashAttention whether attention runs fused (llama.cpp's flash attention): it never builds the full
 *     attention matrix, so the compute buffer stays small; always on with a quantised cache
 */
public record ModelSettings(Path path, int contextSize, int threads, int gpuLayers, boolean verbose, KvCache kvCache,
        boolean flashAttention) {
    public static final int DEFAULT_CONTEXT = 4096;
    public static final KvCache DEFAULT_KV_CACHE = KvCache.F16;
    public static final boolean DEFAULT_FLASH_ATTENTION = false;

    public ModelSettings {
        Objects.requireNonNull(path, "path");
        if (contextSize < 0 || contextSize > 1 << 20) {
            throw new IllegalArgumentException("contextSize must be within [0, 1048576] (0 = automatic), got " + contextSize);
        }
        if (threads < 0 || threads > 1024) {
            throw new IllegalArgumentException("threads must be within [0, 1024] (0 = automatic), got " + threads);
        }
        if (gpuLayers < 0 || gpuLayers > 100_000) {
            throw new IllegalArgumentException("gpuLayers must be within [0, 100000], got " + gpuLayers);
        }
        Objects.requireNonNull(kvCache, "kvCache");
        path = path.toAbsolutePath().normalize();
        flashAttention = flashAttention || kvCache != KvCache.F16;
    }

    /** The default cache layout and attention for the other settings. */
    public ModelSettings(Path path, int contextSize, int threads, int gpuLayers, boolean verbose) {
        this(path, contextSize, threads, gpuLayers, verbose, DEFAULT_KV_CACHE, DEFAULT_FLASH_ATTENTION);
    }

    public static ModelSettings cpu(Path path) {
        return new ModelSettings(path, 0, 0, 0, false);
    }
}
