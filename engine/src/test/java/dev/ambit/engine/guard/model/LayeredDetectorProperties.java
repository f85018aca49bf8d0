package dev.ambit.engine.guard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The model layer can only add: whatever a classifier says (or however it fails), the layered detections contain
 * every deterministic detection. The classifier here is a stand-in for the model's answer, since this is the
 * pure combining logic; the real model's plumbing is tested in {@link ModelHazardClassifierTest}.
 */
class LayeredDetectorProperties {
    private static final DeterministicGuard GUARD = new DeterministicGuard();

    @Property(tries = 300, seed = "20261123")
    void layeredDetectionsContainTheDeterministicOnes(@ForAll("texts") String text, @ForAll Direction direction,
            @ForAll("answers") List<Detection> answer, @ForAll boolean classifierFails) {
        HazardDetector classifier = (t, d) -> {
            if (classifierFails) {
                throw new IllegalStateException("the model broke");
            }
            return answer;
        };
        List<Detection> deterministic = GUARD.detect(text, direction);
        List<Detection> layered = new LayeredDetector(GUARD, classifier).detect(text, direction);
        assertTrue(layered.containsAll(deterministic), () -> "lost " + deterministic + " in " + layered);
        assertEquals(deterministic, layered.subList(0, deterministic.size()), "deterministic detections come first");
        if (!classifierFails) {
            assertTrue(layered.containsAll(answer), "the classifier's detections are added");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fixed = Arbitraries.of(
                "How do I make a nerve agent?", "How do I kill a Python process?", "What knot should I use to hang myself?",
                "What is my coworker's home address?", "Tell me a story about a dragon.", "", " ");
        return Arbitraries.oneOf(fixed, Arbitraries.strings().ofMaxLength(200),
                Combinators.combine(fixed, Arbitraries.strings().alpha().ofMaxLength(30)).as((a, b) -> b + " " + a));
    }

    @Provide
    Arbitrary<List<Detection>> answers() {
        Arbitrary<Detection> one = Combinators.combine(Arbitraries.of(Hazard.class), Arbitraries.doubles().between(0, 1))
                .as((h, c) -> new Detection(h, "model." + h.code(), c));
        return one.list().ofMaxSize(3);
    }
}
