package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores how well a reply's measurable features fit the learned profile, for best-of-n reranking: the higher the
 * better, 0 a perfect fit. Each dimension that the reply shows and the profile holds costs the distance between
 * the two (ranks on an ordered dimension, else 0 or 1); within the preferred verbosity a reply nearer its
 * preferred end costs a little less (under 0.5, so never more than one rank), so among short replies the
 * shortest wins. An empty reply fits no one and scores below any other. Only preferences the bounds in force
 * permit are scored against, as for the prompt. Immutable.
 */
public final class ReplyScorer {
    private final Map<Dimension, String> preferred;

    /** Scores against {@code preferred}, values of the dimensions' vocabularies (language: a BCP-47 tag). */
    public ReplyScorer(Map<Dimension, String> preferred) {
        this.preferred = Map.copyOf(Objects.requireNonNull(preferred, "preferred"));
    }

    /** No preferences: every non-empty reply scores 0, so reranking keeps the first candidate. */
    public static ReplyScorer none() {
        return new ReplyScorer(Map.of());
    }

    /** Scores against the part of {@code profile} that {@code bounds} let shape a reply. */
    public static ReplyScorer of(Profile profile, PreferenceBounds bounds) {
        Map<Dimension, String> admissible = new EnumMap<>(Dimension.class);
        for (AppliedPreference p : Personalisation.of(profile, bounds).applied()) {
            Dimension.byName(p.dimension()).ifPresent(d -> admissible.put(d, p.value()));
        }
        return new ReplyScorer(admissible);
    }

    public double score(ReplyFeatures features) {
        Objects.requireNonNull(features, "features");
        if (features.words() == 0) {
            return -(2.0 * preferred.size() + 1);
        }
        Map<Dimension, String> shown = features.observed();
        double cost = 0;
        for (Map.Entry<Dimension, String> e : preferred.entrySet()) {
            String seen = shown.get(e.getKey());
            if (seen != null) {
                cost += distance(e.getKey(), e.getValue(), seen);
            }
        }
        String verbosity = preferred.get(Dimension.VERBOSITY);
        if (verbosity != null) {
            cost += lengthCost(verbosity, features.words());
        }
        return -cost;
    }

    private static int distance(Dimension d, String wanted, String seen) {
        if (d == Dimension.LANGUAGE) {
            // Replies are measured by primary language only: "de" fits a user who asked for "de-AT".
            return primary(wanted).equals(primary(seen)) ? 0 : 1;
        }
        return d.ordered() ? Math.abs(d.rank(wanted) - d.rank(seen)) : wanted.equals(seen) ? 0 : 1;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    /** In [0, 0.5): how far {@code words} sits from the preferred end of its verbosity. */
    private static double lengthCost(String verbosity, int words) {
        return switch (verbosity) {
            case "short" -> 0.5 * words / (words + ReplyFeatures.SHORT_WORDS);
            case "long" -> 0.5 * ReplyFeatures.MEDIUM_WORDS / (words + ReplyFeatures.MEDIUM_WORDS);
            default -> {
                double middle = (ReplyFeatures.SHORT_WORDS + ReplyFeatures.MEDIUM_WORDS) / 2.0;
                double off = Math.abs(words - middle);
                yield 0.5 * off / (off + middle);
            }
        };
    }
}
