package dev.ambit.engine.policy;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A policy's rule for one preference dimension.
 *
 * @param id stable bound id, e.g. {@code global.dimension.agreement}
 * @param dimension the dimension
 * @param kind free, a set of allowed values, or locked to one value
 * @param values the allowed values (ALLOWED), the single locked value (LOCKED), empty (FREE)
 * @param source the law or rule it rests on
 */
public record DimensionBound(String id, Dimension dimension, Kind kind, Set<String> values, String source) {
    public enum Kind { FREE, ALLOWED, LOCKED }

    public DimensionBound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Set<String> normalised = new LinkedHashSet<>();
        for (String v : values) {
            if (!dimension.accepts(v)) {
                throw new IllegalArgumentException("dimension bound " + id + ": '" + v + "' is not a value of "
                        + dimension.id() + (dimension.isOpen() ? "" : " (one of " + dimension.vocabulary() + ")"));
            }
            normalised.add(dimension.normalise(v));
        }
        values = Set.copyOf(normalised);
        switch (kind) {
            case FREE -> {
                if (!values.isEmpty()) {
                    throw new IllegalArgumentException("dimension bound " + id + ": free takes no values, got " + values);
                }
            }
            case ALLOWED -> {
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("dimension bound " + id + ": allow needs at least one value");
                }
            }
            case LOCKED -> {
                if (values.size() != 1) {
                    throw new IllegalArgumentException("dimension bound " + id + ": lock takes exactly one value, got " + values);
                }
            }
        }
    }
}
