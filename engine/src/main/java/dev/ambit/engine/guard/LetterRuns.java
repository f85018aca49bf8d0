package dev.ambit.engine.guard;

/**
 * Letters written apart so a word list misses them: spaced ("k i l l", "H o w  d o  I") or strung on a separator
 * ("k.i.l.l", "m-a-k-e"). Both joins work in place on the normaliser's buffer and return its new length.
 */
final class LetterRuns {
    private LetterRuns() {}

    /**
     * "k.i.l.l my b.o.s.s", "m-a-k-e a b-o-m-b": single letters strung together by one repeated separator are one
     * word, joined in place before separators turn into spaces; otherwise "a" and "I" beside them would be swallowed
     * into the word. Needs three or more characters, two of them letters ("e.g." and "U.S." stay as they are);
     * once a text spells one word that way, two-letter words ("t-o", "m.e") are joined too, since the writer is
     * spelling everything out. Returns the new length.
     */
    static int joinSeparated(char[] a, int n) {
        boolean spelledOut = false;
        for (int i = 0; i < n && !spelledOut; i++) {
            spelledOut = separatedRunEnd(a, i, n, 3) > 0;
        }
        if (!spelledOut) {
            return n;
        }
        int w = 0;
        int i = 0;
        while (i < n) {
            int end = separatedRunEnd(a, i, n, 2);
            if (end > 0) {
                for (int k = i; k < end; k += 2) {
                    a[w++] = a[k];
                }
                i = end;
            } else {
                a[w++] = a[i++];
            }
        }
        return w;
    }

    /** The end of a run "x.y.z" starting at {@code i}, or -1 when none starts there. */
    private static int separatedRunEnd(char[] a, int i, int n, int minUnits) {
        if (i + 2 >= n || !TextNormalizer.isSeparator(a[i + 1]) || i > 0 && Character.isLetterOrDigit(a[i - 1]) || !isLetterLike(a[i])) {
            return -1;
        }
        char sep = a[i + 1];
        int k = i;
        int units = 1;
        int letters = Character.isLetter(a[i]) ? 1 : 0;
        while (k + 2 < n && a[k + 1] == sep && isLetterLike(a[k + 2])
                && (k + 3 >= n || !Character.isLetterOrDigit(a[k + 3]))) {
            k += 2;
            units++;
            letters += Character.isLetter(a[k]) ? 1 : 0;
        }
        return units >= minUnits && letters >= 2 ? k + 1 : -1;
    }

    private static boolean isLetterLike(char c) {
        return Character.isLetter(c) || Leetspeak.isLeetDigit(c) || c == '@' || c == '$';
    }

    private static boolean isUnit(char[] a, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = a[from];
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '!' || c == '|';
    }

    /**
     * Runs of three or more single characters separated by single spaces ("k i l l") are joined, in place; returns
     * the new length. When nearly everything is spaced out ("H o w  d o  I"), double spaces are the word breaks
     * and runs of two count too.
     */
    static int joinSpaced(char[] a, int n) {
        int words = 0;
        int units = 0;
        for (int i = 0; i < n; ) {
            if (a[i] == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && a[j] != ' ') {
                j++;
            }
            words++;
            units += isUnit(a, i, j) ? 1 : 0;
            i = j;
        }
        if (units < 2 || !hasUnitPair(a, n)) {
            return n;
        }
        int shortest = words >= 6 && units * 10 >= words * 7 ? 2 : 3;
        int w = 0;
        int i = 0;
        while (i < n) {
            // a run: unit, single space, unit, single space, ...
            int k = i;
            int count = 0;
            while (k < n && isUnitAt(a, k, n)) {
                count++;
                if (k + 2 < n && a[k + 1] == ' ' && isUnitAt(a, k + 2, n)) {
                    k += 2;
                } else {
                    k += 1;
                    break;
                }
            }
            boolean startsWord = i == 0 || a[i - 1] == ' ';
            // "k i l l a person", "do i k i l l": a lone "a" or "i" between a spelled-out verb of harm and a whole word
            // is a word of the sentence, not the verb's last or first letter ("m a r i j u a n a" stays whole).
            int first = i;
            int last = k;
            if (count > shortest && k < n && isArticleOrI(a[k - 1]) && isHarmVerb(a, i, k - 2)) {
                last = k - 2;
            } else if (count > shortest && i > 0 && isArticleOrI(a[i]) && isHarmVerb(a, i + 2, k)) {
                first = i + 2;
            }
            if (count >= shortest && startsWord) {
                System.arraycopy(a, i, a, w, first - i);
                w += first - i;
                for (int m = first; m < last; m += 2) {
                    a[w++] = a[m];
                }
                System.arraycopy(a, last, a, w, k - last);
                w += k - last;
                i = k;
            } else {
                int end = i;
                while (end < n && a[end] != ' ') {
                    end++;
                }
                if (end == i) {
                    end = i + 1;
                }
                while (i < end) {
                    a[w++] = a[i++];
                }
            }
        }
        return w;
    }

    /**
     * Whether two units stand one space apart somewhere ("k i"): every run {@link #joinSpaced} joins has at least two
     * units, so without such a pair the text is copied onto itself unchanged, and ordinary prose ("a", "I") has none.
     */
    private static boolean hasUnitPair(char[] a, int n) {
        for (int k = 0; k + 2 < n; k++) {
            if (a[k + 1] == ' ' && isUnitAt(a, k, n) && isUnitAt(a, k + 2, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticleOrI(char c) {
        return c == 'a' || c == 'A' || c == 'i' || c == 'I';
    }

    /** The units at {@code from}, {@code from + 2}, ... before {@code to}, joined, spell a verb of harm. */
    private static boolean isHarmVerb(char[] a, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int m = from; m < to; m += 2) {
            b.append(Character.toLowerCase(a[m]));
        }
        return Lexicon.HARM_VERB.containsKey(b.toString());
    }

    /** A single unit character at {@code k} standing alone between spaces (or the ends). */
    private static boolean isUnitAt(char[] a, int k, int n) {
        boolean before = k == 0 || a[k - 1] == ' ';
        boolean after = k + 1 >= n || a[k + 1] == ' ';
        return before && after && isUnit(a, k, k + 1);
    }
}
