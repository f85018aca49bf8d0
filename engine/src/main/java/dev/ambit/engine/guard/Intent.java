package dev.ambit.engine.guard;

import java.util.Set;

/**
 * Reads a sentence's intent from its words: a request for operational help ("how do I", "best way to", "where
 * can I", an imperative), a story of the past or of someone else ("how did they", "why does Scar"), or a question
 * about meaning ("what is X", "what does X mean"). Word scans rather than patterns, because these run on every
 * sentence a detector looks at.
 */
final class Intent {
    private static final Set<String> HOW_ADVERBS = Lexicon.words("best", "easily", "quickly");
    private static final Set<String> ASK_VERBS = Lexicon.words("tell", "show", "teach", "help", "give", "walk");
    private static final Set<String> A_ANY = Lexicon.words("a", "any");
    private static final Set<String> KIND_WORDS = Lexicon.words("kind", "type", "sort", "counts", "exactly");
    private static final Set<String> BE_FORMS = Lexicon.words("is", "are", "was", "were");
    private Intent() {}

    private static final Set<String> MODALS = Lexicon.words(
            "do", "can", "could", "should", "would", "might", "will", "shall", "does");
    private static final Set<String> AGENTS = Lexicon.words(
            "i", "we", "you", "one", "someone", "somebody", "people", "they", "anyone", "criminals", "terrorists",
            "hackers", "thieves", "killers", "murderers");
    private static final Set<String> MANNER_ADJECTIVES = Lexicon.words(
            "best", "easiest", "quickest", "fastest", "simplest", "safest", "good", "great", "perfect", "effective",
            "surest", "cheapest", "efficient", "right", "ideal", "smartest", "cleanest", "quietest", "painless",
            "painlessly", "reliable", "fool", "foolproof", "proven", "untraceable", "undetectable", "discreet", "hardest",
            "deadliest", "strongest", "cheapest", "simplest", "quietest", "surest");
    private static final Set<String> MANNER_NOUNS = Lexicon.words(
            "way", "ways", "method", "methods", "strategy", "plan", "place", "places", "time", "technique",
            "techniques", "tool", "tools", "weapon", "poison", "spot", "location", "approach", "means", "trick",
            "tricks");
    private static final Set<String> REQUEST_WORDS = Lexicon.words(
            "steps", "tips", "guide", "instructions", "recipe", "tutorial", "procedure", "blueprint", "walkthrough");
    private static final Set<String> IMPERATIVES = Lexicon.words(
            "write", "create", "make", "build", "generate", "give", "tell", "show", "explain", "list", "provide", "draft",
            "code", "develop", "teach", "find", "get", "design", "plan", "outline", "detail", "help", "please", "pls",
            "compose", "craft", "invent",
            "describe");
    private static final Set<String> DESIRES = Lexicon.words(
            "want", "need", "plan", "intend", "wanna", "gonna", "will", "'ll", "would", "'d", "am", "'m", "must", "have",
            "going", "gotta", "wish", "hope", "try", "trying");
    private static final Set<String> FIRST = Lexicon.words("i", "we", "i'm", "im", "i'll", "i'd", "we're");
    private static final Set<String> PAST_AUX = Lexicon.words("did", "were", "was", "had", "happened");
    private static final Set<String> WH = Lexicon.words("what", "how", "why", "when", "where", "who");

    static boolean operational(Sentence s) {
        int n = s.size();
        if (n > 0 && (IMPERATIVES.contains(s.word(0)) || s.word(0).equals("which"))) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            String w = s.word(i);
            String next = s.word(i + 1);
            switch (w) {
                case "how" -> {
                    if (next.equals("to") || (MODALS.contains(next) && AGENTS.contains(s.word(i + 2)))
                            || next.equals("much") || next.equals("many")
                            || (HOW_ADVERBS.contains(next))) {
                        return true;
                    }
                }
                case "where", "what" -> {
                    if (MODALS.contains(next) && (FIRST.contains(s.word(i + 2)) || w.equals("where"))) {
                        return true;
                    }
                    if (w.equals("where") && (next.equals("to") || next.equals("is"))) {
                        return true;
                    }
                }
                case "should", "can", "could", "must" -> {
                    if (FIRST.contains(next)) {
                        return true;
                    }
                }
                case "me" -> {
                    if (ASK_VERBS.contains(s.word(i - 1))) {
                        return true;
                    }
                }
                case "explain", "describe" -> {
                    if (next.equals("how")) {
                        return true;
                    }
                }
                case "need", "needs" -> {
                    // "what would someone need to build": the ingredients of an act, asked of anyone.
                    if (next.equals("to") && AGENTS.contains(s.word(i - 1)) && MODALS.contains(s.word(i - 2))) {
                        return true;
                    }
                }
                case "let's", "lets" -> {
                    return true;
                }
                case "order", "process", "procedure", "plan", "step" -> {
                    if (next.equals("to") || next.equals("for") || next.equals("by")) {
                        return true;
                    }
                }
                default -> {
                    if (REQUEST_WORDS.contains(w)) {
                        return true;
                    }
                    if (MANNER_ADJECTIVES.contains(w) && (next.equals("to") || s.word(i + 2).equals("to"))) {
                        return true;
                    }
                    if (MANNER_NOUNS.contains(w) && (MANNER_ADJECTIVES.contains(s.word(i - 1))
                            || next.equals("to") || next.equals("of") || next.equals("for"))) {
                        return true;
                    }
                    if (FIRST.contains(w) && DESIRES.contains(next)) {
                        return true;
                    }
                    if (w.equals("is") && next.equals("there") && A_ANY.contains(s.word(i + 2))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "what happened", "how did they", "why was", or a question about a third party ("how does Scar"). */
    static boolean narrative(Sentence s) {
        for (int i = 0; i < Math.min(6, s.size()); i++) {
            if (PAST_AUX.contains(s.word(i))) {
                return true;
            }
        }
        return WH.contains(s.word(0)) && (s.word(1).equals("does") || s.word(1).equals("do"))
                && !AGENTS.contains(s.word(2)) && !s.word(2).isEmpty();
    }

    /** "what is X", "what does X mean", "the definition of X", "what kind of drug is X". */
    static boolean definitional(Sentence s) {
        Set<String> w = s.words;
        if (w.contains("definition") || w.contains("define") || w.contains("defined") || w.contains("constitutes")
                || w.contains("meaning") || w.contains("term")) {
            return true;
        }
        if (w.contains("what") && w.contains("mean") && (w.contains("does") || w.contains("do"))) {
            return true;
        }
        String first = s.word(0);
        String second = s.word(1);
        if (first.equals("what") && KIND_WORDS.contains(second)) {
            return true;
        }
        return (first.equals("what") || first.equals("who")) && BE_FORMS.contains(second)
                && s.size() <= 7;
    }
}
