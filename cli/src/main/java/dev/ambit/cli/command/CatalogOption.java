package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.catalog.Catalog;
import dev.ambit.engine.catalog.ModelResolver;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which model catalogue to use: {@code --catalog FILE}, else {@code AMBIT_CATALOG}, else the bundled models.txt. */
public final class CatalogOption {
    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Model catalogue (a mirror or your organisation's list) in the models.txt format "
                    + "(default: $AMBIT_CATALOG, else the bundled models.txt).")
    Path file;

    Catalog catalog(CliContext context) {
        return file != null ? Catalog.load(file) : ModelResolver.catalog(context.env());
    }
}
