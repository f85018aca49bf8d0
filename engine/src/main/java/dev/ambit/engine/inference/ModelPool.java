package dev.ambit.engine.inference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps each loaded model for the life of the process. java-llama.cpp does not free a model's native context on
 * close, so loading the same file again (a second conversation, a headless session, a test) must reuse the first
 * load instead of leaking a new one.
 */
public final class ModelPool {
    private static final Map<ModelSettings, LocalModel> MODELS = new HashMap<>();

    private ModelPool() {}

    /** The model for these settings, loading it on first use. */
    public static synchronized LocalModel acquire(ModelSettings settings, Path nativeDir) {
        LocalModel model = MODELS.get(settings);
        if (model == null) {
            model = LocalModel.load(settings, nativeDir);
            MODELS.put(settings, model);
        }
        return model;
    }
}
