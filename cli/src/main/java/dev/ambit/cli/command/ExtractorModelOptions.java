package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.inference.ModelPool;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.prefs.ModelStatementExtractor;
import dev.ambit.engine.prefs.PreferenceLearner;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The optional extractor model: a model that reads statements for preferences the rules miss. It can only
 * propose; the bounds decide every proposal as they decide the rules'.
 */
public final class ExtractorModelOptions {
    static final String ENV = "AMBIT_EXTRACTOR_MODEL";

    @Option(names = "--extractor-model", paramLabel = "PATH",
            description = "GGUF model or installed model name that also reads statements for preferences the rules "
                    + "miss; it can only propose, the bounds still decide (default: $AMBIT_EXTRACTOR_MODEL, else none).")
    Path extractorModel;

    /** How to load the extractor model, when one was named (see {@link SideModel}). */
    Optional<ModelSettings> settings(CliContext context, Optional<ModelSettings> chat) {
        return SideModel.settings(context, extractorModel, ENV, chat);
    }

    /**
     * Loads the model named by {@code settings} (once per process) and lets {@code learner} consult it; for
     * commands without an assistant ({@code profile learn}), which otherwise has them consult it.
     */
    static void attach(CliContext context, Optional<ModelSettings> settings, PreferenceLearner learner) {
        settings.ifPresent(s -> learner.useModelExtractor(
                new ModelStatementExtractor(ModelPool.acquire(s, context.home().nativeDir()))));
    }
}
