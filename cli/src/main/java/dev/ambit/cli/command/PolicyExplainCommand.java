package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.policy.BoundDescription;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.Policy;
import dev.ambit.engine.policy.PolicyLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ambit policy explain}: what one bound says and what it rests on. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a bound named in a verdict, e.g. eu.content.suicide-self-harm.", "Exits 2 for an unknown id."})
public final class PolicyExplainCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "BOUND-ID", description = "The bound id, as printed in a verdict's bounds.")
    String id;

    PolicyExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BundledPolicies bundled = BundledPolicies.load();
        List<Policy> policies = new ArrayList<>(bundled.all());
        PolicyLoader.installed(context.systemDir()).ifPresent(policies::add);
        for (Policy p : policies) {
            for (BoundDescription d : BoundDescription.of(p)) {
                if (d.ref().id().equals(id)) {
                    PrintWriter out = context.out();
                    out.println(d.ref().id());
                    out.println("  policy:  " + p.title() + " (" + p.id() + ", tier " + p.tier() + ", version " + p.version() + ")");
                    out.println("  kind:    " + d.kind());
                    out.println("  rule:    " + d.rule());
                    out.println("  source:  " + d.ref().source());
                    out.println("  rests on: " + String.join("; ", p.sources()));
                    out.flush();
                    return 0;
                }
            }
        }
        throw new InvalidInputException("unknown bound id '" + id + "' (see 'ambit policy show --effective' for the ids in force)");
    }
}
