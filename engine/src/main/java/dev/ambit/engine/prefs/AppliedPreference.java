package dev.ambit.engine.prefs;

import java.util.Objects;

/**
 * A preference of the user's profile that shaped a reply.
 *
 * @param dimension the preference dimension, e.g. {@code verbosity}
 * @param value the value applied, e.g. {@code short}
 */
public record AppliedPreference(String dimension, String value) {
    public AppliedPreference {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }
}
