package dev.ambit.engine.guard;

import dev.ambit.engine.guard.lexical.LexicalClassifier;
import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.HazardDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule-based guard: normalises the text (Unicode, look-alikes, invisible characters, leetspeak, spacing),
 * unwraps jailbreak frames and encoded payloads, then asks each hazard family's detector whether the text asks
 * for — or, on {@link Direction#OUTPUT}, gives — operational help to do harm. Context decides: the target (a
 * process or a person), the intent (history, definitions, prevention or a request) and the frame (a game, a
 * sport, a novel — unless the frame is a disguise).
 *
 * <p>Contract: as {@link HazardDetector}; never throws, thread-safe, deterministic, no model and no I/O. At most
 * one detection per rule id is reported, in the order the rules fire.
 */
public final class DeterministicGuard implements HazardDetector {
    /** Texts beyond this are judged in overlapping windows so the cost stays linear. */
    private static final int WINDOW = 4096;

    private final List<CategoryDetector> detectors = List.of(
            new ViolenceDetector(), new SelfHarmDetector(), new HateDetector(), new PrivacyDetector(),
            new CrimeDetector(), new HarmfulMeansDetector(), new OperationalIntentDetector(), new PersonLocatorDetector(), new WeaponsAccessDetector(),
            new IllicitMethodDetector(), new PersonTargetedMethodDetector(), new ChildSafetyDetector(), new ForeignRequestDetector(), new BareRequestDetector(),
            new SelfHarmSignalDetector(), new MinorSexualContentDetector(), new HarassmentDetector(),
            new CovertHarmMethodDetector(), new PrivateProfileDetector(), new GroomingDetector(), new StalkingDetector(),
            new StereotypeContentDetector(), new HarmByOutcomeDetector(), new AttackMethodDetector(),
            new HarassmentCampaignDetector(), new ForeignFraudTheftDetector(),
            new FictionRecipeDetector());

    private final boolean learned;

    /** The rules, and the bundled lexical model where no rule fires on a prompt. */
    public DeterministicGuard() {
        this(true);
    }

    private DeterministicGuard(boolean learned) {
        this.learned = learned;
    }

    /** The rules alone: for measuring what the lexical model adds, and for policy tests of the rules. */
    public static DeterministicGuard rulesOnly() {
        return new DeterministicGuard(false);
    }

    @Override
    public List<Detection> detect(String text, Direction direction) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Direction dir = direction == null ? Direction.INPUT : direction;
        Map<String, Detection> found = new LinkedHashMap<>();
        for (int start = 0; start < text.length(); start += WINDOW - 256) {
            String window = text.substring(start, Math.min(text.length(), start + WINDOW));
            judge(window, dir, found);
            if (start + WINDOW >= text.length()) {
                break;
            }
        }
        return List.copyOf(found.values());
    }

    private void judge(String text, Direction direction, Map<String, Detection> found) {
        List<Prompt> views = new ArrayList<>();
        String normalized = TextNormalizer.normalize(text);
        // Hazard words split by spaces are rejoined for the detectors; the unwrapper reads the text as normalised.
        Prompt plain = new Prompt(text, SplitWords.join(normalized), direction, false);
        views.add(plain);
        List<String> texts = new ArrayList<>(List.of(normalized));
        for (String payload : PayloadUnwrapper.payloads(text, normalized, plain.words)) {
            String normalizedPayload = TextNormalizer.normalize(payload);
            texts.add(normalizedPayload);
            views.add(new Prompt(payload, normalizedPayload, direction, true));
        }
        boolean ruled = false;
        for (Prompt prompt : views) {
            List<Detection> out = new ArrayList<>();
            for (CategoryDetector detector : detectors) {
                detector.detect(prompt, out);
            }
            for (Detection d : out) {
                found.putIfAbsent(d.hazard().id() + "/" + d.rule(), d);
            }
            ruled |= !out.isEmpty();
        }
        if (learned && !ruled && direction == Direction.INPUT) {
            learned(texts, found);
        }
    }

    /**
     * The lexical model's say where no rule fired: on the prompt and each unwrapped payload, normalised as for
     * training. Only prompts: the model learned how people ask for harm, not how replies read.
     */
    private static void learned(List<String> normalizedTexts, Map<String, Detection> found) {
        for (String text : normalizedTexts) {
            Optional<Detection> d = LexicalClassifier.judge(text);
            if (d.isPresent()) {
                found.putIfAbsent(d.get().hazard().id() + "/" + d.get().rule(), d.get());
                return;
            }
        }
    }
}
