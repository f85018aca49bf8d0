package dev.ambit.engine.inference;

import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.CacheType;
import dev.ambit.engine.InvalidInputException;
import java.util.Objects;

/**
 * What llama.cpp is asked for when a model loads: the user's settings checked against the file's metadata, and the
 * context size they resolve to. Checks that would otherwise end in a native abort happen here, in Java.
 *
 * @param settings the user's settings
 * @param context tokens of context: the setting, else min({@link ModelSettings#DEFAULT_CONTEXT}, trained context)
 * @param trainedContext the context the model was trained with, 0 when the file does not say
 */
record LoadPlan(ModelSettings settings, int context, long trainedContext) {
    private static final int Q8_BLOCK = 32;
    /**
     * Prompt tokens llama.cpp computes at once (its default is 512). The compute buffer grows with it: for a
     * 135M-parameter model at context 2048 it is 6.6 MiB at 256 against 13.1 at 512, and without flash attention
     * the attention matrix of a 4096-token context halves with it. Prompt speed on the CPU was the same (433-token
     * prompt, one thread, four interleaved pairs: 50.9 against 49.9 tokens/s); generation computes one token at a
     * time and never reaches it.
     */
    static final int MICRO_BATCH = 256;

    LoadPlan {
        Objects.requireNonNull(settings, "settings");
        if (context < 1) {
            throw new IllegalArgumentException("context must be at least 1, got " + context);
        }
    }

    static LoadPlan of(ModelSettings settings, GgufMetadata meta) {
        checkCacheFits(settings, meta);
        long trained = meta.trainedContextLength().orElse(0L);
        int context = settings.contextSize() > 0
                ? settings.contextSize()
                : (int) Math.min(ModelSettings.DEFAULT_CONTEXT, trained > 0 ? trained : ModelSettings.DEFAULT_CONTEXT);
        return new LoadPlan(settings, context, trained);
    }

    /** llama.cpp aborts the whole process on a quantised cache whose rows are not whole 32-value blocks. */
    private static void checkCacheFits(ModelSettings settings, GgufMetadata meta) {
        if (settings.kvCache() == KvCache.F16) {
            return;
        }
        long head = meta.keyHeadSize().orElse(0L);
        if (head <= 0 || head % Q8_BLOCK != 0) {
            throw new InvalidInputException("--kv-cache " + settings.kvCache().wireName() + " needs attention heads whose "
                    + "size is a multiple of " + Q8_BLOCK + "; " + settings.path().getFileName() + " has "
                    + (head > 0 ? "heads of " + head : "no head size in its metadata") + ": use --kv-cache f16");
        }
    }

    ModelParameters parameters() {
        ModelParameters p = new ModelParameters().setModel(settings.path().toString()).setCtxSize(context);
        p.setUbatchSize(MICRO_BATCH);
        if (settings.threads() > 0) {
            p.setThreads(settings.threads()).setThreadsBatch(settings.threads());
        }
        if (settings.flashAttention()) {
            p.enableFlashAttn();
        }
        if (settings.kvCache() == KvCache.Q8_0) {
            p.setCacheTypeK(CacheType.Q8_0).setCacheTypeV(CacheType.Q8_0);
        }
        // Passing --gpu-layers 0 makes a CPU-only build print warnings to stderr; only pass a real request.
        if (settings.gpuLayers() > 0) {
            p.setGpuLayers(settings.gpuLayers());
        }
        if (!settings.verbose()) {
            p.disableLog();
        }
        return p;
    }
}
