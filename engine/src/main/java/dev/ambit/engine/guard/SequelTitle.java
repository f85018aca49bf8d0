package dev.ambit.engine.guard;

import java.util.Set;

/**
 * A game or film named by a capitalised title and a sequel number: "in Crusader Kings 3", "playing Hitman III".
 * Few places or people are named with a small number after them, and a year is not a sequel number, so the frame is
 * a work even when its title is one the guard does not know.
 */
final class SequelTitle {
    private SequelTitle() {}

    private static final Set<String> LEADS = Lexicon.words("in", "playing", "play", "played");
    /** "in World War 2": a numbered war is history, not a sequel. */
    private static final Set<String> NOT_TITLES = Lexicon.words("war", "world", "wwii", "ww");
    private static final Set<String> ROMAN = Lexicon.words("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    static boolean named(Prompt prompt, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!LEADS.contains(s.word(i))) {
                continue;
            }
            int k = i + 1;
            while (k < s.size() && k <= i + 4 && prompt.isName(s.word(k)) && !NOT_TITLES.contains(s.word(k))) {
                k++;
            }
            if (k > i + 1 && sequelNumber(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sequelNumber(String w) {
        if (ROMAN.contains(w)) {
            return true;
        }
        if (w.isEmpty() || w.length() > 2) {
            return false;
        }
        for (int c = 0; c < w.length(); c++) {
            if (!Character.isDigit(w.charAt(c))) {
                return false;
            }
        }
        int n = Integer.parseInt(w);
        return n >= 1 && n <= 20;
    }
}
