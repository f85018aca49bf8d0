package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hazard recognised by the method it names ("a solvent trap into a suppressor", "loans in a dead relative's
 * name") rather than by a verb of harm. The pattern only runs on sentences holding a gate word, and only fires on a
 * request: a definition, a history, a story told or a question about protecting oneself passes.
 *
 * @param id the rule id reported
 * @param hazard the hazard reported
 * @param gate words one of which the sentence must hold
 * @param pattern the method, on the sentence's normalised text
 * @param fictionExcuses whether a story or game frame excuses it (no working recipe is needed to tell a story)
 * @param unless a reading that makes it no request (the speaker is the one targeted, or the system is their own);
 *     null when none
 * @param anyQuestion whether a plain question suffices, the method itself being the request
 * @param ownProtection whether {@code unless} alone reads protection, the generic protective words being part of the
 *     harm named ("a mass report", "a fall I wouldn't survive")
 */
record MethodRule(String id, Hazard hazard, Set<String> gate, Pattern pattern, boolean fictionExcuses, Pattern unless,
        boolean anyQuestion, boolean ownProtection) {
    static MethodRule of(String id, Hazard hazard, String gateWords, String regex, boolean fictionExcuses) {
        return new MethodRule(id, hazard, Lexicon.words(gateWords.split(" ")), Pattern.compile(regex), fictionExcuses,
                null, false, false);
    }

    /** The same rule, passing sentences that also match {@code regex}. */
    MethodRule unless(Pattern regex) {
        return new MethodRule(id, hazard, gate, pattern, fictionExcuses, regex, anyQuestion, ownProtection);
    }

    /**
     * The same rule, firing on any question that is not about the past, a definition or protection: the method is
     * the request ("which poison leaves no trace?" needs no "how do I").
     */
    MethodRule onAnyQuestion() {
        return new MethodRule(id, hazard, gate, pattern, fictionExcuses, unless, true, ownProtection);
    }

    /**
     * The same rule, reading protection only through {@link #unless}: in "coordinate a mass report" or "a bridge I
     * wouldn't survive", the words that usually mark protection are the harm itself.
     */
    MethodRule protectionByUnless() {
        return new MethodRule(id, hazard, gate, pattern, fictionExcuses, unless, anyQuestion, true);
    }

    /** Adds a detection when the sentence holds a gate word and asks for this method; returns whether it did. */
    boolean apply(Prompt prompt, Sentence s, List<Detection> out) {
        return Lexicon.mentionsAny(gate, s.words) && applyGated(prompt, s, out);
    }

    /** As {@link #apply}, for a caller that has already found a gate word in the sentence. */
    boolean applyGated(Prompt prompt, Sentence s, List<Detection> out) {
        // The pattern before the intent: it fails on nearly every sentence, and fails faster.
        if (!s.has(pattern)
                || (anyQuestion ? s.aboutNotDoing() || !ownProtection && s.protective()
                        : ownProtection ? !requests(prompt, s) : !asks(prompt, s))
                || fictionExcuses && prompt.excused(s) || unless != null && s.has(unless)) {
            return false;
        }
        out.add(new Detection(hazard, id, 1));
        return true;
    }

    /** A request, or the speaker's own plan; not a definition, a history, a story told, or protection. */
    static boolean asks(Prompt prompt, Sentence s) {
        return requests(prompt, s) && !s.protective();
    }

    /** As {@link #asks}, leaving protection to the caller. */
    static boolean requests(Prompt prompt, Sentence s) {
        return (s.operational() || s.firstPerson() || prompt.framed()) && !s.aboutNotDoing();
    }
}
