package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.catalog.ModelImporter;
import dev.ambit.engine.catalog.ModelLibrary;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit models import FILE}: install a GGUF file that is already on this machine. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Install a local GGUF file (for machines without internet).",
            "When the catalogue lists the file (by SHA-256 or by --name), its digest must match."})
public final class ModelsImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Name to install it under (default: the catalogue's name for this file, else the file name).")
    String name;

    @Option(names = "--link", description = "Install a symbolic link to FILE instead of a copy.")
    boolean link;

    @Option(names = "--force", description = "Replace an installed model of the same name.")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "The GGUF file.")
    Path file;

    ModelsImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.home().ensureExists();
        ModelImporter.Outcome outcome = new ModelImporter(new ModelLibrary(context.home()))
                .importFile(file, Optional.ofNullable(name), link, force, catalogOption.catalog(context));
        String matched = outcome.matched().map(e -> e.sha256().isPresent()
                        ? "matches the catalogue entry " + e.name()
                        : "catalogue entry " + e.name() + " has no verified digest to compare")
                .orElse("not in the catalogue");
        if (outcome.installed()) {
            context.out().println("imported " + outcome.model().name() + " (SHA-256 " + outcome.model().sha256() + ", "
                    + matched + ") at " + outcome.model().path());
        } else {
            context.out().println(outcome.model().name() + " is already installed with the same SHA-256 ("
                    + matched + ")");
        }
        return ExitCode.OK.code();
    }
}
