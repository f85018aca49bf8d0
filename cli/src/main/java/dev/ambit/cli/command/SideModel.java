package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.catalog.ModelResolver;
import dev.ambit.engine.inference.GgufMetadata;
import dev.ambit.engine.inference.ModelSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model that works beside the chat model (the guard model, the extractor model), named by an option or else an
 * environment variable. It runs with the chat model's threads and GPU layers, and with exactly the chat model's
 * settings when it is the same file, so the process loads that file once (see {@code ModelPool}).
 */
final class SideModel {
    private SideModel() {}

    /**
     * The side model's settings, or empty when neither {@code option} nor the variable {@code env} names one.
     * The file's header is read here, so a wrong path fails before anything else loads.
     */
    static Optional<ModelSettings> settings(CliContext context, Path option, String env, Optional<ModelSettings> chat) {
        Path named = option;
        if (named == null) {
            String fromEnv = context.env().get(env);
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
}
