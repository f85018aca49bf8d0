package dev.ambit.engine;

import dev.ambit.engine.prefs.Comparison;
import java.util.Objects;

/**
 * Two answers to the same message that differ on one preference dimension, for the user to pick from.
 *
 * @param comparison the dimension and the two values
 * @param a the reply with {@code comparison.a()}
 * @param b the reply with {@code comparison.b()}
 */
public record ComparedReplies(Comparison comparison, Reply a, Reply b) {
    public ComparedReplies {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }
}
