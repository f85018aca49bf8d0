package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.profile.ProfileItem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ambit profile remember TEXT}: stores a fact you state. */
@Command(name = "remember", mixinStandardHelpOptions = true,
        description = {"Remember a fact about you, encrypted in the store. Prints its id once it is durably saved."})
public final class ProfileRememberCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The fact, e.g. \"I am vegetarian\".")
    List<String> words;

    ProfileRememberCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Profile profile = StoreAccess.open(context, passphrase)) {
            ProfileItem item = profile.remember(String.join(" ", words));
            context.out().println("remembered " + item.id() + ": " + item.value());
        }
        context.out().flush();
        return ExitCode.OK.code();
    }
}
