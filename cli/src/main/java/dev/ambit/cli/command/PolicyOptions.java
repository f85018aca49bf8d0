package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.PolicyLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Which bounds apply: the jurisdiction, plus extra organisation policies that can only narrow. The installed
 * organisation policy always applies and cannot be switched off from here.
 */
public final class PolicyOptions {
    @Option(names = "--jurisdiction", paramLabel = "J",
            description = "Tier-1 jurisdiction: global, eu, de, uk or us (default: $AMBIT_JURISDICTION, else the one chosen at "
                    + "'ambit init', else eu). "
                    + "An installed organisation policy pins its own.")
    String jurisdiction;

    @Option(names = "--org", paramLabel = "FILE",
            description = "An extra signed organisation policy (repeatable, paired with --org-key); it can only narrow.")
    List<Path> orgPolicies = new ArrayList<>();

    @Option(names = "--org-key", paramLabel = "PUB", description = "Public key that --org's signature must verify under.")
    List<Path> orgKeys = new ArrayList<>();

    /** The jurisdiction asked for: the option, else {@code AMBIT_JURISDICTION}, else the default. */
    String jurisdiction(CliContext context) {
        return jurisdiction(context, Optional.empty());
    }

    /**
     * The jurisdiction asked for: the option, else {@code AMBIT_JURISDICTION}, else the one stored at
     * {@code ambit init}, else the default.
     */
    String jurisdiction(CliContext context, Optional<String> stored) {
        if (jurisdiction != null) {
            return jurisdiction;
        }
        String env = context.env().get("AMBIT_JURISDICTION");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return stored.filter(s -> !s.isBlank()).orElse(AssistantConfig.DEFAULT_JURISDICTION);
    }

    List<PolicyLoader.OrgPolicyFile> extraPolicies() {
        if (orgPolicies.size() != orgKeys.size()) {
            throw new InvalidInputException("give one --org-key PUB for each --org FILE (got " + orgPolicies.size()
                    + " --org and " + orgKeys.size() + " --org-key)");
        }
        List<PolicyLoader.OrgPolicyFile> files = new ArrayList<>();
        for (int i = 0; i < orgPolicies.size(); i++) {
            files.add(new PolicyLoader.OrgPolicyFile(orgPolicies.get(i), orgKeys.get(i)));
        }
        return files;
    }

    /** The bounds in force; fails closed (exit 6) on any policy problem, warns on stderr for ignored bounds. */
    EffectivePolicy effective(CliContext context) {
        return effective(context, Optional.empty());
    }

    /** As {@link #effective(CliContext)}, falling back to the jurisdiction stored in the user's profile. */
    EffectivePolicy effective(CliContext context, Optional<String> storedJurisdiction) {
        EffectivePolicy policy = PolicyLoader.load(BundledPolicies.load(), jurisdiction(context, storedJurisdiction),
                context.systemDir(), extraPolicies());
        for (String warning : policy.warnings()) {
            context.err().println("ambit: warning: " + warning);
        }
        context.err().flush();
        return policy;
    }
}
