package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.profile.KdfCost;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.profile.ProfileException;
import java.util.Optional;

/** How commands reach the store: open it when it must exist, or only when it is there. */
final class StoreAccess {
    private StoreAccess() {}

    /** Opens the store; when there is none, says how to create one (exit 5). */
    static Profile open(CliContext context, PassphraseOptions passphrase) {
        AmbitHome home = context.home();
        if (!Profile.exists(home)) {
            throw new ProfileException("no store in " + Profile.directory(home) + ": create one with 'ambit init'");
        }
        return Profile.open(home, passphrase.require(context, "Store passphrase: "));
    }

    /**
     * For commands that work without a profile ({@code ask}, {@code chat}): the unlocked store when one exists
     * and a passphrase is at hand; empty (with a warning) when it exists but no passphrase was given. A wrong
     * passphrase is still an error: answering as if there were no profile would hide it.
     */
    static Optional<Profile> openIfPresent(CliContext context, PassphraseOptions passphrase) {
        AmbitHome home = context.home();
        if (!Profile.exists(home)) {
            return Optional.empty();
        }
        Optional<char[]> secret = passphrase.find(context, "Store passphrase: ");
        if (secret.isEmpty()) {
            context.err().println("ambit: the store is locked (give --passphrase-file or set "
                    + PassphraseOptions.ENV + "); answering without your profile");
            context.err().flush();
            return Optional.empty();
        }
        return Optional.of(Profile.open(home, secret.get()));
    }

    /** The KDF cost for new wrappings, warning when it is the weak test setting. */
    static KdfCost kdfCost(CliContext context) {
        KdfCost cost = KdfCost.fromEnvironment(context.env());
        if (cost == KdfCost.TEST) {
            context.err().println("ambit: warning: AMBIT_KDF=test uses weak key derivation (" + cost.describe()
                    + "); never use it for real data");
            context.err().flush();
        }
        return cost;
    }
}
