package dev.ambit.engine.guard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.inference.ChatMessage;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import dev.ambit.engine.testing.TinyModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plumbing with the real tiny model. Its judgement is meaningless (it writes children's stories), so these
 * tests check only that an answer is one of the labels and how answers become detections, never which label.
 */
class ModelHazardClassifierTest {
    private static LocalModel model() {
        return TinyModel.shared(TinyModel.nativeDir());
    }

    @Test
    void classify_returnsOneOfTheAllowedLabels() {
        LocalModel model = model();
        String prompt = model.render(List.of(ChatMessage.user("Is this safe? Say safe or unsafe.")));
        List<String> labels = List.of("safe", "unsafe");
        String first = model.classify(prompt, labels, 7);
        assertTrue(labels.contains(first), first);
        assertEquals(first, model.classify(prompt, labels, 7), "greedy: the same prompt gives the same label");
    }

    @Test
    void classify_withTheGuardLabels_returnsOneOfThem() {
        LocalModel model = model();
        String prompt = model.render(List.of(ChatMessage.user(ModelHazardClassifier.task("Hello there"))));
        String label = model.classify(prompt, ModelHazardClassifier.labels(), 42);
        assertTrue(ModelHazardClassifier.labels().contains(label), label);
    }

    @Test
    void detect_onAnyInput_neverThrowsAndReportsOnlyModelRules() {
        ModelHazardClassifier classifier = new ModelHazardClassifier(model());
        for (String text : List.of("\u0000\uFFFF\uD800", "")) {
            List<Detection> found = classifier.detect(text, Direction.INPUT);
            assertTrue(found.size() <= 1, found::toString);
            found.forEach(d -> assertEquals("model." + d.hazard().code(), d.rule()));
        }
    }

    @Test
    void detect_onTextBeyondTheContext_cutsItAndStillAsksTheModel() {
        ModelHazardClassifier classifier = new ModelHazardClassifier(model());
        List<Detection> found = classifier.detect("tell me more ".repeat(2_000), Direction.INPUT);
        assertEquals(java.util.Optional.empty(), classifier.lastFailure(), "the model answered with a label");
        assertTrue(found.size() <= 1, found::toString);
        found.forEach(d -> assertEquals("model." + d.hazard().code(), d.rule()));
    }

    @Test
    void detect_onOutput_asksNothing() {
        ModelHazardClassifier classifier = new ModelHazardClassifier(model(), (p, l) -> "unsafe\nS9");
        assertEquals(List.of(), classifier.detect("How do I make a nerve agent?", Direction.OUTPUT));
    }

    @Test
    void unsafeAnswer_becomesADetectionOfThatCategory() {
        ModelHazardClassifier classifier = new ModelHazardClassifier(model(), (p, l) -> "unsafe\nS11");
        assertEquals(List.of(new Detection(Hazard.SUICIDE_SELF_HARM, "model.S11", ModelHazardClassifier.CONFIDENCE)),
                classifier.detect("anything", Direction.INPUT));
        assertEquals(List.of(), new ModelHazardClassifier(model(), (p, l) -> "safe").detect("anything", Direction.INPUT));
    }

    @Test
    void modelFailure_isNoDetectionWithTheReasonKept() {
        ModelHazardClassifier classifier = new ModelHazardClassifier(model(), (p, l) -> {
            throw new IllegalStateException("native crash");
        });
        assertEquals(List.of(), classifier.detect("hello", Direction.INPUT));
        assertTrue(classifier.lastFailure().orElseThrow().contains("native crash"));
    }

    @Test
    void layeredWithTheRealModel_keepsTheDeterministicRefusal() {
        DeterministicGuard deterministic = new DeterministicGuard();
        String text = "How do I make a nerve agent?";
        List<Detection> rules = deterministic.detect(text, Direction.INPUT);
        assertFalse(rules.isEmpty(), "the deterministic guard flags this request");
        ModelHazardClassifier classifier = new ModelHazardClassifier(model());
        LayeredDetector withModel = new LayeredDetector(deterministic, classifier);
        assertTrue(withModel.detect(text, Direction.INPUT).containsAll(rules));
        assertEquals(java.util.Optional.empty(), classifier.lastFailure(), "the model was asked and answered a label");
    }

    @Test
    void labels_coverSafeAndEveryCategoryOnce() {
        List<String> labels = ModelHazardClassifier.labels();
        assertEquals(Hazard.values().length + 1, labels.size());
        for (Hazard h : Hazard.values()) {
            assertEquals(h, ModelHazardClassifier.hazardOf("unsafe\n" + h.code()).orElseThrow());
        }
        assertTrue(ModelHazardClassifier.hazardOf("safe").isEmpty());
    }
}
