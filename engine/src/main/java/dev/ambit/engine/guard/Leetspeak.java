package dev.ambit.engine.guard;

/**
 * Leetspeak undone in place on the normaliser's buffer: digits and symbols standing in for letters ("m4k3",
 * "b0mb", "$tab") become the letters they stand for. Split from {@link TextNormalizer}, which calls it once per pass.
 */
final class Leetspeak {
    private Leetspeak() {}

    static boolean isLeetDigit(char c) {
        return c == '0' || c == '1' || c == '3' || c == '4' || c == '5' || c == '7';
    }

    /**
     * Digits and symbols standing in for letters inside a word, in place. Where two or more words of the text were
     * written that way, a lone "1", "4" or "0" is leet too ("h0w d0 1 m4k3 4 b0mb": "I", "a", "o"); elsewhere a
     * lone digit is a number and stays. Returns false when it provably changed nothing (no leet character), true
     * when it may have.
     */
    static boolean unLeet(char[] a, int n) {
        if (!hasLeetCharacter(a, n)) {
            return false; // every change below turns a digit or a symbol into a letter: without one, nothing changes
        }
        int leetWords = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && isWordish(a[j])) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            leetWords += unLeetWord(a, i, j) ? 1 : 0;
            i = j;
        }
        if (leetWords >= 2) {
            for (int k = 0; k < n; k++) {
                boolean alone = (k == 0 || a[k - 1] == ' ') && (k + 1 == n || a[k + 1] == ' ' || a[k + 1] == '?'
                        || a[k + 1] == '.' || a[k + 1] == ',' || a[k + 1] == '!');
                if (alone && (a[k] == '1' || a[k] == '4' || a[k] == '0')) {
                    a[k] = leetLetter(a[k]);
                }
            }
        }
        return true;
    }

    private static boolean hasLeetCharacter(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c < 128 && LEET[c]) {
                return true;
            }
        }
        return false;
    }

    /** The characters {@link #leetLetter} maps, by character: one array load per character of the text. */
    private static final boolean[] LEET = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            LEET[c] = leetLetter(c) != 0;
        }
    }

    private static boolean isWordish(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|';
    }

    /** Un-leets one word in place; true when it changed. */
    private static boolean unLeetWord(char[] a, int from, int to) {
        if (to - from == 1 && from > 0 && a[from - 1] == '\'' && (a[from] == '5' || a[from] == '$')) {
            a[from] = 's';
            return false;
        }
        int letters = 0;
        int leet = 0;
        for (int k = from; k < to; k++) {
            char c = a[k];
            if (c >= 'a' && c <= 'z') {
                letters++;
            } else if (leetLetter(c) != 0) {
                leet++;
            }
        }
        boolean startsWithLetter = a[from] >= 'a' && a[from] <= 'z';
        if (letters < 1 || leet == 0 || to - from < 2 || (letters == 1 && !startsWithLetter)) {
            return false;
        }
        boolean changed = false;
        for (int k = from; k < to; k++) {
            char c = a[k];
            char mapped = leetLetter(c);
            boolean symbol = c == '!' || c == '|';
            boolean inner = k > from && k + 1 < to;
            if (mapped != 0 && (!symbol || inner)) {
                a[k] = mapped;
                changed = true;
            }
        }
        return changed;
    }

    private static char leetLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }
}
