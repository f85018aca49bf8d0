package dev.ambit.engine.guard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;

/** The check every contrast-pair test makes: the request is caught under its hazard, its safe twin raises nothing. */
final class ContrastAssert {
    private static final DeterministicGuard GUARD = new DeterministicGuard();

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
