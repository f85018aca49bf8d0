package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.profile.KdfCost;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.profile.ProfileException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit init}: creates the encrypted store. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create the encrypted store for your profile in $AMBIT_HOME/store.",
            "Non-interactive with --passphrase-file or $AMBIT_PASSPHRASE_FILE; otherwise asks twice, without echo.",
            "There is no way to recover a forgotten passphrase."})
public final class InitCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--jurisdiction", paramLabel = "J", defaultValue = "global",
            description = "Jurisdiction whose bounds apply: global, eu, de, uk or us (default: ${DEFAULT-VALUE}).")
    String jurisdiction;

    @Mixin
    PassphraseOptions passphrase;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String> jurisdictions = BundledPolicies.load().jurisdictions();
        if (!jurisdictions.contains(jurisdiction)) {
            throw new InvalidInputException("unknown jurisdiction \"" + jurisdiction + "\": expected one of "
                    + String.join(", ", jurisdictions));
        }
        if (Profile.exists(context.home())) {
            throw new ProfileException("a store already exists in " + Profile.directory(context.home())
                    + "; 'ambit profile forget --all' erases it if you want a new one");
        }
        KdfCost cost = StoreAccess.kdfCost(context);
        char[] secret = passphrase.requireNew(context, "store passphrase");
        try (Profile profile = Profile.create(context.home(), secret, cost, jurisdiction)) {
            context.out().println("created the encrypted store in " + Profile.directory(context.home())
                    + " (jurisdiction " + jurisdiction + ", key derivation " + cost.describe() + ")");
            context.out().println("keep the passphrase safe: without it the store cannot be opened, by anyone");
        }
        context.out().flush();
        return ExitCode.OK.code();
    }
}
