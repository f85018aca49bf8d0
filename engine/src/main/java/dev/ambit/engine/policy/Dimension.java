package dev.ambit.engine.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The preference dimensions that bounds can govern, with their vocabularies. Shared with preference learning:
 * a value outside a closed vocabulary is invalid everywhere. {@code language} takes BCP-47 tags and
 * {@code address} free text (open vocabularies).
 */
public enum Dimension {
    VERBOSITY("verbosity", "short", "medium", "long"),
    FORMALITY("formality", "casual", "neutral", "formal"),
    TONE("tone", "warm", "neutral", "direct"),
    HUMOUR("humour", "none", "light", "playful"),
    FORMAT("format", "prose", "bullets", "mixed"),
    EXPERTISE("expertise", "beginner", "intermediate", "expert"),
    LANGUAGE("language"),
    UNITS("units", "metric", "imperial"),
    ADDRESS("address"),
    EXAMPLES("examples", "none", "some", "many"),
    EMOJI("emoji", "none", "some"),
    AGREEMENT("agreement", "honest", "agreeable"),
    AI_DISCLOSURE("ai_disclosure", "on", "off"),
    SAFETY_CAVEATS("safety_caveats", "on", "off");

    private static final Pattern BCP47 = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private final String id;
    private final List<String> values;

    Dimension(String id, String... values) {
        this.id = id;
        this.values = List.of(values);
    }

    /** The name used in policy files and the profile, e.g. {@code verbosity}. */
    public String id() {
        return id;
    }

    /** The closed vocabulary, in order; empty for the open dimensions {@code language} and {@code address}. */
    public List<String> vocabulary() {
        return values;
    }

    public boolean isOpen() {
        return values.isEmpty();
    }

    /** True when {@code value} is a well-formed value of this dimension. */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (this) {
            case LANGUAGE -> BCP47.matcher(value).matches();
            case ADDRESS -> value.length() <= 80;
            default -> values.contains(value);
        };
    }

    /** Values are compared case-sensitively except language tags, which BCP-47 treats case-insensitively. */
    public String normalise(String value) {
        return this == LANGUAGE ? value.toLowerCase(Locale.ROOT) : value;
    }

    public static Optional<Dimension> parse(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
