package dev.ambit.engine.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a kind of personal data may be remembered, ordered from most permissive to strictest. */
public enum DataAccess {
    /** May be remembered. */
    ALLOWED,
    /** Identifiers: remember only what the task needs, masked otherwise. */
    MINIMISE,
    /** Special categories: remember only after the user's explicit consent. */
    CONSENT,
    /** Never remembered. */
    NEVER;

    public DataAccess strictest(DataAccess other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DataAccess> parse(String text) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(text)).findFirst();
    }
}
