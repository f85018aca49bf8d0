package dev.ambit.engine.guard.model;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.HazardDetector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The deterministic guard with an optional classifier on top: the detections of both, the deterministic ones
 * first. A union can only add detections, so the classifier can add refusals but never lift one that the
 * deterministic rules (and the tier-1 bounds behind them) made.
 *
 * <p>Contract: as {@link HazardDetector}; never throws, even when the classifier does (its detections are then
 * left out). Thread-safe when both parts are.
 */
public final class LayeredDetector implements HazardDetector {
    private final HazardDetector deterministic;
    private final HazardDetector classifier;

    public LayeredDetector(HazardDetector deterministic, HazardDetector classifier) {
        this.deterministic = Objects.requireNonNull(deterministic, "deterministic");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    @Override
    public List<Detection> detect(String text, Direction direction) {
        Set<Detection> all = new LinkedHashSet<>(deterministic.detect(text, direction));
        all.addAll(classified(text, direction));
        return List.copyOf(new ArrayList<>(all));
    }

    private List<Detection> classified(String text, Direction direction) {
        try {
            List<Detection> found = classifier.detect(text, direction);
            return found == null ? List.of() : found.stream().filter(Objects::nonNull).toList();
        } catch (RuntimeException e) {
            // The classifier is an extra: when it breaks, the deterministic verdict stands on its own.
            return List.of();
        }
    }
}
