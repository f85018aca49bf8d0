package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.profile.Profile;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit profile forget ID | --all}: erases one item, or everything by destroying the keys. */
@Command(name = "forget", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Forget one item by id, or everything with --all.",
            "--all destroys the keys (crypto-shredding) and deletes the store: no copy of it can be decrypted "
            + "afterwards. It needs no passphrase. It asks for confirmation unless --yes is given, and refuses "
            + "without --yes when not run from a terminal."})
public final class ProfileForgetCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Id of the item to forget (see 'ambit profile show').")
    Long id;

    @Option(names = "--all", description = "Erase the whole store and its keys.")
    boolean all;

    @Option(names = "--yes", description = "With --all: do not ask for confirmation.")
    boolean yes;

    ProfileForgetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (all == (id != null)) {
            throw new InvalidInputException("give either an item ID or --all");
        }
        if (all) {
            return forgetAll();
        }
        try (Profile profile = StoreAccess.open(context, passphrase)) {
            profile.forget(id);
        }
        context.out().println("forgot item " + id);
        context.out().flush();
        return ExitCode.OK.code();
    }

    private int forgetAll() throws IOException {
        var dir = Profile.directory(context.home());
        if (!Profile.exists(context.home())) {
            context.out().println("no store in " + dir + ": nothing to forget");
            context.out().flush();
            return ExitCode.OK.code();
        }
        if (!yes) {
            if (!context.interactive()) {
                throw new InvalidInputException("refusing to erase everything without confirmation: add --yes");
            }
            context.out().print("Erase everything ambit knows about you in " + dir
                    + "? This cannot be undone. Type 'yes' to confirm: ");
            context.out().flush();
            String answer = context.in().readLine();
            if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                context.out().println("nothing was erased");
                context.out().flush();
                return ExitCode.OK.code();
            }
        }
        Profile.forgetAll(context.home());
        context.out().println("erased the store in " + dir + ": its keys are destroyed and its files deleted");
        context.out().flush();
        return ExitCode.OK.code();
    }
}
