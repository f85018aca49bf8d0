package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.util.Objects;

/**
 * Two values of one dimension to show the user side by side, chosen where the user's pick is expected to teach
 * the learner the most.
 *
 * @param dimension the dimension the two replies differ on
 * @param a the value behind reply a (the more probable of the two under the learner's posterior)
 * @param b the value behind reply b
 * @param confidence the learner's confidence in that dimension before the choice
 */
public record Comparison(Dimension dimension, String a, String b, double confidence) {
    public Comparison {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a comparison needs two different values, got " + a + " twice");
        }
    }
}
