package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ambit profile pause}. */
@Command(name = "pause", mixinStandardHelpOptions = true, description = {"Pause learning: the profile is still applied, nothing new is learned or stored."})
public final class ProfilePauseCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    ProfilePauseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return ProfileLearningCommand.setPaused(context, passphrase, true);
    }
}
