package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.cli.ExitCode;
import dev.ambit.engine.profile.Profile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ambit profile export FILE}: your data as readable JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write everything in the store (settings, items, transcripts, audit log) as readable, "
            + "unencrypted JSON to FILE (readable by you only). FILE must not exist yet."})
public final class ProfileExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PassphraseOptions passphrase;

    @Parameters(paramLabel = "FILE", description = "Where to write the JSON.")
    Path file;

    ProfileExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Profile profile = StoreAccess.open(context, passphrase)) {
            profile.export(file);
        }
        context.out().println("exported your data to " + file.toAbsolutePath().normalize() + " (unencrypted)");
        context.out().flush();
        return ExitCode.OK.code();
    }
}
