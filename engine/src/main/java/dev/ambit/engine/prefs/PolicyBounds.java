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
                : new DimensionRule(DimensionRule.Mode.ALLOWED, rule.allowed(), bound);
    }

    @Override
    public DataRule data(DataCategory category) {
        dev.ambit.engine.policy.DataRule rule = policy.data(category);
        DataRule base = baseline.data(category);
        DataRule.Access access = switch (rule.access()) {
            case NEVER -> DataRule.Access.NEVER;
            case CONSENT -> DataRule.Access.CONSENT;
            case MINIMISE -> DataRule.Access.MINIMISE;
            case ALLOWED -> DataRule.Access.ALLOWED;
        };
        // Access is declared strictest first.
        if (rule.bound().isEmpty() || access.compareTo(base.access()) > 0) {
            return base;
        }
        return new DataRule(access, rule.bound().get());
    }
}
