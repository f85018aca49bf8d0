package dev.ambit.engine.guard;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text prepared for the category detectors: its sentences, the words it capitalises as names, and the frames
 * around it (a declared work of fiction, a jailbreak wrapper, a demand for real-world detail).
 */
final class Prompt {
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!;]+(?: |$)|\\s-\\s");
    private static final Pattern FICTION_FRAME = Pattern.compile(
            "\\b(i'm|i am|im|we're|we are) (writing|working on|directing|making|filming|producing|drafting|creating"
                    + "|designing) (a|an|my|our|the)\\b|\\bfor (a|my|our) (novel|story|book|screenplay|film|movie|play|game)\\b");
    private static final Pattern DETAIL_DEMAND = Pattern.compile(
            "\\b(step by step|detailed (instructions|steps|guide|recipe|procedure)|exact (amounts|quantities|steps|recipe"
                    + "|dose|dosage|measurements|ingredients|temperatures)|in real life|irl|real world|actually works"
                    + "|for real|that works in reality|precise (instructions|steps|quantities)|real instructions"
                    + "|accurate (instructions|recipe|steps)|list of ingredients|ingredients and)\\b");

    final String normalized;
    final List<Sentence> sentences;
    final Set<String> names;
    final Direction direction;
    final boolean framed;
    final boolean fictionFrame;
    final boolean detailDemand;

    Prompt(String text, Direction direction, boolean framed) {
        this.direction = direction;
        this.framed = framed;
        this.normalized = Figures.literalize(TextNormalizer.normalize(text))
                .replace("world war ii", "world war two").replace("world war i", "world war one")
                .replace("non binary", "nonbinary");
        this.names = names(TextNormalizer.cased(text));
        this.sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(normalized)) {
            String s = part.strip();
            if (!s.isEmpty()) {
                sentences.add(new Sentence(s));
            }
        }
        this.fictionFrame = FICTION_FRAME.matcher(normalized).find();
        this.detailDemand = DETAIL_DEMAND.matcher(normalized).find();
    }

    /** A work of fiction, game or sport excuses the violence it describes, unless the frame is a disguise. */
    boolean excused(Sentence s) {
        if (framed || detailDemand) {
            return false;
        }
        return s.gameOrSport || s.fiction || fictionFrame;
    }

    boolean isName(String lowerWord) {
        return names.contains(lowerWord);
    }

    /** Lower-cased words written with a capital inside a sentence: likely names of people, places, works. */
    private static Set<String> names(String cased) {
        Set<String> out = new HashSet<>();
        boolean sentenceStart = true;
        for (String raw : cased.split("[\\s\"()\\[\\]{}]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}']+$", "");
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            } else if (w.endsWith("'")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty() && !sentenceStart && Character.isUpperCase(w.charAt(0)) && !w.equals("I")
                    && !w.startsWith("I'") && !isAllCapsShort(w)) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
            char last = raw.charAt(raw.length() - 1);
            sentenceStart = last == '.' || last == '?' || last == '!' || last == ':' || last == ';';
        }
        return out;
    }

    private static boolean isAllCapsShort(String w) {
        return w.length() <= 1;
    }
}
