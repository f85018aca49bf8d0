package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.catalog.ModelLibrary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ambit models default NAME}: the installed model used when no --model is given. */
@Command(name = "default", mixinStandardHelpOptions = true,
        description = "Make an installed chat model the default (used when neither --model nor AMBIT_MODEL is set).")
public final class ModelsDefaultCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "NAME", description = "The installed model.")
    String name;

    ModelsDefaultCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        new ModelLibrary(context.home()).setDefault(name);
        context.out().println("default model: " + name);
        return ExitCode.OK.code();
    }
}
