package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
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

    /** How to load the guard model, when one was named (see {@link SideModel}). */
    Optional<ModelSettings> settings(CliContext context, ModelSettings chat) {
        return SideModel.settings(context, guardModel, ENV, Optional.of(chat));
    }
}
