package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.BoundRef;
import java.util.Locale;
import java.util.Objects;

/**
 * The bounds' decision on one candidate.
 *
 * @param candidate what was proposed
 * @param status accepted, clamped, needs-consent or rejected
 * @param value what would be stored: the proposed value, or its clamped or minimised form
 * @param bound the bound that shaped the decision; null when nothing narrowed it
 * @param note one sentence for the user saying what happened and why
 */
public record Admission(Candidate candidate, Status status, String value, BoundRef bound, String note) {
    /** Outcome of the admissibility check. */
    public enum Status {
        ACCEPTED,
        CLAMPED,
        NEEDS_CONSENT,
        REJECTED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Admission {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        if (status != Status.ACCEPTED && bound == null) {
            throw new IllegalArgumentException("a " + status.wireName() + " decision must name its bound");
        }
    }

    /** True when the value may be stored now. */
    public boolean storable() {
        return status == Status.ACCEPTED || status == Status.CLAMPED;
    }
}
