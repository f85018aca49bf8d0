package dev.ambit.store;

import java.util.Objects;

/**
 * An item to store.
 *
 * @param kind lower-case word, e.g. {@code fact}, {@code preference}, {@code feedback}
 * @param name lookup key (encrypted deterministically so {@link Store#find} works); empty for none
 * @param value the content (encrypted)
 * @param provenance where it came from, a JSON object by convention (encrypted)
 */
public record NewItem(String kind, String name, String value, String provenance) {
    public NewItem {
        checkKind(kind);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("value must not be empty");
        }
    }

    /** A fact with no lookup key. */
    public static NewItem fact(String value, String provenance) {
        return new NewItem("fact", "", value, provenance);
    }

    static void checkKind(String kind) {
        if (!isKind(kind)) {
            throw new IllegalArgumentException("kind must be a lower-case word of at most 32 characters, got \"" + kind + "\"");
        }
    }

    /**
     * {@code [a-z][a-z0-9_]{0,31}}, spelled out: every item loaded is checked, and for a 10,000-item profile a
     * regex matcher per item cost more than decrypting the names.
     */
    private static boolean isKind(String kind) {
        if (kind == null || kind.isEmpty() || kind.length() > 32 || !lower(kind.charAt(0))) {
            return false;
        }
        for (int i = 1; i < kind.length(); i++) {
            char ch = kind.charAt(i);
            if (!lower(ch) && !(ch >= '0' && ch <= '9') && ch != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char ch) {
        return ch >= 'a' && ch <= 'z';
    }
}
