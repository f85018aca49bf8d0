package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ambit profile}: the parent of the commands that read, teach and edit the tier-3 profile. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Read, teach and edit what ambit has learned about how you like to be answered."},
        subcommands = {ProfileLearnCommand.class})
public final class ProfileCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    ProfileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
