package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.MergeMode;
import dev.ambit.engine.policy.Policy;
import dev.ambit.engine.policy.PolicyLoader;
import dev.ambit.engine.policy.PolicyParser;
import dev.ambit.engine.policy.PolicySignatures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ambit policy verify}: signature, validity and narrowing of a policy file. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check FILE.sig against a public key, then that the policy is valid and only narrows the "
            + "tiers above it. Exits 0 when all holds, 6 otherwise."})
public final class PolicyVerifyCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--key", required = true, paramLabel = "NAME.pub", description = "The public key to verify with.")
    Path key;

    @Parameters(paramLabel = "FILE", description = "The signed policy file.")
    Path file;

    PolicyVerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        byte[] bytes = PolicySignatures.verified(key, file);
        Policy policy = PolicyParser.parse(bytes, file.toString());
        BundledPolicies bundled = BundledPolicies.load();
        EffectivePolicy merged;
        if (policy.tier() == 2) {
            merged = PolicyLoader.merge(bundled, policyOptions.jurisdiction(context), List.of(policy));
        } else {
            List<Policy> chain = new ArrayList<>(policy.extendsId().map(bundled::chain).orElse(List.of()));
            chain.add(policy);
            merged = EffectivePolicy.merge(chain, MergeMode.STRICT);
        }
        context.out().println("ok: " + file + " is signed by " + key + " and narrows "
                + String.join(" > ", merged.tiers().stream().map(Policy::id).toList()));
        context.out().flush();
        return 0;
    }
}
