package dev.ambit.engine.guard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;

/**
 * The check every detector contrast-pair test makes: the request is caught under its hazard, its safe twin raises
 * nothing. These are tests of the rules, so they judge with the rules alone; the learned layer has its own tests
 * (LexicalLayerTest) and the whole guard is held to its goals by the evaluation sets.
 */
final class ContrastAssert {
    private static final DeterministicGuard GUARD = DeterministicGuard.rulesOnly();

    private ContrastAssert() {}

    static void caughtAs(String hazard, String refused) {
        Hazard expected = Hazard.parse(hazard).orElseThrow();
        List<Detection> caught = GUARD.detect(refused, Direction.INPUT);
        assertTrue(caught.stream().anyMatch(d -> d.hazard() == expected), () -> refused + " -> " + caught);
    }

    /** The request is caught under some hazard: for phrasings whose family several detectors share. */
    static void caught(String refused) {
        List<Detection> caught = GUARD.detect(refused, Direction.INPUT);
        assertTrue(!caught.isEmpty(), () -> refused + " -> " + caught);
    }

    static void passes(String allowed) {
        List<Detection> passed = GUARD.detect(allowed, Direction.INPUT);
        assertTrue(passed.isEmpty(), () -> allowed + " -> " + passed);
    }
}
