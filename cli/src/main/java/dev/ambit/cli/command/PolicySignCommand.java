package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.policy.PolicySignatures;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit policy sign}: a detached signature FILE.sig. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Sign a policy file with a private key, writing FILE.sig beside it."})
public final class PolicySignCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--key", required = true, paramLabel = "NAME.key", description = "The private key from 'policy keygen'.")
    Path key;

    @Parameters(paramLabel = "FILE", description = "The policy file to sign.")
    Path file;

    PolicySignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path sig = PolicySignatures.sign(key, file);
        context.out().println("signed: " + sig);
        context.out().flush();
        return 0;
    }
}
