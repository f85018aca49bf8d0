package dev.ambit.engine.guard;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds the tricks people use to slip a request past word lists into one canonical lower-case form: Unicode
 * compatibility forms (NFKC), combining marks, invisible format characters, look-alike letters from other
 * scripts, letters spaced or dotted apart, leetspeak and stretched letters.
 *
 * <p>Contract: {@link #normalize(String)} never throws, and it is idempotent: normalising its own output changes
 * nothing. {@link #cased(String)} does the script-level folding only, keeping case and digits, so callers can
 * still see capitalised names.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** The canonical detection form: lower case, folded, single-spaced. */
    public static String normalize(String text) {
        String s = pass(text);
        if (settled(s)) {
            return s;
        }
        // A pass can expose a new trick (a leet digit turned letter now sits beside a dash), so run to a fixpoint;
        // real text settles after one or two passes.
        for (int i = 0; i < 4; i++) {
            String next = pass(s);
            if (next.equals(s)) {
                return s;
            }
            s = next;
        }
        return s;
    }

    /**
     * True when another pass provably changes nothing: plain lower-case ASCII with no leet symbols and digits only in
     * words without letters (so no leetspeak step applies), no run of three equal letters and no two single-character words in a row (so no
     * joining or squeezing applies).
     */
    private static boolean settled(String s) {
        int runChar = -1;
        int run = 0;
        boolean previousSingle = false;
        int wordLength = 0;
        boolean wordLetters = false;
        boolean wordDigits = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c > 0x7e || c == '@' || c == '$' || c == '|' || c == '!' || (c >= 'A' && c <= 'Z')) {
                return false;
            }
            if (c == ' ') {
                boolean single = wordLength == 1;
                // Digits beside letters may be leetspeak; a number on its own ("2005", "15") never changes.
                if (single && previousSingle || wordLetters && wordDigits) {
                    return false;
                }
                previousSingle = single;
                wordLength = 0;
                wordLetters = false;
                wordDigits = false;
            } else {
                wordLength++;
                wordLetters |= c >= 'a' && c <= 'z';
                wordDigits |= c >= '0' && c <= '9';
            }
            run = c == runChar ? run + 1 : 1;
            runChar = c;
            if (run >= 3 && Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    private static String pass(String text) {
        char[] a = cased(text).toCharArray();
        int n = LetterRuns.joinSpaced(a, a.length);
        boolean joined = n != a.length;
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            ascii &= c < 0x80;
            a[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        boolean unLeeted = Leetspeak.unLeet(a, n);
        if (joined || unLeeted || !ascii) {
            // cased() has separated already; only letters made here (joined, un-leeted, or case-folded outside
            // ASCII) can stand beside a separator it left. Separating twice is the same as once.
            separateInnerPunctuation(a, n);
        }
        n = squeezeRuns(a, n);
        n = collapseSpaces(a, n);
        return new String(a, 0, n);
    }

    /**
     * Script-level folding only: NFKC, marks and invisible characters removed, confusables mapped to Latin,
     * typographic apostrophes and dashes unified, punctuation between letters turned into a space.
     */
    public static String cased(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isPlainAscii(text)) {
            // Printable ASCII is unchanged by NFKD/NFKC and holds no look-alikes or invisible characters.
            char[] a = text.toCharArray();
            int n = LetterRuns.joinSeparated(a, a.length);
            separateInnerPunctuation(a, n);
            return new String(a, 0, n);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isSurrogate(c) || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                continue;
            }
            b.append(fold(c));
        }
        char[] a = Normalizer.normalize(b, Normalizer.Form.NFKC).toCharArray();
        int n = LetterRuns.joinSeparated(a, a.length);
        separateInnerPunctuation(a, n);
        return new String(a, 0, n);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u0430', '\u03b1' -> 'a';
            case '\u0410', '\u0391' -> 'A';
            case '\u0432', '\u03b2' -> 'b';
            case '\u0412', '\u0392' -> 'B';
            case '\u0441', '\u03f2' -> 'c';
            case '\u0421', '\u03f9' -> 'C';
            case '\u0501' -> 'd';
            case '\u0435', '\u0451', '\u03b5' -> 'e';
            case '\u0415', '\u0401', '\u0395' -> 'E';
            case '\u0261' -> 'g';
            case '\u04bb', '\u043d' -> 'h';
            case '\u041d', '\u0397' -> 'H';
            case '\u0456', '\u03b9', '\u0131' -> 'i';
            case '\u0406', '\u0399' -> 'I';
            case '\u0458' -> 'j';
            case '\u0408' -> 'J';
            case '\u043a', '\u03ba' -> 'k';
            case '\u041a', '\u039a' -> 'K';
            case '\u04cf' -> 'l';
            case '\u043c' -> 'm';
            case '\u041c', '\u039c' -> 'M';
            case '\u03bd' -> 'v';
            case '\u039d' -> 'N';
            case '\u043e', '\u03bf', '\u0585' -> 'o';
            case '\u041e', '\u039f' -> 'O';
            case '\u0440', '\u03c1' -> 'p';
            case '\u0420', '\u03a1' -> 'P';
            case '\u0455' -> 's';
            case '\u0405' -> 'S';
            case '\u0442', '\u03c4' -> 't';
            case '\u0422', '\u03a4' -> 'T';
            case '\u03c5', '\u057d' -> 'u';
            case '\u0443' -> 'y';
            case '\u0423', '\u03a5', '\u04ae' -> 'Y';
            case '\u0445', '\u03c7' -> 'x';
            case '\u0425', '\u03a7' -> 'X';
            case '\u0396' -> 'Z';
            case '\u2018', '\u2019', '\u201b', '\u02bc', '\u00b4', '`', '\u2032' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                    '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\t', '\r', '\n', '\f',
                    '\u000b', '\u0085', '\u2028', '\u2029' -> ' ';
            default -> Character.isISOControl(c) ? ' ' : c;
        };
    }

    /**
     * Separators between words become spaces, in place: "ex-girlfriend" reads as two words. A hyphen between a number
     * and a word does too, so "12-year-old" reads as the age it states; "3-D" stays one token.
     */
    private static void separateInnerPunctuation(char[] a, int n) {
        for (int i = 1; i + 1 < n; i++) {
            char c = a[i];
            if (!isSeparator(c)) {
                continue; // nearly every character: the cheap test first
            }
            // A number before a word of two or more letters ("12-year"), not a unit letter ("3-D").
            boolean between = Character.isLetter(a[i - 1]) && Character.isLetter(a[i + 1])
                    || c == '-' && Character.isDigit(a[i - 1]) && Character.isLetter(a[i + 1]) && i + 2 < n
                            && Character.isLetter(a[i + 2]);
            if (between) {
                a[i] = ' ';
            }
        }
    }

    static boolean isSeparator(char c) {
        return c < 128 ? SEPARATOR[c] : c == '\u00b7';
    }

    /** The ASCII separators of {@link #isSeparator}, by character: one array load per character of the text. */
    private static final boolean[] SEPARATOR = new boolean[128];

    static {
        for (char c : ".-_*~+/\\,:;".toCharArray()) {
            SEPARATOR[c] = true;
        }
    }

    /** "kiiiill" → "kill": three or more of the same letter shrink to one, in place; returns the new length. */
    private static int squeezeRuns(char[] a, int n) {
        if (!hasRunOfThree(a, n)) {
            return n; // the common case: nothing to squeeze, so skip the copying loop
        }
        int w = 0;
        int i = 0;
        while (i < n) {
            char c = a[i];
            int j = i;
            while (j < n && a[j] == c) {
                j++;
            }
            if (j - i >= 3 && Character.isLetter(c)) {
                a[w++] = c;
            } else {
                while (i < j) {
                    a[w++] = a[i++];
                }
            }
            i = j;
        }
        return w;
    }

    /** Whether three equal letters follow one another somewhere: exactly when {@link #squeezeRuns} changes anything. */
    private static boolean hasRunOfThree(char[] a, int n) {
        for (int i = 2; i < n; i++) {
            char c = a[i];
            if (c == a[i - 1] && c == a[i - 2] && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Single spaces, none at the ends, in place; returns the new length. */
    private static int collapseSpaces(char[] a, int n) {
        int w = 0;
        boolean space = true;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c == ' ') {
                if (!space) {
                    a[w++] = ' ';
                    space = true;
                }
            } else {
                a[w++] = c;
                space = false;
            }
        }
        if (w > 0 && a[w - 1] == ' ') {
            w--;
        }
        return w;
    }
}
