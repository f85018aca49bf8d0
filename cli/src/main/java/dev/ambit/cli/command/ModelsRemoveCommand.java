package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.catalog.ModelLibrary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ambit models rm NAME}: delete an installed model. */
@Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove an installed model.")
public final class ModelsRemoveCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "NAME", description = "The installed model.")
    String name;

    ModelsRemoveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ModelLibrary library = new ModelLibrary(context.home());
        library.remove(name);
        context.out().println("removed " + name);
        return ExitCode.OK.code();
    }
}
