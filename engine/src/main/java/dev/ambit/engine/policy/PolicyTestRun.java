package dev.ambit.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs a policy's own test cases against the bounds it takes part in, so an organisation can prove its policy
 * before deploying it.
 */
public final class PolicyTestRun {
    private PolicyTestRun() {}

    /** One case's outcome; {@code actual} says what the bounds did. */
    public record Result(String policyId, PolicyTestCase testCase, boolean passed, String actual) {
        public Result {
            Objects.requireNonNull(policyId, "policyId");
            Objects.requireNonNull(testCase, "testCase");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /**
     * @param policy the policy whose cases run
     * @param effective the merged bounds that policy is part of (its jurisdiction chain, itself last)
     */
    public static List<Result> run(Policy policy, EffectivePolicy effective, HazardDetector detector) {
        Guard guard = new Guard(effective, detector);
        List<Result> results = new ArrayList<>();
        for (PolicyTestCase c : policy.tests()) {
            results.add(check(policy.id(), c, effective, guard));
        }
        return results;
    }

    private static Result check(String policyId, PolicyTestCase c, EffectivePolicy effective, Guard guard) {
        if (c instanceof PolicyTestCase.Content content) {
            Verdict v = content.direction() == HazardDetector.Direction.INPUT
                    ? guard.input(content.text()) : guard.output(content.text());
            return new Result(policyId, c, v.action() == content.expect(), v.action().wireName());
        }
        if (c instanceof PolicyTestCase.DimensionValue dim) {
            boolean admitted = effective.dimension(dim.dimension()).admits(dim.value());
            return new Result(policyId, c, admitted == dim.admitted(), admitted ? "admitted" : "rejected");
        }
        PolicyTestCase.Data data = (PolicyTestCase.Data) c;
        DataAccess access = effective.data(data.category()).access();
        return new Result(policyId, c, access == data.expect(), access.wireName());
    }

    /** The bounds a bundled policy is tested in: its jurisdiction chain, or for an organisation its pinned one. */
    public static EffectivePolicy context(BundledPolicies bundled, Policy policy, String defaultJurisdiction) {
        if (policy.tier() == 1) {
            return EffectivePolicy.merge(bundled.chain(policy.id()), MergeMode.STRICT);
        }
        return PolicyLoader.merge(bundled, policy.jurisdiction().orElse(defaultJurisdiction), List.of(policy));
    }
}
