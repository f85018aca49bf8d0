package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.profile.Profile;

/** What {@code profile pause} and {@code profile resume} share: flipping the store's learning setting. */
final class ProfileLearningCommand {
    private ProfileLearningCommand() {}

    static int setPaused(CliContext context, PassphraseOptions passphrase, boolean paused) {
        try (Profile store = StoreAccess.open(context, passphrase)) {
            store.pauseLearning(paused);
            context.out().println(paused
                    ? "learning paused: your profile is still applied, nothing new is learned ('ambit profile resume' to go on)"
                    : "learning resumed");
            context.out().flush();
        }
        return ExitCode.OK.code();
    }
}
