package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.policy.PolicySignatures;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ambit policy keygen}: a new Ed25519 key pair for signing organisation policies. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Create a signing key pair: NAME.pub (install with the policy) and NAME.key (owner-only; keep secret).",
            "Never overwrites an existing key (exit 6)."})
public final class PolicyKeygenCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--out", required = true, paramLabel = "DIR/NAME", description = "Where to write NAME.pub and NAME.key.")
    Path out;

    PolicyKeygenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PolicySignatures.KeyFiles keys = PolicySignatures.keygen(out);
        context.out().println("public key:  " + keys.publicKey());
        context.out().println("private key: " + keys.privateKey() + " (mode 0600; keep it off the laptops)");
        context.out().flush();
        return 0;
    }
}
