package dev.ambit.engine;

import java.util.List;

/**
 * A turn answered best-of-n: every candidate, its score against the learned profile, and the one kept.
 *
 * @param candidates the replies, candidate i sampled with the turn's seed plus i; one reply when the input was
 *     refused (nothing was generated)
 * @param scores each candidate's fit to the profile ({@code ReplyScorer}), in the same order
 * @param chosen the index of the kept reply: the highest score, the first on a tie, one the bounds stopped only
 *     when all were
 */
public record BestOfReplies(List<Reply> candidates, List<Double> scores, int chosen) {
    public BestOfReplies {
        candidates = List.copyOf(candidates);
        scores = List.copyOf(scores);
        if (candidates.isEmpty() || scores.size() != candidates.size()) {
            throw new IllegalArgumentException("candidates and scores must be non-empty and of one size, got "
                    + candidates.size() + " and " + scores.size());
        }
        if (chosen < 0 || chosen >= candidates.size()) {
            throw new IllegalArgumentException("chosen must index a candidate in [0, " + candidates.size() + "), got " + chosen);
        }
    }

    /** The kept reply. */
    public Reply reply() {
        return candidates.get(chosen);
    }
}
