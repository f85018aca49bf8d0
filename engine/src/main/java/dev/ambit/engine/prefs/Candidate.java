package dev.ambit.engine.prefs;

import java.util.Objects;

/**
 * A proposed change to the profile, before the bounds have been consulted.
 *
 * @param dimension the dimension to set; null for a fact
 * @param fact the fact's name (e.g. {@code location}); null for a dimension
 * @param value the proposed value, well formed for the dimension
 * @param category what a fact is about; {@link DataCategory#GENERAL} for dimensions
 * @param evidence the text that produced the candidate
 */
public record Candidate(Dimension dimension, String fact, String value, DataCategory category, String evidence) {
    public Candidate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(evidence, "evidence");
        if ((dimension == null) == (fact == null)) {
            throw new IllegalArgumentException("a candidate is either a dimension or a fact, got dimension="
                    + dimension + " fact=" + fact);
        }
        if (dimension != null && !dimension.accepts(value)) {
            throw new IllegalArgumentException("value '" + value + "' is not a valid " + dimension.wireName()
                    + (dimension.open() ? "" : " (expected one of " + dimension.allowedValues() + ")"));
        }
        if (fact != null && (fact.isBlank() || value.isBlank())) {
            throw new IllegalArgumentException("a fact needs a name and a value, got '" + fact + "' = '" + value + "'");
        }
    }

    public static Candidate of(Dimension dimension, String value, String evidence) {
        return new Candidate(dimension, null, value, DataCategory.GENERAL, evidence);
    }

    public static Candidate fact(String name, String value, DataCategory category, String evidence) {
        return new Candidate(null, name, value, category, evidence);
    }

    public boolean isDimension() {
        return dimension != null;
    }

    /** The dimension's wire name or the fact's name. */
    public String name() {
        return dimension != null ? dimension.wireName() : fact;
    }
}
