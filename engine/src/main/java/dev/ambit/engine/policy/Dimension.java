package dev.ambit.engine.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The preference dimensions that bounds can govern, with their vocabularies: the one vocabulary of policies
 * and preference learning alike, so a value outside a closed vocabulary is invalid everywhere. Ordered
 * vocabularies (e.g. verbosity short &lt; medium &lt; long) let a learned value be clamped to the nearest allowed
 * one; unordered ones cannot. {@code language} takes BCP-47 tags and {@code address} free text (open
 * vocabularies).
 */
public enum Dimension {
    VERBOSITY("verbosity", true, "short", "medium", "long"),
    FORMALITY("formality", true, "casual", "neutral", "formal"),
    TONE("tone", false, "warm", "neutral", "direct"),
    HUMOUR("humour", true, "none", "light", "playful"),
    // Ordered by how much list structure a reply has.
    FORMAT("format", true, "prose", "mixed", "bullets"),
    EXPERTISE("expertise", true, "beginner", "intermediate", "expert"),
    LANGUAGE("language", false),
    UNITS("units", false, "metric", "imperial"),
    ADDRESS("address", false),
    EXAMPLES("examples", true, "none", "some", "many"),
    EMOJI("emoji", true, "none", "some"),
    AGREEMENT("agreement", false, "honest", "agreeable"),
    AI_DISCLOSURE("ai_disclosure", false, "on", "off"),
    SAFETY_CAVEATS("safety_caveats", false, "on", "off");

    private static final Pattern BCP47 = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private static final int MAX_ADDRESS_LENGTH = 60;

    private final String id;
    private final boolean ordered;
    private final List<String> values;

    Dimension(String id, boolean ordered, String... values) {
        this.id = id;
        this.ordered = ordered;
        this.values = List.of(values);
    }

    /** True when the values have an order, so an out-of-range value can be clamped to the nearest allowed one. */
    public boolean ordered() {
        return ordered;
    }

    /** Position of {@code value} in the order; -1 when the dimension is unordered or the value unknown. */
    public int rank(String value) {
        return ordered ? values.indexOf(value) : -1;
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
            case ADDRESS -> value.length() <= MAX_ADDRESS_LENGTH && value.codePoints().noneMatch(Character::isISOControl);
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

    /** Like {@link #parse}, forgiving case, spaces, hyphens for underscores and the spelling "humor" (user input). */
    public static Optional<Dimension> byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return parse(key.equals("humor") ? "humour" : key);
    }
}
