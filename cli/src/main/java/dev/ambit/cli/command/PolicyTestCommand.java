package dev.ambit.cli.command;

import dev.ambit.cli.CliContext;
import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.MergeMode;
import dev.ambit.engine.policy.Policy;
import dev.ambit.engine.policy.PolicyException;
import dev.ambit.engine.policy.PolicyParser;
import dev.ambit.engine.policy.PolicyTestRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ambit policy test}: runs policies' own test cases. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the test cases that policies ship ([[tests]]): every bundled policy, or the given files.",
            "A file is tested on top of the jurisdiction it extends or pins. Exits 6 when a case fails."})
public final class PolicyTestCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    PolicyOptions policyOptions;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Policy files to test (default: every bundled policy).")
    List<Path> files = new ArrayList<>();

    PolicyTestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BundledPolicies bundled = BundledPolicies.load();
        PrintWriter out = context.out();
        int passed = 0;
        int failed = 0;
        for (Policy policy : policies(bundled)) {
            EffectivePolicy effective = context(bundled, policy);
            for (PolicyTestRun.Result r : PolicyTestRun.run(policy, effective, new DeterministicGuard())) {
                out.println((r.passed() ? "PASS " : "FAIL ") + policy.id() + ": " + r.testCase().describe()
                        + (r.passed() ? "" : " (got " + r.actual() + ")"));
                if (r.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        if (failed > 0) {
            throw new PolicyException(failed + " policy test case" + (failed == 1 ? "" : "s") + " failed");
        }
        return 0;
    }

    private List<Policy> policies(BundledPolicies bundled) {
        if (files.isEmpty()) {
            return bundled.all();
        }
        List<Policy> policies = new ArrayList<>();
        for (Path f : files) {
            try {
                policies.add(PolicyParser.parse(Files.readAllBytes(f), f.toString()));
            } catch (NoSuchFileException e) {
                throw new PolicyException("policy " + f + " does not exist", e);
            } catch (IOException e) {
                throw new PolicyException("policy " + f + " cannot be read: " + e.getMessage(), e);
            }
        }
        return policies;
    }

    /** Bundled policies in their own chain; a file on top of what it extends, replacing a bundled copy of itself. */
    private EffectivePolicy context(BundledPolicies bundled, Policy policy) {
        if (policy.tier() == 2 || bundled.find(policy.id()).filter(policy::equals).isPresent()) {
            return PolicyTestRun.context(bundled, policy, policyOptions.jurisdiction(context));
        }
        List<Policy> chain = new ArrayList<>(policy.extendsId().map(bundled::chain).orElse(List.of()));
        chain.add(policy);
        return EffectivePolicy.merge(chain, MergeMode.STRICT);
    }
}
