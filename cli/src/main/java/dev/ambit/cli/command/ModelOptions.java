package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.catalog.ModelResolver;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.policy.EffectivePolicy;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which model to run and how to load it; shared by every command that generates. */
public final class ModelOptions {
    @Option(names = {"-m", "--model"}, paramLabel = "PATH",
            description = "GGUF model file (default: $AMBIT_MODEL, else the default installed model).")
    Path model;

    @Option(names = "--ctx-size", paramLabel = "N", defaultValue = "0",
            description = "Context size in tokens (default: 0 = min(4096, the model's trained context)).")
    int contextSize;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "CPU threads for generation (default: 0 = physical cores).")
    int threads;

    @Option(names = "--gpu-layers", paramLabel = "N", defaultValue = "0",
            description = "Layers to offload to a GPU; needs a GPU build of the native library (default: 0).")
    int gpuLayers;

    ModelSettings settings(CliContext context) {
        Path path = new ModelResolver(context.home(), context.env()).resolve(Optional.ofNullable(model));
        try {
            return new ModelSettings(path, contextSize, threads, gpuLayers, context.verbose());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /**
     * Loads the model and opens the assistant, held to the default bounds: the jurisdiction from
     * {@code AMBIT_JURISDICTION} (else the default) and the installed organisation policy (fails closed).
     */
    Assistant openAssistant(CliContext context) {
        return openAssistant(context, new PolicyOptions().effective(context));
    }

    /** Loads the model (once per process) and opens the assistant around it, held to {@code policy}. */
    Assistant openAssistant(CliContext context, EffectivePolicy policy) {
        return Assistant.open(new AssistantConfig(context.home(), settings(context), policy));
    }
}
