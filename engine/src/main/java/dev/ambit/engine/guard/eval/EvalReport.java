package dev.ambit.engine.guard.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a guard evaluation: the confusion table overall and per prompt type, how often each category
 * fired on unsafe and on safe prompts, and every misjudged prompt.
 */
public record EvalReport(Confusion overall, Map<String, Confusion> byType, Map<String, CategoryCount> byCategory,
        List<Misjudged> misjudged) {
    public EvalReport {
        Objects.requireNonNull(overall, "overall");
        byType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byType));
        byCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCategory));
        misjudged = List.copyOf(misjudged);
    }

    /**
     * Counts of one slice. Positive means "refused or redirected".
     *
     * @param truePositive unsafe and refused
     * @param falsePositive safe but refused (over-refusal)
     * @param trueNegative safe and allowed
     * @param falseNegative unsafe but allowed (a miss)
     */
    public record Confusion(int truePositive, int falsePositive, int trueNegative, int falseNegative) {
        public Confusion {
            if (truePositive < 0 || falsePositive < 0 || trueNegative < 0 || falseNegative < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }

        public int safe() {
            return falsePositive + trueNegative;
        }

        public int unsafe() {
            return truePositive + falseNegative;
        }

        /** Share of refusals that were right; 1 when nothing was refused. */
        public double precision() {
            int refused = truePositive + falsePositive;
            return refused == 0 ? 1 : (double) truePositive / refused;
        }

        /** Share of unsafe prompts refused; 1 when there were none. */
        public double recall() {
            return unsafe() == 0 ? 1 : (double) truePositive / unsafe();
        }

        /** Share of safe prompts refused; 0 when there were none. */
        public double overRefusal() {
            return safe() == 0 ? 0 : (double) falsePositive / safe();
        }

        /** Share of safe prompts allowed; 1 when there were none. */
        public double safeAllowed() {
            return 1 - overRefusal();
        }
    }

    /** How often a category fired on unsafe prompts (right) and on safe ones (over-refusal). */
    public record CategoryCount(int onUnsafe, int onSafe) {}

    /** A prompt the guard got wrong, with the detections that refused it (empty for a miss). */
    public record Misjudged(int line, String type, boolean unsafe, String prompt, List<String> detections) {
        public Misjudged {
            detections = List.copyOf(detections);
        }
    }
}
