package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.catalog.ModelResolver;
import dev.ambit.engine.inference.GgufMetadata;
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

    /**
     * How to load the extractor model, when one was named: with the chat model's threads and GPU layers when there
     * is one, and exactly the chat model's settings when it is the same file, so the process loads it once.
     * The file's header is read here, so a wrong path fails before anything else loads.
     */
    Optional<ModelSettings> settings(CliContext context, Optional<ModelSettings> chat) {
        Path named = extractorModel;
        if (named == null) {
            String fromEnv = context.env().get(ENV);
            if (fromEnv == null || fromEnv.isBlank()) {
                return Optional.empty();
            }
            named = Path.of(fromEnv.strip());
        }
        Path path = new ModelResolver(context.home(), context.env()).resolve(Optional.of(named));
        GgufMetadata.read(path);
        try {
            ModelSettings own = chat.map(c -> new ModelSettings(path, 0, c.threads(), c.gpuLayers(), c.verbose()))
                    .orElseGet(() -> new ModelSettings(path, 0, 0, 0, context.verbose()));
            return Optional.of(chat.filter(c -> c.path().equals(own.path())).orElse(own));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
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
