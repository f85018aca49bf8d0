package dev.ambit.engine.guard;

import java.util.Set;

/**
 * A verb of harm told of someone else rather than asked for: "her dad hits her", "a neighbour is hurting his kids",
 * "a man shot three people", "an ancestor who was lynched", "accused of poisoning", "my cat keeps stalking my feet",
 * "a student wrote about wanting to end her life". Telling what another did or does is not a request for help doing
 * it; the sentence's other verbs are still judged on their own.
 */
final class ReportedAct {
    private ReportedAct() {}

    private static final Set<String> ACCUSED = Lexicon.words(
            "accused", "charged", "convicted", "suspected", "arrested", "jailed", "sentenced", "guilty", "acquitted",
            "innocent", "cleared", "framed", "blamed");
    private static final Set<String> ACCUSED_OF = Lexicon.words("of", "with", "for");
    private static final Set<String> BE_ONGOING = Lexicon.words("is", "was", "keeps", "kept", "been", "are", "were");
    /** Subjects that make a present verb a question or a request, not a report: "how can they kill". */
    private static final Set<String> NOT_THIRD = Lexicon.words("i", "we", "you", "they", "someone", "somebody", "anyone",
            "people", "one");
    /** A past act can be told of anyone, "they" and "someone" included ("someone broke into my car"). */
    private static final Set<String> NOT_PAST_DOER = Lexicon.words("i", "we", "you", "anyone", "one");
    private static final Set<String> PASSIVE = Lexicon.words("was", "were", "got", "been", "being");
    /** Words before a doer that make the act wanted, not told: "make my brother hit her", "how can my dad hurt him". */
    private static final Set<String> CAUSERS = Lexicon.words(
            "make", "let", "get", "help", "have", "can", "could", "should", "would", "will", "to", "how", "do", "does",
            "want", "wanted", "need", "wish", "like", "prefer", "see", "if");
    private static final Set<String> REPORTED_WISH = Lexicon.words(
            "wanting", "wants", "wanted", "tried", "trying", "threatened", "threatening", "threatens", "talked", "talks");
    private static final Set<String> KEEPS = Lexicon.words("keeps", "kept", "likes", "loves", "always", "will", "won't");

    static boolean reported(Sentence s, int verb) {
        String subject = s.word(verb - 1);
        if (ViolenceDetector.PETS.contains(subject) || ViolenceDetector.PETS.contains(s.word(verb - 2))
                && KEEPS.contains(subject)) {
            return true;
        }
        if (ACCUSED.contains(s.word(verb - 2)) && ACCUSED_OF.contains(subject)) {
            return true;
        }
        return thirdPersonDoes(s, verb) || pastReport(s, verb);
    }

    /** Someone else named as the doer, in the present or ongoing, or wishing it: "her dad hits her". */
    private static boolean thirdPersonDoes(Sentence s, int verb) {
        String w = s.word(verb);
        String subject = s.word(verb - 1);
        if (subject.equals("to") && REPORTED_WISH.contains(s.word(verb - 2))) {
            return personBefore(s, verb - 2, NOT_THIRD, 5);
        }
        if (BE_ONGOING.contains(subject) && w.endsWith("ing")) {
            // "the man next door is hurting": the doer may stand a few words before the auxiliary.
            return personBefore(s, verb - 1, NOT_THIRD, 3);
        }
        if (!(w.endsWith("s") && !w.endsWith("ss"))) {
            return false;
        }
        return Lexicon.isPerson(subject) && !NOT_THIRD.contains(subject) && !s.tokens.get(verb - 1).possessive();
    }

    /**
     * A past act with its doer or victim told: "a man shot three people", "my brother had a breakdown and attacked my
     * dad", "an ancestor who was lynched". Not when a causer or modal makes it wanted ("how can my dad hit him").
     */
    private static boolean pastReport(Sentence s, int verb) {
        String w = s.word(verb);
        if (!Lexicon.PAST_FORMS.contains(w) || Lexicon.HARM_VERB.get(w).equals(w)) {
            return false; // "hit", "cut", "set": the past form is also the request's
        }
        if (PASSIVE.contains(s.word(verb - 1))) {
            return !s.word(verb - 2).equals("i") && !s.word(verb - 2).equals("we");
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 8); k--) {
            String doer = s.word(k);
            if (NOT_PAST_DOER.contains(doer) || CAUSERS.contains(doer)) {
                return false;
            }
            if ((Lexicon.isPerson(doer) || doer.equals("someone") || doer.equals("somebody") || doer.equals("they"))
                    && !s.tokens.get(k).possessive()) {
                return !CAUSERS.contains(s.word(k - 1)) && !CAUSERS.contains(s.word(k - 2));
            }
        }
        return false;
    }

    private static boolean personBefore(Sentence s, int from, Set<String> stop, int width) {
        for (int k = from - 1; k >= Math.max(0, from - width); k--) {
            String w = s.word(k);
            if (stop.contains(w) || w.equals("me") || w.equals("my")) {
                return false;
            }
            if (Lexicon.isPerson(w) && !s.tokens.get(k).possessive()) {
                return true;
            }
        }
        return false;
    }
}
