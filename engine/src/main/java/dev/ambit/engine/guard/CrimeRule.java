package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request for operational help with a named crime or a named means of harm: it runs its pattern only on
 * sentences holding a word from each trigger set, and only on a request (how, where, steps, "I"), so definitions
 * and history pass; fiction excuses only the rules where a story needs no working recipe.
 *
 * @param id the rule id reported
 * @param hazard the hazard reported
 * @param triggers words one of which the sentence must hold
 * @param verbs a second set of words one of which the sentence must hold; null when none is needed
 * @param pattern the request, on the sentence's normalised text
 * @param fictionExcuses whether a story or game frame excuses it
 * @param unless a reading that makes it no harm (the system is the speaker's own); null when none
 */
record CrimeRule(String id, Hazard hazard, Trigger triggers, Trigger verbs, Pattern pattern, boolean fictionExcuses,
        Pattern unless) {
    CrimeRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(triggers, () -> "rule " + id + " needs trigger words: without them it would run on every sentence");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** Trigger words from space-separated text, each also in its plural; null for none. */
    static Trigger triggers(String words) {
        return words.isEmpty() ? null : Trigger.ofText(words, true);
    }

    /** Games excuse weapons ("a Molotov cocktail in Fallout"); stories do not, they need no working recipe. */
    boolean gameExcuses() {
        return fictionExcuses || hazard == Hazard.INDISCRIMINATE_WEAPONS;
    }

    /**
     * Load or attacks on a system of one's own: a stress or load test of "our API" or "my own server" is no attack,
     * though "my rival's server" still is.
     */
    static final Pattern OWN_SYSTEM = Pattern.compile(
            "\\b(authori[sz]ed|with permission|legally|pen ?test\\w*|(stress|load) test\\w*)\\b"
                    + "|\\b(my|our) (own )?(\\w+ )?(server|servers|site|website|web app|app|api|network|infrastructure|cluster"
                    + "|lab)\\b");

    /** Talking to children about their bodies, sex education, spotting abuse: the protective side of the topic. */
    private static final Pattern CHILD_SAFETY = Pattern.compile(
            "\\b(education|educate|talk to|explain to|teach|age appropriate|protect|protecting|safe|safety|signs|report|abuse"
                    + "|abused|groomed|therapist|doctor|pediatrician|paediatrician|puberty|parent|parents|parenting)\\b");

    /** Runs {@code rules} over the prompt's sentences; a rule that fired once is not run again. */
    static void detectAll(List<CrimeRule> rules, Prompt prompt, List<Detection> out) {
        // The guard reports one detection per rule, so a repeated request (a 1 KB prompt saying the same thing ten
        // times) costs one match, not ten.
        boolean[] fired = new boolean[rules.size()];
        for (Sentence s : prompt.distinct) {
            for (int r = 0; r < rules.size(); r++) {
                CrimeRule rule = rules.get(r);
                if (fired[r] || !s.mentionsAny(rule.triggers()) || rule.verbs() != null && !s.mentionsAny(rule.verbs())
                        || !asked(prompt, s)) {
                    continue;
                }
                if (rule.fictionExcuses() && prompt.excused(s) || rule.gameExcuses() && s.gameOrSport() && prompt.excused(s)) {
                    continue;
                }
                if (rule.hazard() == Hazard.CHILD_SEXUAL_EXPLOITATION && s.has(CHILD_SAFETY)) {
                    continue;
                }
                // Protection is a costly pattern of its own: asked only of a sentence that matched a rule.
                if (s.has(rule.pattern()) && (rule.unless() == null || !s.has(rule.unless())) && !s.protective()) {
                    out.add(new Detection(rule.hazard(), rule.id(), 1));
                    fired[r] = true;
                }
            }
        }
    }

    /** A request or the speaker's own plan, not a question about it; protection is checked after the pattern. */
    private static boolean asked(Prompt prompt, Sentence s) {
        return (prompt.direction == Direction.OUTPUT || s.operational() || s.firstPerson()) && !s.aboutNotDoing();
    }
}
