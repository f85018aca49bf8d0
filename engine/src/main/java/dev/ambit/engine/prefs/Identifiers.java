package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.DataCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers in a statement (e-mail, phone, payment card, national id, postal address) and
 * reduces them to what an assistant plausibly needs, so minimisation never keeps the full identifier.
 */
final class Identifiers {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");
    private static final Pattern CARD = Pattern.compile("\\b(?:\\d[ -]?){12,19}\\b");
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Za-z]{2}\\d{2}[A-Za-z0-9]{11,30}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w@])\\+?\\(?\\d[\\d ()./-]{5,}\\d\\b");
    private static final Pattern POSTAL = Pattern.compile(
            "\\b\\d{1,5}[A-Za-z]?\\s+[\\p{L} .'-]{2,40}\\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|"
                    + "court|ct|place|pl|square|boulevard|blvd|strasse|straße|weg|gasse|platz|rue|via|calle|katu)\\b"
                    + "[^\\n]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d ./-]*\\d{2,}|\\d{3,}");

    /** One identifier found in text. */
    record Found(DataCategory category, String value) {}

    private Identifiers() {}

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        String rest = text;
        rest = take(rest, EMAIL, DataCategory.EMAIL, found);
        rest = take(rest, SSN, DataCategory.NATIONAL_ID, found);
        rest = take(rest, IBAN, DataCategory.NATIONAL_ID, found, Identifiers::looksLikeIban);
        // Synthetic and mistyped numbers fail Luhn; the word "card" beside them is evidence enough.
        boolean cardContext = text.toLowerCase(java.util.Locale.ROOT).contains("card");
        rest = take(rest, CARD, DataCategory.CARD, found, v -> cardContext || luhn(v));
        rest = take(rest, POSTAL, DataCategory.ADDRESS, found);
        take(rest, PHONE, DataCategory.PHONE, found, v -> digits(v).length() >= 7 && digits(v).length() <= 15);
        return found;
    }

    private static String take(String text, Pattern p, DataCategory category, List<Found> into) {
        return take(text, p, category, into, v -> true);
    }

    private static String take(String text, Pattern p, DataCategory category, List<Found> into,
            java.util.function.Predicate<String> valid) {
        Matcher m = p.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String value = m.group().strip().replaceAll("[.,;]+$", "");
            if (valid.test(value)) {
                into.add(new Found(category, value));
                m.appendReplacement(rest, " ");
            }
        }
        m.appendTail(rest);
        return rest.toString();
    }

    /**
     * {@code text} with every identifier found replaced by its category in brackets (e.g. {@code [email]}), and
     * any other run of three or more digits by {@code [number]}: house numbers and postcodes the patterns miss
     * must not survive in evidence either.
     */
    static String redact(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Found f : find(text)) {
            out = out.replace(f.value(), "[" + f.category().id() + "]");
        }
        return NUMBER.matcher(out).replaceAll("[number]");
    }

    static String minimise(DataCategory category, String value) {
        String digits = digits(value);
        return switch (category) {
            case EMAIL -> "an address at " + value.substring(value.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
            case PHONE -> "a number ending in " + tail(digits, 2);
            case CARD -> "a card ending in " + tail(digits, 4);
            case NATIONAL_ID -> "an identity number (withheld)";
            case ADDRESS -> town(value);
            default -> value;
        };
    }

    /** Keeps the town of an address (its last part without digits), never the street and number. */
    private static String town(String address) {
        String[] parts = address.split("[,\\n]");
        for (int i = parts.length - 1; i > 0; i--) {
            String part = parts[i].strip();
            if (!part.isEmpty() && part.chars().noneMatch(Character::isDigit)) {
                return "an address in " + part;
            }
        }
        return "an address (withheld)";
    }

    private static String tail(String digits, int n) {
        return digits.length() <= n ? digits : digits.substring(digits.length() - n);
    }

    static String digits(String value) {
        return value.replaceAll("\\D", "");
    }

    private static boolean looksLikeIban(String value) {
        return value.length() >= 15 && Character.isDigit(value.charAt(2)) && value.chars().anyMatch(Character::isDigit);
    }

    static boolean luhn(String value) {
        String d = digits(value);
        if (d.length() < 12 || d.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < d.length(); i++) {
            int n = d.charAt(d.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
        }
        return sum % 10 == 0;
    }
}
