package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code ambit profile}: what ambit knows about you. Subcommands are registered in the list below. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Show, teach, erase and export what ambit knows about you (kept encrypted in the store)."},
        subcommands = {
            ProfileRememberCommand.class,
            ProfileLearnCommand.class,
            ProfileShowCommand.class,
            ProfileForgetCommand.class,
            ProfileExportCommand.class,
            ProfileExplainCommand.class,
            ProfileSetCommand.class,
            ProfilePauseCommand.class,
            ProfileResumeCommand.class
        })
public final class ProfileCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    ProfileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("ambit: profile needs a subcommand");
        spec.commandLine().usage(context.err());
        context.err().flush();
        return ExitCode.USAGE.code();
    }
}
