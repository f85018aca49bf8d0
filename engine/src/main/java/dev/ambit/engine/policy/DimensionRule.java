package dev.ambit.engine.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The merged rule for one preference dimension: what tier 3 may choose.
 *
 * @param dimension the dimension
 * @param kind FREE (any valid value), ALLOWED (one of {@code allowed}) or LOCKED (only {@code allowed}'s one value)
 * @param allowed the admissible values; empty when FREE
 * @param bound the bound that set the rule; empty when FREE
 */
public record DimensionRule(Dimension dimension, DimensionBound.Kind kind, Set<String> allowed, Optional<BoundRef> bound) {
    public DimensionRule {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bound, "bound");
        allowed = Set.copyOf(allowed);
    }

    /** True when tier 3 may set the dimension to {@code value}. */
    public boolean admits(String value) {
        if (!dimension.accepts(value)) {
            return false;
        }
        return kind == DimensionBound.Kind.FREE || allowed.contains(dimension.normalise(value));
    }

    /** The value every reply must use, when the dimension is locked. */
    public Optional<String> locked() {
        return kind == DimensionBound.Kind.LOCKED ? Optional.of(allowed.iterator().next()) : Optional.empty();
    }
}
