package dev.ambit.engine.policy;

import java.util.Locale;

/** What a bound does to a turn, ordered from most permissive to strictest. */
public enum Action {
    ALLOW,
    CAVEAT,
    REDIRECT,
    REFUSE;

    /** The stricter of two actions; merging tiers only ever moves up this order. */
    public Action strictest(Action other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
