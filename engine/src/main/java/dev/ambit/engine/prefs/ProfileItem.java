package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.util.Locale;
import java.util.Objects;

/**
 * One stored piece of the profile, flat enough for any store: a kind, a name, a value and its provenance.
 *
 * @param kind DIMENSION (a preference value), FACT (something about the user) or EVIDENCE (the learner's
 *     scores for a dimension, as JSON)
 * @param name the dimension's wire name or the fact's name
 * @param value the value
 * @param provenance where it came from
 */
public record ProfileItem(Kind kind, String name, String value, Provenance provenance) {
    /** What an item holds. */
    public enum Kind {
        DIMENSION,
        FACT,
        EVIDENCE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String wire) {
            for (Kind k : values()) {
                if (k.wireName().equals(wire)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind must be dimension, fact or evidence, got '" + wire + "'");
        }
    }

    public ProfileItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (kind == Kind.DIMENSION) {
            Dimension d = Dimension.byName(name).orElseThrow(() ->
                    new IllegalArgumentException("name '" + name + "' is not a dimension"));
            if (!d.accepts(value)) {
                throw new IllegalArgumentException("value '" + value + "' is not a valid " + name);
            }
        }
    }

    /** The id the user names in {@code profile forget}: {@code kind:name}. */
    public String id() {
        return kind.wireName() + ":" + name;
    }

    /** Rebuilds an item from its stored columns. */
    public static ProfileItem fromRow(String kind, String name, String value, String provenanceJson) {
        return new ProfileItem(Kind.parse(kind), name, value, Provenance.fromJson(provenanceJson));
    }
}
