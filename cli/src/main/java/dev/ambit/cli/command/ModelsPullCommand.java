package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.catalog.Bytes;
import dev.ambit.engine.catalog.CatalogEntry;
import dev.ambit.engine.catalog.ModelDownloader;
import dev.ambit.engine.catalog.ModelLibrary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit models pull NAME}: download, verify and install a catalogued model. */
@Command(name = "pull", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download a model from the catalogue, verify its SHA-256 and install it.",
            "An interrupted download resumes where it stopped when run again."})
public final class ModelsPullCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    CatalogOption catalogOption;

    @Option(names = "--force", description = "Download and install again even when already installed.")
    boolean force;

    @Option(names = "--allow-unverified",
            description = "Accept a catalogue entry without a verified SHA-256; the digest found is recorded.")
    boolean allowUnverified;

    @Parameters(paramLabel = "NAME", description = "The model's name in the catalogue (see: ambit models list).")
    String name;

    ModelsPullCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CatalogEntry entry = catalogOption.catalog(context).require(name);
        pull(context, entry, force, allowUnverified);
        return ExitCode.OK.code();
    }

    /** Pulls {@code entry} with a progress display and reports the outcome on stdout. */
    static void pull(CliContext context, CatalogEntry entry, boolean force, boolean allowUnverified) {
        context.home().ensureExists();
        ModelLibrary library = new ModelLibrary(context.home());
        ProgressPrinter progress = new ProgressPrinter(context.err(), entry.name(), context.interactive());
        ModelDownloader.Outcome outcome = new ModelDownloader(library).pull(entry, force, allowUnverified, progress);
        if (!outcome.downloaded()) {
            context.out().println(entry.name() + " is already installed at " + outcome.model().path()
                    + " (use --force to download it again)");
        } else {
            context.out().println("installed " + entry.name() + " (" + Bytes.human(sizeOf(outcome.model().path()))
                    + ", SHA-256 " + outcome.model().sha256() + ") at " + outcome.model().path());
            if (!entry.verified()) {
                context.out().println("note: the catalogue had no verified digest for " + entry.name()
                        + "; compare the SHA-256 above with the publisher's before relying on it");
            }
        }
        context.out().flush();
    }

    private static long sizeOf(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
