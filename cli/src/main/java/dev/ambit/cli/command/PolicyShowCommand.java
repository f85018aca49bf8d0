package dev.ambit.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.CliContext;
import dev.ambit.cli.json.PolicyJson;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.ContentRule;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.policy.DataRule;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DimensionBound;
import dev.ambit.engine.policy.DimensionRule;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import dev.ambit.engine.policy.Policy;
import dev.ambit.engine.policy.PolicyLoader;
import dev.ambit.engine.policy.Requirement;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ambit policy show}: the available policies, or with {@code --effective} the merged bounds in force. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the bundled and installed policies; --effective shows the merged bounds in force."})
public final class PolicyShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--effective", description = "Show the merged bounds (every rule with the bound behind it).")
    boolean effective;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    PolicyShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = context.out();
        if (effective) {
            EffectivePolicy e = policyOptions.effective(context);
            if (json) {
                out.println(ReplyJson.MAPPER.writeValueAsString(PolicyJson.effective(e)));
            } else {
                printEffective(out, e);
            }
            out.flush();
            return 0;
        }
        BundledPolicies bundled = BundledPolicies.load();
        Optional<Policy> installed = PolicyLoader.installed(context.systemDir());
        if (json) {
            ObjectNode root = ReplyJson.MAPPER.createObjectNode();
            ArrayNode list = root.putArray("bundled");
            bundled.all().forEach(p -> list.add(PolicyJson.policy(p, "policies/" + bundled.path(p.id()))));
            if (installed.isPresent()) {
                root.set("installed", PolicyJson.policy(installed.get(), context.systemDir().resolve(PolicyLoader.POLICY_FILE).toString()));
            } else {
                root.putNull("installed");
            }
            root.put("jurisdiction", policyOptions.jurisdiction(context));
            out.println(ReplyJson.MAPPER.writeValueAsString(root));
        } else {
            out.println("Bundled policies (integrity-checked):");
            for (Policy p : bundled.all()) {
                out.printf("  %-15s tier %d  v%-3d %s%s%n", p.id(), p.tier(), p.version(), p.title(),
                        p.extendsId().map(x -> " (extends " + x + ")").orElse(p.jurisdiction().map(j -> " (example, for " + j + ")").orElse("")));
            }
            out.println("Installed organisation policy (" + context.systemDir().resolve(PolicyLoader.POLICY_FILE) + "): "
                    + installed.map(p -> p.id() + " v" + p.version() + ", signature verified").orElse("none"));
            out.println("Jurisdiction asked for: " + policyOptions.jurisdiction(context)
                    + installed.flatMap(Policy::jurisdiction).map(j -> " (pinned to " + j + " by the organisation)").orElse(""));
        }
        out.flush();
        return 0;
    }

    private static void printEffective(PrintWriter out, EffectivePolicy e) {
        out.println("Jurisdiction: " + e.jurisdiction() + "    tiers: "
                + String.join(" > ", e.tiers().stream().map(p -> p.id() + " v" + p.version()).toList()));
        out.println("\nContent (input / output):");
        for (Hazard h : Hazard.values()) {
            ContentRule in = e.content(h, Direction.INPUT);
            ContentRule outRule = e.content(h, Direction.OUTPUT);
            out.printf("  %-4s %-27s %-9s / %-9s %s%n", h.code(), h.id(), in.action().wireName(), outRule.action().wireName(),
                    in.bound().map(b -> b.id()).orElse("-"));
        }
        out.println("\nDimensions:");
        for (Dimension d : Dimension.values()) {
            DimensionRule r = e.dimension(d);
            String rule = r.kind() == DimensionBound.Kind.FREE ? "free"
                    : r.kind() == DimensionBound.Kind.LOCKED ? "locked to " + r.locked().orElseThrow()
                    : "allowed: " + String.join(", ", r.allowed().stream().sorted().toList());
            out.printf("  %-15s %-32s %s%n", d.id(), rule, r.bound().map(b -> b.id()).orElse(""));
        }
        out.println("\nData:");
        for (DataCategory c : DataCategory.values()) {
            DataRule r = e.data(c);
            out.printf("  %-17s %-9s %s%n", c.id(), r.access().wireName(), r.bound().map(b -> b.id()).orElse(""));
        }
        out.println("  retention: " + (e.retention().days().isPresent() ? e.retention().days().getAsInt() + " days" : "no limit")
                + e.retention().bound().map(b -> "  " + b.id()).orElse(""));
        out.println("  transcripts: " + (e.transcripts().keep() ? "may be kept" : "not kept")
                + e.transcripts().bound().map(b -> "  " + b.id()).orElse(""));
        out.println("\nRequired instructions (system prompt, before any preference):");
        for (Requirement r : e.instructions()) {
            out.println("  - " + r.text() + "  [" + r.bound().id() + "]");
        }
        for (Hazard h : Hazard.values()) {
            for (Requirement r : e.caveats(h)) {
                out.println("  caveat on " + h.id() + ": " + r.text() + "  [" + r.bound().id() + "]");
            }
        }
        for (String w : e.warnings()) {
            out.println("warning: " + w);
        }
    }
}
