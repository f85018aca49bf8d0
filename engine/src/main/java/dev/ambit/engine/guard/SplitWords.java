package dev.ambit.engine.guard;

import java.util.List;
import java.util.Set;

/**
 * Rejoins hazard words split by spaces to slip past word matching ("le thal", "fen tanyl", "pass word", "wi fi"):
 * two or three adjacent fragments are joined when together they spell a word of {@link #VOCABULARY}. Only those
 * words are joined, so ordinary text ("some thing", "in to") is left as written.
 */
final class SplitWords {
    /** Words worth disguising: substances, weapons, intrusion, and the pronouns a target hides behind. */
    static final Set<String> VOCABULARY = Lexicon.words(
            "lethal", "fatal", "fentanyl", "carfentanil", "heroin", "cocaine", "overdose", "methamphetamine", "ketamine",
            "rohypnol", "chloroform", "cyanide", "arsenic", "strychnine", "ricin", "sarin", "anthrax", "thermite", "napalm",
            "explosive", "explosives", "detonator", "grenade", "molotov", "firearm", "firearms", "silencer", "suppressor",
            "ammunition", "handgun", "shotgun", "untraceable", "undetectable", "password", "passwords", "wifi", "keylogger",
            "ransomware", "malware", "spyware", "stalkerware", "phishing", "someone", "someone's", "somebody",
            "somebody's", "suicide", "poison", "poisoning", "kidnap", "kidnapping", "murder", "strangle", "suffocate");

    /** For each proper prefix of two or more letters, the vocabulary words it begins: a fragment not here starts none. */
    private static final java.util.Map<String, List<String>> BY_PREFIX = byPrefix();

    private SplitWords() {}

    private static java.util.Map<String, List<String>> byPrefix() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (String word : VOCABULARY) {
            for (int k = 2; k < word.length(); k++) {
                out.computeIfAbsent(word.substring(0, k), x -> new java.util.ArrayList<>()).add(word);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Map.copyOf(out);
    }

    /** The text with split hazard words rejoined; the same string when there are none. */
    static String join(String normalized) {
        if (normalized.indexOf(' ') < 0 || !anyJoin(normalized)) {
            return normalized;
        }
        String[] w = normalized.split(" ", -1);
        StringBuilder out = null;
        int i = 0;
        while (i < w.length) {
            int span = joinable(w, i);
            if (span > 1) {
                if (out == null) {
                    out = new StringBuilder(normalized.length());
                    for (int k = 0; k < i; k++) {
                        out.append(w[k]).append(' ');
                    }
                }
                for (int k = i; k < i + span; k++) {
                    out.append(w[k]);
                }
                out.append(' ');
                i += span;
            } else {
                if (out != null) {
                    out.append(w[i]).append(' ');
                }
                i++;
            }
        }
        return out == null ? normalized : out.substring(0, out.length() - 1);
    }

    /**
     * Whether some word would be joined with the words after it: only a proper prefix (two letters or more) of a
     * vocabulary word can start a join, so the text is read in place and only such a word and its two followers are
     * cut out and tried. Ordinary text costs one scan and no split.
     */
    private static boolean anyJoin(String text) {
        int from = 0;
        int space;
        while ((space = text.indexOf(' ', from)) >= 0) {
            if (space - from >= 2 && isPrefix(text, from, space)) {
                // The word and up to two followers, as text.split(" ", -1) would give them; joinable reads no further.
                int second = text.indexOf(' ', space + 1);
                String[] w = second < 0
                        ? new String[] {text.substring(from, space), text.substring(space + 1)}
                        : new String[] {text.substring(from, space), text.substring(space + 1, second),
                            text.substring(second + 1, nextSpaceOrEnd(text, second + 1))};
                if (joinable(w, 0) > 1) {
                    return true;
                }
            }
            from = space + 1;
        }
        return false;
    }

    private static int nextSpaceOrEnd(String text, int from) {
        int at = text.indexOf(' ', from);
        return at < 0 ? text.length() : at;
    }

    /** Whether {@code text[from, to)} is a key of {@link #BY_PREFIX}; its first two letters rule most words out. */
    private static boolean isPrefix(String text, int from, int to) {
        char a = text.charAt(from);
        char b = text.charAt(from + 1);
        if (a < 128 && b < 128 && !FIRST_TWO[a << 7 | b]) {
            return false;
        }
        return BY_PREFIX.containsKey(text.substring(from, to));
    }

    /** The ASCII pairs that begin a vocabulary word, indexed by {@code first << 7 | second}. */
    private static final boolean[] FIRST_TWO = new boolean[128 * 128];

    static {
        for (String word : VOCABULARY) {
            if (word.charAt(0) < 128 && word.charAt(1) < 128) {
                FIRST_TWO[word.charAt(0) << 7 | word.charAt(1)] = true;
            }
        }
    }

    /** How many fragments from {@code i} spell a vocabulary word (2 or 3), or 1; compares in place, allocating nothing. */
    private static int joinable(String[] w, int i) {
        List<String> candidates = i + 1 < w.length ? BY_PREFIX.get(w[i]) : null;
        if (candidates == null) {
            return 1;
        }
        String second = strip(w[i + 1]);
        for (String word : candidates) {
            int at = w[i].length();
            if (!word.startsWith(second, at) || second.isEmpty()) {
                continue;
            }
            if (at + second.length() == word.length()) {
                return 2;
            }
            if (second.length() == w[i + 1].length() && i + 2 < w.length) {
                String third = strip(w[i + 2]);
                if (!third.isEmpty() && word.startsWith(third, at + second.length())
                        && at + second.length() + third.length() == word.length()) {
                    return 3;
                }
            }
        }
        return 1;
    }

    /** The word without trailing punctuation, so "fen tanyl." still spells "fentanyl". */
    private static String strip(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1)) && word.charAt(end - 1) != '\'') {
            end--;
        }
        return word.substring(0, end);
    }
}
