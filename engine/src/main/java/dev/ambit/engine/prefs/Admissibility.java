package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.DimensionBound;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.policy.BoundRef;

/**
 * Decides every candidate against the effective bounds before anything is stored. Pure: the same candidate and
 * bounds always give the same admission.
 */
public final class Admissibility {
    private Admissibility() {}

    public static Admission check(Candidate candidate, PreferenceBounds bounds) {
        return candidate.isDimension() ? dimension(candidate, bounds) : fact(candidate, bounds, false);
    }

    /** Like {@link #check}, after the user explicitly confirmed a needs-consent fact. */
    public static Admission checkConsented(Candidate candidate, PreferenceBounds bounds) {
        return candidate.isDimension() ? dimension(candidate, bounds) : fact(candidate, bounds, true);
    }

    private static Admission dimension(Candidate c, PreferenceBounds bounds) {
        Dimension d = c.dimension();
        DimensionRule rule = bounds.dimension(d);
        String value = c.value();
        if (rule.permits(value)) {
            return new Admission(c, Admission.Status.ACCEPTED, value, null, d.id() + " set to " + value);
        }
        BoundRef bound = rule.bound();
        if (rule.kind() == DimensionBound.Kind.LOCKED) {
            return new Admission(c, Admission.Status.REJECTED, value, bound, d.id() + " is locked to "
                    + rule.values().iterator().next() + " by " + describe(bound));
        }
        String nearest = nearest(d, value, rule);
        if (nearest != null) {
            return new Admission(c, Admission.Status.CLAMPED, nearest, bound, d.id() + " " + value
                    + " is outside the allowed range; clamped to " + nearest + " by " + describe(bound));
        }
        return new Admission(c, Admission.Status.REJECTED, value, bound, d.id() + " " + value
                + " is not allowed (allowed: " + String.join(", ", rule.values().stream().sorted().toList()) + ") by "
                + describe(bound));
    }

    /** The allowed value closest in the dimension's order, or the same language without its region; else null. */
    static String nearest(Dimension d, String value, DimensionRule rule) {
        if (d == Dimension.LANGUAGE) {
            String primary = value.split("-")[0];
            return rule.values().contains(primary) ? primary : null;
        }
        int rank = d.rank(value);
        if (rank < 0) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String allowed : d.vocabulary()) {
            int distance = Math.abs(d.rank(allowed) - rank);
            // Ties go to the lower value: the more restrained reply is the safer guess.
            if (rule.permits(allowed) && distance < bestDistance) {
                best = allowed;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Admission fact(Candidate c, PreferenceBounds bounds, boolean consented) {
        if (c.isInstruction()) {
            return new Admission(c, Admission.Status.REJECTED, c.value(), PreferenceBounds.NO_INSTRUCTIONS,
                    "instructions to the assistant are never remembered (" + describe(PreferenceBounds.NO_INSTRUCTIONS) + ")");
        }
        if (c.category() == null) {
            return new Admission(c, Admission.Status.ACCEPTED, c.value(), null, "fact remembered");
        }
        DataRule rule = bounds.data(c.category());
        BoundRef bound = rule.bound();
        String what = c.category().id().replace('-', ' ') + " data";
        return switch (rule.access()) {
            case NEVER -> new Admission(c, Admission.Status.REJECTED, c.value(), bound,
                    what + " is never remembered under " + describe(bound));
            case CONSENT -> consented
                    ? new Admission(c, Admission.Status.ACCEPTED, c.value(), bound, what + " remembered with your consent")
                    : new Admission(c, Admission.Status.NEEDS_CONSENT, c.value(), bound,
                            what + " is remembered only if you confirm (" + describe(bound) + ")");
            case MINIMISE -> {
                String reduced = c.isIdentifier() ? Identifiers.minimise(c.category(), c.value()) : c.value();
                yield reduced.equals(c.value())
                        ? new Admission(c, Admission.Status.ACCEPTED, reduced, bound, what + " remembered")
                        : new Admission(c, Admission.Status.CLAMPED, reduced, bound,
                                what + " minimised to '" + reduced + "' by " + describe(bound));
            }
            case ALLOWED -> new Admission(c, Admission.Status.ACCEPTED, c.value(), bound, what + " remembered");
        };
    }

    private static String describe(BoundRef bound) {
        return bound.id() + " (tier " + bound.tier() + ", " + bound.source() + ")";
    }
}
