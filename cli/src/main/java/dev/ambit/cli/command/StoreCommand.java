package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.profile.KdfCost;
import dev.ambit.engine.profile.Profile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ambit store}: key management for the encrypted store. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Manage the store's keys."},
        subcommands = {StoreCommand.Passwd.class, StoreCommand.RotateKey.class})
public final class StoreCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    StoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("ambit: store needs a subcommand");
        spec.commandLine().usage(context.err());
        context.err().flush();
        return ExitCode.USAGE.code();
    }

    /** {@code ambit store passwd}: re-wraps the keyset under a new passphrase. */
    @Command(name = "passwd", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Change the store passphrase. Only the keyset is re-wrapped; the data is untouched."})
    static final class Passwd implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        PassphraseOptions passphrase;

        @Option(names = "--new-passphrase-file", paramLabel = "FILE",
                description = "File holding the new passphrase (default: asked twice at the terminal).")
        Path newFile;

        Passwd(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Profile profile = StoreAccess.open(context, passphrase)) {
                KdfCost cost = StoreAccess.kdfCost(context);
                char[] fresh = Optional.ofNullable(newFile)
                        .map(f -> PassphraseOptions.read(f, "--new-passphrase-file"))
                        .orElseGet(() -> {
                            if (!context.interactive()) {
                                throw new dev.ambit.engine.profile.ProfileException(
                                        "no new passphrase given: use --new-passphrase-file FILE");
                            }
                            return PassphraseOptions.promptNew("store passphrase");
                        });
                profile.changePassphrase(fresh, cost);
            }
            context.out().println("changed the store passphrase");
            context.out().flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code ambit store rotate-key}: re-encrypts all data under a new key. */
    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = {"Re-encrypt everything under a fresh key and destroy the old one.",
                "Crash-safe: if interrupted, the next open finishes the rotation."})
    static final class RotateKey implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        PassphraseOptions passphrase;

        RotateKey(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Profile profile = StoreAccess.open(context, passphrase)) {
                profile.rotateKey();
            }
            context.out().println("re-encrypted the store under a new key; the old key is destroyed");
            context.out().flush();
            return ExitCode.OK.code();
        }
    }
}
