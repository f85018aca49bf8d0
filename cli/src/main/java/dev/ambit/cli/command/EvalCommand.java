package dev.ambit.cli.command;

import picocli.CommandLine.Command;

/** {@code ambit eval}: measurements of the assistant's parts on labelled sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure a part of the assistant on a labelled data set."},
        subcommands = {GuardEvalCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to evaluate, e.g. ambit eval guard");
    }
}
