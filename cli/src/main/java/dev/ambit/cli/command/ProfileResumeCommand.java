package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ambit profile resume}. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = {"Resume learning after 'ambit profile pause'."})
public final class ProfileResumeCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    ProfileResumeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return ProfileLearningCommand.setPaused(context, passphrase, false);
    }
}
