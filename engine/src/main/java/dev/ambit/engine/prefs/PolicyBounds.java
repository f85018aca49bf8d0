package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DimensionBound;
import dev.ambit.engine.policy.EffectivePolicy;
import java.util.Objects;

/**
 * The real bounds of tiers 1 and 2 as {@link PreferenceBounds}: each rule is the stricter of the merged
 * policy's and ambit's own baseline ({@link PreferenceBounds#global()}), so a policy can narrow what tier 3 may
 * hold but never loosen the baseline (special categories only with consent, identifiers minimised, honest
 * agreement, AI disclosure and safety caveats locked). Where both are equally strict the policy's bound is
 * named, since it carries the law the decision rests on. Instruction-shaped text stays out of memory whatever
 * either says ({@link Admissibility}).
 */
public final class PolicyBounds implements PreferenceBounds {
    private final EffectivePolicy policy;
    private final PreferenceBounds baseline = PreferenceBounds.global();

    private PolicyBounds(EffectivePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static PreferenceBounds of(EffectivePolicy policy) {
        return new PolicyBounds(policy);
    }

    @Override
    public DimensionRule dimension(Dimension dimension) {
        dev.ambit.engine.policy.DimensionRule rule = policy.dimension(dimension);
        if (rule.kind() == DimensionBound.Kind.FREE || rule.bound().isEmpty()) {
            return baseline.dimension(dimension);
        }
        BoundRef bound = rule.bound().get();
        return rule.kind() == DimensionBound.Kind.LOCKED
                ? DimensionRule.locked(bound, rule.allowed().iterator().next())
                : new DimensionRule(DimensionBound.Kind.ALLOWED, rule.allowed(), bound);
    }

    @Override
    public DataRule data(DataCategory category) {
        dev.ambit.engine.policy.DataRule rule = policy.data(category);
        DataRule base = baseline.data(category);
        // The baseline stands unless the policy is at least as strict (then its bound is named).
        if (rule.bound().isEmpty() || rule.access().strictest(base.access()) != rule.access()) {
            return base;
        }
        return new DataRule(rule.access(), rule.bound().get());
    }
}
