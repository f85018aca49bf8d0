package dev.ambit.engine.catalog;

import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.inference.ModelException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which model file a command uses: {@code --model PATH}, else {@code AMBIT_MODEL}, else the default
 * installed model.
 */
public final class ModelResolver {
    private final AmbitHome home;
    private final Map<String, String> env;

    public ModelResolver(AmbitHome home, Map<String, String> env) {
        this.home = home;
        this.env = Map.copyOf(env);
    }

    public Path resolve(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String fromEnv = env.get("AMBIT_MODEL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        throw new ModelException("no model to run: pass --model PATH to a GGUF file or set AMBIT_MODEL"
                + " (models are kept in " + home.modelsDir() + ")");
    }
}
