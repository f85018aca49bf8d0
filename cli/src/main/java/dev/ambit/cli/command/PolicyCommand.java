package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ambit policy}: inspect, check, test, sign and verify the bounds of tiers 1 and 2. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = {"The bounds of tiers 1 (jurisdiction) and 2 (organisation).",
            "Policy errors (unsigned, tampered, invalid or widening policies) exit 6."},
        subcommands = {PolicyShowCommand.class, PolicyCheckCommand.class, PolicyTestCommand.class,
            PolicyExplainCommand.class, PolicyKeygenCommand.class, PolicySignCommand.class, PolicyVerifyCommand.class})
public final class PolicyCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    PolicyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(context.out());
        return 0;
    }
}
