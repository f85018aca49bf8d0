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
    private static final Pattern FICTION_FRAME = Pattern.compile(
            "\\b(i'm|i am|im|we're|we are) (writing|working on|directing|making|filming|producing|drafting|creating"
                    + "|designing) (a|an|my|our|the)\\b|\\bfor (a|my|our) (novel|story|book|screenplay|film|movie|play|game)\\b");
    private static final Pattern DETAIL_DEMAND = Pattern.compile(
            "\\b(step by step|detailed (instructions|steps|guide|recipe|procedure)|exact (amounts|quantities|steps|recipe"
                    + "|dose|dosage|measurements|ingredients|temperatures)|in real life|irl|real world|actually works"
                    + "|for real|that works in reality|precise (instructions|steps|quantities)|real instructions"
                    + "|accurate (instructions|recipe|steps)|list of ingredients|ingredients and)\\b");

    /** Texting shorthand "how 2 make", "want 2 buy": a "2" between a request word and a verb is "to". */
    private static final Pattern TWO_AS_TO = Pattern.compile(
            "\\b(how|where|want|wanna|need|way|ways|going|trying|try|tips|steps|easiest|best|what) 2 (?=[a-z])");

    private static final Set<String> FRAME_WORDS = Lexicon.words(
            "writing", "working", "directing", "making", "filming", "producing", "drafting", "creating", "designing",
            "novel", "story", "book", "screenplay", "film", "movie", "play", "game");
    private static final Set<String> DETAIL_WORDS = Lexicon.words(
            "step", "detailed", "exact", "real", "irl", "actually", "reality", "precise", "accurate", "ingredients",
            "list");

    final String normalized;
    /** The sentences in order, a repeated sentence as the same object each time. */
    final List<Sentence> sentences;
    /**
     * Each sentence once, in order of first appearance. A detector whose verdict on a sentence depends only on the
     * prompt and that sentence (and whose state changes only when it reports) reaches the same verdicts on this list:
     * a repeat can only repeat what its first occurrence found. A 1 KB prompt saying one thing ten times is judged once.
     */
    final List<Sentence> distinct;
    final Set<String> names;
    final Direction direction;
    private final boolean forcedFrame;
    private Boolean framed;
    final WordSet words;
    private Boolean fictionFrame;
    private Boolean detailDemand;

    Prompt(String text, String normalizedText, Direction direction, boolean framed) {
        this.direction = direction;
        this.forcedFrame = framed;
        String s = Figures.literalize(normalizedText);
        if (s.contains("world war i")) {
            s = s.replace("world war ii", "world war two").replace("world war i", "world war one");
        }
        if (s.contains(" 2 ")) {
            s = TWO_AS_TO.matcher(s).replaceAll("$1 to ");
        }
        this.normalized = s.contains("non binary") ? s.replace("non binary", "nonbinary") : s;
        this.names = names(text);
        this.sentences = new ArrayList<>();
        WordSet all = new WordSet(normalized.length() / 5);
        java.util.Map<String, Sentence> distinct = new java.util.LinkedHashMap<>();
        int start = 0;
        int n = normalized.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? normalized.charAt(i) : '.';
            boolean end = c == '.' || c == '?' || c == '!' || c == ';';
            if (end && (i + 1 >= n || normalized.charAt(i + 1) == ' ')) {
                String part = normalized.substring(start, i).strip();
                if (!part.isEmpty()) {
                    // A repeated sentence is the same Sentence: its tokens, flags and pattern answers are computed once.
                    Sentence sentence = distinct.get(part);
                    if (sentence == null) {
                        sentence = new Sentence(part);
                        distinct.put(part, sentence);
                        all.addPart(sentence.words);
                    }
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        this.words = all;
        this.distinct = List.copyOf(distinct.values());
    }

    /** Asking where to get help, how to help someone, or how to stop: the frame around a disclosure, not a request. */
    private static final Pattern HELP_SEEKING = Pattern.compile(
            "\\b(where|who) (can|do|should|could) (i|we) (get|find|go for|turn to|talk to|call|reach)\\b|\\bget (some )?help\\b"
                    + "|\\bhow (can|do|should|could) (i|we) (help|support|talk to|reach out to) (him|her|them|my \\w+|a \\w+)\\b"
                    + "|\\b(stop|quit) (cutting|hurting|harming|self harming|wanting to)\\b"
                    // How to raise it with a therapist, what to do instead: help asked.
                    + "|" + SelfHarmDetector.COPING_ASKED
                    + "|\\bhow (do|can|could|should) (i|we) (find|get|see|reach|book) (a|an|my|some) (therapist|counsell?or"
                    + "|psychiatrist|psychologist|support group|helpline|crisis line)\\b"
                    + "|\\b(bring (it|this) up|talk about (it|this)|open up) (with|to) (a|my|the) (therapist|counsell?or|doctor|gp"
                    + "|psychiatrist|psychologist)\\b"
                    + "|\\b((safer|healthier|healthy|other) (coping|alternatives|ways to cope)|coping (alternatives|strategies"
                    + "|skills|mechanisms|techniques|tips|ideas)|alternatives to (self harm|self harming|cutting|hurting myself))\\b"
                    // Getting through an urge ("ride out", "sit with", "resist") is the help asked for, not the act.
                    + "|\\b(ride out|resist|fight|manage|handle|deal with|get through|cope with|overcome|sit with|delay)"
                    + " (the |my |an |these |this |that )?(urges?|cravings?|impulses?)\\b");

    /**
     * Words without which {@link #HELP_SEEKING} cannot match: one of these, or "how" with a way of helping ("how can I
     * support him") — "how" alone is in too many sentences to gate on.
     */
    private static final Trigger HELP_CUES = Trigger.of("where", "who", "help", "stop", "quit", "therapist",
            "counsellor", "counselor", "doctor", "gp", "psychiatrist", "psychologist", "coping", "cope", "alternatives",
            "grounding", "distraction", "calming", "soothing", "instead", "rather", "urge", "urges", "spiral", "track",
            "clean", "get", "wounds", "cuts", "scars", "relapsed", "relapse", "tell", "appointment", "visit", "treatable",
            "fade", "quit", "quitting", "expect", "happens", "safe", "healthy", "other", "good");
    private static final Set<String> HOW_HELP = Lexicon.words("support", "talk", "reach");
    /** An urge named: the only cue of "ride out the urge", "sit with the impulse". */
    private static final Set<String> URGES = Lexicon.words("urge", "urges", "craving", "cravings", "impulse", "impulses");

    /** 0 unknown, 1 no, 2 yes: computed once, since detectors ask per sentence and a prompt lives in one thread. */
    private int helpSeeking;

    /** Whether some sentence seeks help or asks how to stop; detectors use it to read a disclosure as a disclosure. */
    boolean helpSeeking() {
        if (helpSeeking == 0) {
            helpSeeking = 1;
            for (Sentence s : sentences) {
                boolean cued = s.mentionsAny(HELP_CUES) || Lexicon.mentionsAny(HOW_HELP, s.words) && s.words.contains("how")
                        || Lexicon.mentionsAny(URGES, s.words);
                if (cued && s.has(HELP_SEEKING)) {
                    helpSeeking = 2;
                    break;
                }
            }
        }
        return helpSeeking == 2;
    }

    /** "how can he get", "where could my cousin buy": a request made for someone else. */
    private static final Pattern ASKED_FOR_ANOTHER = Pattern.compile(
            "\\b(how|where|what|which) (can|could|do|does|should|would|might|will) (he|she|they|my \\w+)\\b");
    private static final Set<String> THIRD_PERSON = Lexicon.words("he", "she", "they", "my");

    /**
     * Whether the sentence asks how someone the speaker has named as theirs ("my cousin", "my friend") could do it:
     * the speaker asks on their behalf, which is a request all the same.
     */
    boolean onBehalf(Sentence s) {
        return Lexicon.mentionsAny(THIRD_PERSON, s.words) && words.contains("my") && namesOwnPerson()
                && s.has(ASKED_FOR_ANOTHER);
    }

    /** Computed once: several sentences of one prompt may ask on someone's behalf. */
    private Boolean namesOwnPerson;

    private boolean namesOwnPerson() {
        if (namesOwnPerson == null) {
            namesOwnPerson = false;
            for (Sentence s : distinct) {
                for (int i = 0; i + 1 < s.size() && !namesOwnPerson; i++) {
                    namesOwnPerson = s.word(i).equals("my") && Lexicon.isPerson(s.word(i + 1));
                }
            }
        }
        return namesOwnPerson;
    }

    /** A work of fiction, game or sport excuses the violence it describes, unless the frame is a disguise. */
    boolean excused(Sentence s) {
        if (framed() || detailDemand()) {
            return false;
        }
        return s.gameOrSport() || s.fiction() || fictionFrame() || SequelTitle.named(this, s);
    }

    boolean framed() {
        if (framed == null) {
            framed = forcedFrame || PayloadUnwrapper.framed(words, normalized);
        }
        return framed;
    }

    private boolean fictionFrame() {
        if (fictionFrame == null) {
            fictionFrame = Lexicon.mentionsAny(FRAME_WORDS, words) && RequiredText.find(FICTION_FRAME, normalized);
        }
        return fictionFrame;
    }

    private boolean detailDemand() {
        if (detailDemand == null) {
            detailDemand = Lexicon.mentionsAny(DETAIL_WORDS, words) && RequiredText.find(DETAIL_DEMAND, normalized);
        }
        return detailDemand;
    }

    boolean isName(String lowerWord) {
        return names.contains(lowerWord);
    }

    /** As {@link Character#isLetterOrDigit(char)}, answering ASCII from a table: called on every character. */
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (ASCII_KIND[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    private static final int LETTER = 1;
    private static final int UPPER = 2;
    private static final int LETTER_OR_DIGIT = 4;
    /** For each ASCII character, its {@link #LETTER}, {@link #UPPER} and {@link #LETTER_OR_DIGIT} bits. */
    private static final byte[] ASCII_KIND = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_KIND[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isUpperCase(c) ? UPPER : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0));
        }
    }

    /** "Biden", "McDonald", "DeVito"; not "CoworkeR", "My" or "HOME". */
    private static boolean looksLikeName(String part) {
        if (part.length() < 3 || !Character.isUpperCase(part.charAt(0))
                || Character.isUpperCase(part.charAt(part.length() - 1))) {
            return false;
        }
        int inner = 0;
        for (int k = 1; k < part.length(); k++) {
            inner += Character.isUpperCase(part.charAt(k)) ? 1 : 0;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        return inner <= 1 && !Lexicon.PERSON.contains(lower) && !FUNCTION_WORDS.contains(lower);
    }

    private static final Set<String> FUNCTION_WORDS = Lexicon.words(
            "the", "and", "what", "how", "why", "where", "who", "when", "which", "can", "could", "should", "would", "will",
            "you", "your", "our", "his", "her", "their", "its", "this", "that", "with", "for", "from", "about", "into");

    /**
     * Lower-cased words written with a capital inside a sentence: likely names of people, places, works. Read
     * from the text before case folding; a name's letters may still carry leetspeak, which only makes it miss.
     */
    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        // Read from an array: two passes over every character, where String.charAt's checks add up.
        char[] t = text.toCharArray();
        int letters = 0;
        int upper = 0;
        for (char c : t) {
            // Counted without a branch per character: letters and spaces alternate too irregularly to predict.
            int kind = c < 0x80 ? ASCII_KIND[c] : (Character.isLetter(c) ? LETTER : 0)
                    | (Character.isLetter(c) && Character.isUpperCase(c) ? UPPER : 0);
            letters += kind & LETTER;
            upper += (kind & UPPER) >> 1;
        }
        if (upper * 4 > letters) {
            // Shouting or random case: capitals say nothing about names here.
            return out;
        }
        boolean sentenceStart = true;
        int i = 0;
        int n = t.length;
        while (i < n) {
            char c = t[i];
            if (!isLetterOrDigit(c)) {
                if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '\n') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && (isLetterOrDigit(t[j]) || t[j] == '-')) {
                j++;
            }
            if (!sentenceStart && Character.isUpperCase(c) && j - i > 2) {
                String word = text.substring(i, j);
                for (String part : word.indexOf('-') < 0 ? new String[] {word} : word.split("-")) {
                    if (looksLikeName(part)) {
                        out.add(part.toLowerCase(Locale.ROOT));
                    }
                }
            }
            sentenceStart = false;
            i = j;
        }
        return out;
    }
}
