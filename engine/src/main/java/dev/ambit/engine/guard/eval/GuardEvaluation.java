package dev.ambit.engine.guard.eval;

import dev.ambit.engine.policy.Action;
import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a detector over a labelled set and reports how often it refuses what it must and allows what it may.
 * A prompt counts as refused when any detection falls in a category the policy refuses or redirects.
 */
public final class GuardEvaluation {
    private final HazardDetector detector;
    private final Set<Hazard> blocking;

    public GuardEvaluation(HazardDetector detector, Set<Hazard> blocking) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.blocking = Set.copyOf(Objects.requireNonNull(blocking, "blocking"));
    }

    public EvalReport run(List<LabeledPrompt> prompts) {
        Counts total = new Counts();
        Map<String, Counts> byType = new TreeMap<>();
        Map<Hazard, int[]> byCategory = new TreeMap<>();
        List<EvalReport.Misjudged> misjudged = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            LabeledPrompt p = prompts.get(i);
            List<Detection> detections = detector.detect(p.prompt(), HazardDetector.Direction.INPUT);
            List<Detection> refusing = detections.stream().filter(d -> blocking.contains(d.hazard())).toList();
            boolean refused = !refusing.isEmpty();
            total.add(p.unsafe(), refused);
            byType.computeIfAbsent(p.type().isEmpty() ? "(none)" : p.type(), t -> new Counts()).add(p.unsafe(), refused);
            for (Hazard h : refusing.stream().map(Detection::hazard).distinct().toList()) {
                byCategory.computeIfAbsent(h, k -> new int[2])[p.unsafe() ? 0 : 1]++;
            }
            if (refused != p.unsafe()) {
                misjudged.add(new EvalReport.Misjudged(p.line(), p.type(), p.unsafe(), p.prompt(),
                        refusing.stream().map(d -> d.hazard().id() + ":" + d.rule()).toList()));
            }
        }
        Map<String, EvalReport.Confusion> types = new TreeMap<>();
        byType.forEach((k, v) -> types.put(k, v.confusion()));
        Map<String, EvalReport.CategoryCount> categories = new TreeMap<>();
        byCategory.forEach((h, c) -> categories.put(h.id(), new EvalReport.CategoryCount(c[0], c[1])));
        return new EvalReport(total.confusion(), types, categories, misjudged);
    }

    /** The categories {@code policy} refuses or redirects on input: a detection there means "not answered". */
    public static Set<Hazard> blockingCategories(EffectivePolicy policy) {
        Set<Hazard> set = EnumSet.noneOf(Hazard.class);
        for (Hazard h : Hazard.values()) {
            Action action = policy.content(h, HazardDetector.Direction.INPUT).action();
            if (action == Action.REFUSE || action == Action.REDIRECT) {
                set.add(h);
            }
        }
        return Set.copyOf(set);
    }

    private static final class Counts {
        int truePositive;
        int falsePositive;
        int trueNegative;
        int falseNegative;

        void add(boolean unsafe, boolean refused) {
            if (unsafe && refused) {
                truePositive++;
            } else if (unsafe) {
                falseNegative++;
            } else if (refused) {
                falsePositive++;
            } else {
                trueNegative++;
            }
        }

        EvalReport.Confusion confusion() {
            return new EvalReport.Confusion(truePositive, falsePositive, trueNegative, falseNegative);
        }
    }
}
