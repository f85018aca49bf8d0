package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code ambit models}: the catalogue and the installed models. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"List, download, import, verify and remove local models.",
            "Downloads and verification failures exit 7; nothing is installed unless its SHA-256 matches."},
        subcommands = {ModelsListCommand.class, ModelsPullCommand.class, ModelsImportCommand.class,
            ModelsVerifyCommand.class, ModelsRemoveCommand.class, ModelsDefaultCommand.class})
public final class ModelsCommand implements Runnable {
    private final CliContext context;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ModelsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
