package dev.ambit.engine;

import dev.ambit.engine.inference.ModelSettings;
import java.util.Objects;

/**
 * What an {@link Assistant} needs to start.
 *
 * @param home the data directory
 * @param model which model to load and how
 */
public record AssistantConfig(AmbitHome home, ModelSettings model) {
    public AssistantConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(model, "model");
    }
}
