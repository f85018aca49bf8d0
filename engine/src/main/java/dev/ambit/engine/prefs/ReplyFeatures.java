package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Measurable features of a reply, so a thumbs up or down can be attributed to what the user actually saw.
 *
 * @param words word count
 * @param lines non-blank lines
 * @param bulletLines lines that start with a bullet or a list number
 * @param emoji emoji count
 * @param readingGrade Flesch–Kincaid grade level (0 for an empty reply)
 * @param language a BCP-47 primary tag guessed from common words, or empty when unsure
 */
public record ReplyFeatures(int words, int lines, int bulletLines, int emoji, double readingGrade, String language) {
    static final int SHORT_WORDS = 60;
    static final int MEDIUM_WORDS = 200;
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "is", "are", "you", "that", "of", "to", "it", "with", "was", "this"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "sie", "mit", "ein", "eine", "zu"),
            "fr", Set.of("le", "la", "les", "et", "est", "vous", "une", "des", "pas", "que", "je", "dans"),
            "es", Set.of("el", "los", "las", "y", "es", "que", "una", "por", "con", "para", "no", "del"),
            "it", Set.of("il", "che", "di", "è", "una", "per", "non", "gli", "sono", "con", "della", "questo"),
            "nl", Set.of("de", "het", "een", "en", "is", "niet", "van", "dat", "je", "ik", "zijn", "met"),
            "pt", Set.of("o", "os", "as", "e", "é", "que", "uma", "não", "com", "para", "do", "da"));

    public ReplyFeatures {
        Objects.requireNonNull(language, "language");
        if (words < 0 || lines < 0 || bulletLines < 0 || emoji < 0 || bulletLines > lines) {
            throw new IllegalArgumentException("counts must be >= 0 and bulletLines <= lines, got words=" + words
                    + " lines=" + lines + " bulletLines=" + bulletLines + " emoji=" + emoji);
        }
    }

    /** Measures {@code text}. */
    public static ReplyFeatures of(String text) {
        String t = text == null ? "" : text;
        int lines = 0;
        int bullets = 0;
        for (String line : t.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            lines++;
            if (s.matches("^(?:[-*•‣◦]|\\d{1,2}[.)])\\s+.*")) {
                bullets++;
            }
        }
        String[] tokens = t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        int words = 0;
        int syllables = 0;
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (String w : tokens) {
            if (w.isEmpty() || !w.codePoints().anyMatch(Character::isLetter)) {
                continue;
            }
            words++;
            syllables += syllables(w);
            STOPWORDS.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        int sentences = Math.max(1, t.split("[.!?]+\\s|[.!?]+$|\n").length);
        double grade = words == 0 ? 0 : 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        int emoji = (int) t.codePoints().filter(ReplyFeatures::isEmoji).count();
        int wordCount = words;
        // A language counts only when its common words are frequent enough to rule out borrowed phrases.
        String language = hits.entrySet().stream()
                .filter(e -> e.getValue() >= 3 && e.getValue() * 20 >= wordCount)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
        return new ReplyFeatures(words, lines, bullets, emoji, Math.max(0, grade), language);
    }

    /** The dimension values this reply exhibits; a dimension is left out where the reply says nothing about it. */
    public Map<Dimension, String> observed() {
        Map<Dimension, String> out = new EnumMap<>(Dimension.class);
        if (words == 0) {
            return out;
        }
        out.put(Dimension.VERBOSITY, words <= SHORT_WORDS ? "short" : words <= MEDIUM_WORDS ? "medium" : "long");
        out.put(Dimension.FORMAT, bulletLines < 2 ? "prose" : bulletLines * 2 >= lines ? "bullets" : "mixed");
        out.put(Dimension.EMOJI, emoji == 0 ? "none" : "some");
        if (words >= 20) {
            out.put(Dimension.EXPERTISE, readingGrade < 7 ? "beginner" : readingGrade < 12 ? "intermediate" : "expert");
        }
        if (!language.isEmpty()) {
            out.put(Dimension.LANGUAGE, language);
        }
        return out;
    }

    private static int syllables(String word) {
        int count = 0;
        boolean vowel = false;
        for (char c : word.toCharArray()) {
            boolean v = "aeiouyäöüéèêàáíóú".indexOf(c) >= 0;
            if (v && !vowel) {
                count++;
            }
            vowel = v;
        }
        if (word.endsWith("e") && count > 1) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1F2FF);
    }
}
