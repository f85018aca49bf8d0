package dev.ambit.engine.prefs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documented preference dimensions of tier 3 and the values each may take. Most are a closed list; ordered
 * lists (e.g. verbosity short &lt; medium &lt; long) can be clamped to the nearest allowed value, unordered ones
 * cannot. {@link #LANGUAGE} takes BCP-47 tags and {@link #ADDRESS} free text (how the user wants to be called).
 */
public enum Dimension {
    VERBOSITY("verbosity", true, "short", "medium", "long"),
    FORMALITY("formality", true, "casual", "neutral", "formal"),
    TONE("tone", false, "warm", "neutral", "direct"),
    HUMOUR("humour", true, "none", "light", "playful"),
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

    private static final Pattern BCP47 = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?");
    private static final int MAX_ADDRESS_LENGTH = 60;

    private final String wireName;
    private final boolean ordered;
    private final List<String> values;

    Dimension(String wireName, boolean ordered, String... values) {
        this.wireName = wireName;
        this.ordered = ordered;
        this.values = List.of(values);
    }

    public String wireName() {
        return wireName;
    }

    /** True when the values have an order, so an out-of-range value can be clamped to the nearest allowed one. */
    public boolean ordered() {
        return ordered;
    }

    /** The closed list of values; empty for {@link #LANGUAGE} and {@link #ADDRESS}, whose values are open. */
    public List<String> allowedValues() {
        return values;
    }

    public boolean open() {
        return values.isEmpty();
    }

    /** True when {@code value} is well formed for this dimension (before any bound is consulted). */
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

    /** Position of {@code value} in the order; -1 when the dimension is unordered or the value unknown. */
    public int rank(String value) {
        return ordered ? values.indexOf(value) : -1;
    }

    public static Optional<Dimension> byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Dimension d : values()) {
            if (d.wireName.equals(key) || (d == HUMOUR && key.equals("humor"))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
