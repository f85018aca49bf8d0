package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DataCategory;
import java.util.Objects;

/**
 * A proposed change to the profile, before the bounds have been consulted.
 *
 * @param dimension the dimension to set; null for a fact
 * @param fact the fact's name (e.g. {@code location}); null for a dimension
 * @param value the proposed value, well formed for the dimension
 * @param category the data category a fact falls under, for the data bounds; null for a dimension and for an
 *     ordinary fact (e.g. a hometown) that no data bound governs
 * @param evidence the text that produced the candidate
 * @param origin which extractor proposed it: the rules, or the optional model-based extractor (which only ever
 *     adds what the rules did not find, and whose candidates pass the same bounds check)
 */
public record Candidate(Dimension dimension, String fact, String value, DataCategory category, String evidence,
        Origin origin) {
    /** The fact name instruction-shaped text is filed under. */
    public static final String INSTRUCTION = "instruction";

    /** Which extractor proposed a candidate; shown to the user so a model's proposal is never mistaken for a rule's. */
    public enum Origin {
        RULES("rules"),
        MODEL("model");

        private final String wireName;

        Origin(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public Candidate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(evidence, "evidence");
        if ((dimension == null) == (fact == null)) {
            throw new IllegalArgumentException("a candidate is either a dimension or a fact, got dimension="
                    + dimension + " fact=" + fact);
        }
        if (dimension != null && !dimension.accepts(value)) {
            throw new IllegalArgumentException("value '" + value + "' is not a valid " + dimension.id()
                    + (dimension.isOpen() ? "" : " (expected one of " + dimension.vocabulary() + ")"));
        }
        if (fact != null && (fact.isBlank() || value.isBlank())) {
            throw new IllegalArgumentException("a fact needs a name and a value, got '" + fact + "' = '" + value + "'");
        }
    }

    /** A candidate the rules proposed. */
    public Candidate(Dimension dimension, String fact, String value, DataCategory category, String evidence) {
        this(dimension, fact, value, category, evidence, Origin.RULES);
    }

    public static Candidate of(Dimension dimension, String value, String evidence) {
        return new Candidate(dimension, null, value, null, evidence);
    }

    /** Text that tries to instruct the assistant: never a memory, whatever the policy says. */
    public static Candidate instruction(String evidence) {
        return new Candidate(null, INSTRUCTION, evidence, null, evidence);
    }

    public static Candidate fact(String name, String value, DataCategory category, String evidence) {
        return new Candidate(null, name, value, category, evidence);
    }

    /** True for instruction-shaped text, which {@link PreferenceBounds#NO_INSTRUCTIONS} keeps out of memory. */
    public boolean isInstruction() {
        return INSTRUCTION.equals(fact) && category == null;
    }

    /** True for a personal identifier (phone, e-mail, card, address, ...), which the data bounds minimise. */
    public boolean isIdentifier() {
        return category != null && !category.isSpecial();
    }

    public boolean isDimension() {
        return dimension != null;
    }

    /** The dimension's wire name or the fact's name. */
    public String name() {
        return dimension != null ? dimension.id() : fact;
    }
}
