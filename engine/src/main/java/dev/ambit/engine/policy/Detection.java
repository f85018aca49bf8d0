package dev.ambit.engine.policy;

import java.util.Objects;

/**
 * A detector's finding: this text falls under a hazard category.
 *
 * @param hazard the category
 * @param rule the detector rule that fired, e.g. "weapons.synthesis-instructions" (for explanations and evals)
 * @param confidence within [0, 1]; deterministic rules report 1
 */
public record Detection(Hazard hazard, String rule, double confidence) {
    public Detection {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
    }
}
