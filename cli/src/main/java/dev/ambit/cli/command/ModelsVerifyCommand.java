package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.catalog.Catalog;
import dev.ambit.engine.catalog.DownloadException;
import dev.ambit.engine.catalog.InstalledModel;
import dev.ambit.engine.catalog.ModelLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ambit models verify [NAME]}: hash installed models again and compare with their recorded digests. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check installed models against their SHA-256 (all of them, or NAME).",
            "Exits 7 when any model is damaged or differs from its catalogue entry."})
public final class ModelsVerifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "One installed model (default: all).")
    String name;

    ModelsVerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelLibrary library = new ModelLibrary(context.home());
        Catalog catalog = catalogOption.catalog(context);
        List<InstalledModel> models = name != null ? List.of(library.require(name)) : library.installed();
        if (models.isEmpty()) {
            context.out().println("no models installed in " + library.dir());
            return ExitCode.OK.code();
        }
        List<String> failed = new ArrayList<>();
        for (InstalledModel model : models) {
            try {
                library.verify(model);
                catalog.find(model.name()).flatMap(e -> e.sha256()).filter(d -> !d.equals(model.sha256()))
                        .ifPresent(d -> {
                            throw new DownloadException(model.name() + " is intact but differs from the catalogue's "
                                    + "SHA-256 " + d + " (installed: " + model.sha256() + ")");
                        });
                context.out().println("ok      " + model.name() + "  " + model.sha256());
            } catch (DownloadException e) {
                context.out().println("FAILED  " + model.name());
                context.err().println("ambit: " + e.getMessage());
                failed.add(model.name());
            }
        }
        context.out().flush();
        context.err().flush();
        if (!failed.isEmpty()) {
            throw new DownloadException(failed.size() + " of " + models.size() + " models failed verification: "
                    + String.join(", ", failed));
        }
        return ExitCode.OK.code();
    }
}
