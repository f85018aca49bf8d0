package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.catalog.ModelResolver;
import dev.ambit.engine.inference.ModelSettings;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The optional guard model: a model that classifies each input on top of the deterministic guard. */
public final class GuardModelOptions {
    static final String ENV = "AMBIT_GUARD_MODEL";

    @Option(names = "--guard-model", paramLabel = "PATH",
            description = "GGUF guard model (e.g. Llama Guard 3 1B) or installed model name that also judges each "
                    + "input; it can only add refusals (default: $AMBIT_GUARD_MODEL, else none).")
    Path guardModel;

    /**
     * How to load the guard model, when one was named: with the chat model's threads and GPU layers, and exactly
     * the chat model's settings when it is the same file, so the process loads it once (see {@code ModelPool}).
     */
    Optional<ModelSettings> settings(CliContext context, ModelSettings chat) {
        Path named = guardModel;
        if (named == null) {
            String fromEnv = context.env().get(ENV);
            if (fromEnv == null || fromEnv.isBlank()) {
                return Optional.empty();
            }
            named = Path.of(fromEnv.strip());
        }
        Path path = new ModelResolver(context.home(), context.env()).resolve(Optional.of(named));
        try {
            ModelSettings guard = new ModelSettings(path, 0, chat.threads(), chat.gpuLayers(), chat.verbose());
            return Optional.of(guard.path().equals(chat.path()) ? chat : guard);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
