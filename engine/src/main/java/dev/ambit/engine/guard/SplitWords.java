package dev.ambit.engine.guard;

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

    /** Every proper prefix of a vocabulary word: a fragment that is none of these starts no split word. */
    private static final Set<String> PREFIXES = prefixes();

    private SplitWords() {}

    private static Set<String> prefixes() {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String word : VOCABULARY) {
            for (int k = 1; k < word.length(); k++) {
                out.add(word.substring(0, k));
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The text with split hazard words rejoined; the same string when there are none. */
    static String join(String normalized) {
        if (normalized.indexOf(' ') < 0) {
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

    /** How many fragments from {@code i} spell a vocabulary word (2 or 3), or 1. */
    private static int joinable(String[] w, int i) {
        if (w[i].isEmpty() || !Character.isLetter(w[i].charAt(0)) || !PREFIXES.contains(w[i])) {
            return 1;
        }
        String two = i + 1 < w.length ? w[i] + w[i + 1] : null;
        if (two != null && VOCABULARY.contains(strip(two))) {
            return 2;
        }
        if (two != null && i + 2 < w.length && VOCABULARY.contains(strip(two + w[i + 2]))) {
            return 3;
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
