package dev.ambit.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An item to store.
 *
 * @param kind lower-case word, e.g. {@code fact}, {@code preference}, {@code feedback}
 * @param name lookup key (encrypted deterministically so {@link Store#find} works); empty for none
 * @param value the content (encrypted)
 * @param provenance where it came from, a JSON object by convention (encrypted)
 */
public record NewItem(String kind, String name, String value, String provenance) {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,31}");

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
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be a lower-case word of at most 32 characters, got \"" + kind + "\"");
        }
    }
}
