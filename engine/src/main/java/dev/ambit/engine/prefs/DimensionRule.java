package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.DimensionBound.Kind;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the bounds let the user choose on one dimension, as tier-3 learning reads it (the policy's own
 * {@link dev.ambit.engine.policy.DimensionRule} also names its dimension and may lack a bound where this one is FREE).
 *
 * @param kind FREE (any well-formed value), ALLOWED (only {@code values}) or LOCKED (only the single value), the
 *     policy's own kinds
 * @param values the allowed values; empty for FREE, exactly one for LOCKED
 * @param bound the bound that narrows the dimension; null only for FREE
 */
public record DimensionRule(Kind kind, Set<String> values, BoundRef bound) {
    public DimensionRule {
        Objects.requireNonNull(kind, "kind");
        values = Set.copyOf(values);
        switch (kind) {
            case FREE -> {
                if (!values.isEmpty() || bound != null) {
                    throw new IllegalArgumentException("a FREE rule takes no values and no bound, got " + values + " and " + bound);
                }
            }
            case ALLOWED -> {
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("an ALLOWED rule needs at least one value");
                }
                Objects.requireNonNull(bound, "bound");
            }
            case LOCKED -> {
                if (values.size() != 1) {
                    throw new IllegalArgumentException("a LOCKED rule needs exactly one value, got " + values);
                }
                Objects.requireNonNull(bound, "bound");
            }
        }
    }

    public static DimensionRule free() {
        return new DimensionRule(Kind.FREE, Set.of(), null);
    }

    public static DimensionRule allowed(BoundRef bound, String... values) {
        return new DimensionRule(Kind.ALLOWED, Set.of(values), bound);
    }

    public static DimensionRule locked(BoundRef bound, String value) {
        return new DimensionRule(Kind.LOCKED, Set.of(value), bound);
    }

    /** True when the bounds let the user hold {@code value} (well-formedness is the dimension's concern). */
    public boolean permits(String value) {
        // Policies keep language tags in lower case (BCP-47 tags are case-insensitive); learned ones keep the region's.
        return kind == Kind.FREE || values.contains(value) || values.contains(value.toLowerCase(Locale.ROOT));
    }
}
