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
     * True when another pass provably changes nothing: plain lower-case ASCII with no digits or leet symbols (so no
     * leetspeak step applies), no run of three equal letters and no two single-character words in a row (so no
     * joining or squeezing applies).
     */
    private static boolean settled(String s) {
        int runChar = -1;
        int run = 0;
        boolean previousSingle = false;
        int wordLength = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c > 0x7e || (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '|' || c == '!' || (c >= 'A' && c <= 'Z')) {
                return false;
            }
            if (c == ' ') {
                boolean single = wordLength == 1;
                if (single && previousSingle) {
                    return false;
                }
                previousSingle = single;
                wordLength = 0;
            } else {
                wordLength++;
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
        String s = cased(text);
        s = joinSpacedLetters(s);
        s = s.toLowerCase(Locale.ROOT);
        s = unLeet(s);
        s = separateInnerPunctuation(s);
        s = squeezeRuns(s);
        return collapseSpaces(s);
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
            return separateInnerPunctuation(text);
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
        s = Normalizer.normalize(b, Normalizer.Form.NFKC);
        return separateInnerPunctuation(s);
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

    /** "k.i.l.l", "k-i-l-l", "k_i_l_l", "k*i*l*l": separators between letters become spaces. */
    private static String separateInnerPunctuation(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = c == '.' || c == '-' || c == '_' || c == '*' || c == '\u00b7' || c == '~'
                    || c == '+' || c == '/' || c == '\\' || c == ',' || c == ':' || c == ';';
            if (separator && i > 0 && i + 1 < s.length()
                    && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Runs of three or more single characters separated by single spaces ("k i l l") are joined. */
    private static String joinSpacedLetters(String s) {
        String[] parts = s.split(" ", -1);
        int units = 0;
        int words = 0;
        for (String part : parts) {
            if (!part.isEmpty()) {
                words++;
                units += isUnit(part) ? 1 : 0;
            }
        }
        // "H o w  d o  I": when nearly everything is spaced out, double spaces are the word breaks and short words
        // count too.
        int shortest = words >= 6 && units * 10 >= words * 7 ? 2 : 3;
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < parts.length) {
            int j = i;
            while (j < parts.length && isUnit(parts[j])) {
                j++;
            }
            if (j - i >= shortest) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                for (int k = i; k < j; k++) {
                    b.append(parts[k]);
                }
                i = j;
            } else {
                if (b.length() > 0 || i > 0) {
                    b.append(' ');
                }
                b.append(parts[i]);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isUnit(String part) {
        return part.length() == 1 && (Character.isLetterOrDigit(part.charAt(0)) || "@$!|".indexOf(part.charAt(0)) >= 0);
    }

    /** Digits and symbols standing in for letters inside a word that has at least two real letters. */
    private static String unLeet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && isWordish(s.charAt(j))) {
                j++;
            }
            if (j == i) {
                b.append(s.charAt(i));
                i++;
                continue;
            }
            b.append(unLeetWord(s, i, j));
            i = j;
        }
        return b.toString();
    }

    private static boolean isWordish(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|';
    }

    private static CharSequence unLeetWord(String s, int from, int to) {
        int letters = 0;
        int leet = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 'a' && c <= 'z') {
                letters++;
            } else if (leetLetter(c) != 0) {
                leet++;
            }
        }
        if (to - from == 1 && from > 0 && s.charAt(from - 1) == '\'' && (s.charAt(from) == '5' || s.charAt(from) == '$')) {
            return "s";
        }
        boolean startsWithLetter = s.charAt(from) >= 'a' && s.charAt(from) <= 'z';
        if (letters < 1 || leet == 0 || to - from < 2 || (letters == 1 && !startsWithLetter)) {
            return s.subSequence(from, to);
        }
        StringBuilder w = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            char mapped = leetLetter(c);
            boolean symbol = c == '@' || c == '$' || c == '!' || c == '|';
            boolean inner = k > from && k + 1 < to;
            if (mapped != 0 && (!symbol || inner || c == '@' || c == '$')) {
                w.append(mapped);
            } else {
                w.append(c);
            }
        }
        return w;
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

    /** "kiiiill" → "kill": three or more of the same letter shrink to one. */
    private static String squeezeRuns(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            if (j - i >= 3 && Character.isLetter(c)) {
                b.append(c);
            } else {
                b.append(s, i, j);
            }
            i = j;
        }
        return b.toString();
    }

    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(c);
                space = false;
            }
        }
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == ' ') {
            b.setLength(end - 1);
        }
        return b.toString();
    }
}
