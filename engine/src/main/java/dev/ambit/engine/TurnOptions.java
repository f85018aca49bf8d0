package dev.ambit.engine;

import dev.ambit.engine.inference.Sampling;
import java.util.Objects;

/**
 * Per-turn choices.
 *
 * @param sampling seed, temperature, token budget
 * @param unpersonalised answer without the tier-3 profile (the user's "raw" comparison)
 */
public record TurnOptions(Sampling sampling, boolean unpersonalised) {
    public TurnOptions {
        Objects.requireNonNull(sampling, "sampling");
    }

    public static TurnOptions of(Sampling sampling) {
        return new TurnOptions(sampling, false);
    }
}
