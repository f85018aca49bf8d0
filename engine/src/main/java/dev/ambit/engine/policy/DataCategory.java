package dev.ambit.engine.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of personal data a policy governs: the special categories of GDPR Art. 9 and 10 (remembered never,
 * with consent, or freely) and personal identifiers (never, minimised, or freely).
 */
public enum DataCategory {
    HEALTH("health", true),
    GENETICS("genetics", true),
    BIOMETRICS("biometrics", true),
    RELIGION("religion", true),
    BELIEFS("beliefs", true),
    POLITICS("politics", true),
    UNION_MEMBERSHIP("union-membership", true),
    ETHNICITY("ethnicity", true),
    SEXUALITY("sexuality", true),
    CRIMINAL_RECORD("criminal-record", true),
    PHONE("phone", false),
    EMAIL("email", false),
    CARD("card", false),
    ADDRESS("address", false),
    NATIONAL_ID("national-id", false),
    LOCATION("location", false);

    private final String id;
    private final boolean special;

    DataCategory(String id, boolean special) {
        this.id = id;
        this.special = special;
    }

    public String id() {
        return id;
    }

    /** True for a special category (consent applies), false for a personal identifier (minimisation applies). */
    public boolean isSpecial() {
        return special;
    }

    /** Whether a rule makes sense for this kind of data: consent is for special categories, minimise for identifiers. */
    public boolean admits(DataAccess access) {
        return switch (access) {
            case CONSENT -> special;
            case MINIMISE -> !special;
            case ALLOWED, NEVER -> true;
        };
    }

    public static Optional<DataCategory> parse(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
