package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A deliberately small set of deterministic rules for the most blatant requests, enough to exercise the bounds
 * end to end. Patterns need context (a person to harm, a weapon to build) so that everyday phrases such as
 * "kill a Python process" stay allowed. The guard-quality work replaces this class with a fuller detector.
 */
public final class DeterministicGuard implements HazardDetector {
    private static final Map<String, Rule> RULES = Map.of(
            "self-harm.first-person-intent", new Rule(Hazard.SUICIDE_SELF_HARM,
                    "\\b(kill|hurt|harm|cut) myself\\b|\\bend (it all|my (own )?life)\\b|\\b(commit|committing) suicide\\b"),
            "weapons.synthesis", new Rule(Hazard.INDISCRIMINATE_WEAPONS,
                    "\\b(make|build|synthesi[sz]e|produce|assemble|create)\\b.{0,30}\\b(bomb|nerve agent|sarin|"
                            + "chemical weapon|bioweapon|biological weapon|dirty bomb|pipe bomb)s?\\b"),
            "violence.harm-a-person", new Rule(Hazard.VIOLENT_CRIMES,
                    "\\b(kill|murder|stab|shoot|poison|strangle)\\b (my|the|his|her|their|a|that) "
                            + "(neighbou?r|wife|husband|boss|teacher|colleague|mother|father|brother|sister|friend|child|person|man|woman)s?\\b"),
            "sexual.explicit-request", new Rule(Hazard.SEXUAL_CONTENT,
                    "\\b(explicit|graphic) (sex|sexual)\\b|\\bsex scene\\b|\\bporn(ographic|ography)?\\b"),
            "advice.diagnosis", new Rule(Hazard.SPECIALIZED_ADVICE,
                    "\\bdiagnose (me|my)\\b|\\bwhat (dose|dosage) of\\b"));

    @Override
    public List<Detection> detect(String text, Direction direction) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Detection> found = new ArrayList<>();
        RULES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (e.getValue().pattern().matcher(normal).find()) {
                found.add(new Detection(e.getValue().hazard(), e.getKey(), 1.0));
            }
        });
        return found;
    }

    private record Rule(Hazard hazard, Pattern pattern) {
        Rule(Hazard hazard, String regex) {
            this(hazard, Pattern.compile(regex));
        }
    }
}
