package dev.ambit.engine.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a request out of its wrapper so it is judged on what it asks for: role-play and override frames
 * ("ignore previous instructions", "you are DAN", "hypothetically") are cut away and mark the text as framed;
 * base64, rot13 and reversed payloads are decoded into further views of the same text.
 */
final class PayloadUnwrapper {
    private PayloadUnwrapper() {}

    private static final Pattern WRAPPER = Pattern.compile(
            "\\b(ignore|disregard|forget|override|bypass) (all |any |the |your |my )*(previous|prior|above|earlier|preceding"
                    + "|original|system|safety|content)? ?(instructions|rules|prompts?|guidelines|directives|restrictions|filters"
                    + "|policies|programming|training)\\b"
                    + "|\\byou are (now )?(dan|stan|dude|aim|an? (ai|model|assistant|chatbot) (without|with no|free of|that has no)"
                    + "|free from|unrestricted|unfiltered|uncensored|jailbroken|in developer mode)\\b"
                    + "|\\b(pretend|imagine|suppose) (that )?(you are|you're|to be|you have no)\\b|\\b(act|acting) as (if|an?|my)\\b"
                    + "|\\brole ?play(ing)? as\\b|\\bstay in character\\b|\\bdeveloper mode\\b|\\bdo anything now\\b"
                    + "|\\b(no|without) (restrictions|rules|filters|limits|ethical guidelines|censorship)\\b"
                    + "|\\bhypothetically( speaking)?\\b|\\bin a (fictional|hypothetical|imaginary|alternate) (world|scenario|universe"
                    + "|setting)\\b|\\bfor (educational|research|academic) purposes( only)?\\b|\\bjust (curious|asking)\\b"
                    + "|\\bmy (late )?grand(ma|mother|pa|father) used to (tell|read)\\b|\\bopposite mode\\b|\\bevil (ai|bot|assistant)\\b");
    private static final Set<String> WRAPPER_WORDS = Lexicon.words(("ignore disregard forget override bypass dan stan"
            + " pretend imagine suppose roleplay role acting developer restrictions filters censorship hypothetically"
            + " hypothetical fictional imaginary alternate educational academic curious grandma grandmother grandpa"
            + " grandfather opposite evil unrestricted unfiltered uncensored jailbroken").split(" "));
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}+={0,2}");
    private static final Set<String> DECODE_WORDS = Lexicon.words(
            "rot13", "caesar", "cipher", "decode", "decipher", "decrypt", "encoded", "backwards", "reversed",
            "base64", "backward", "reverse");
    private static final Set<String> COMMON = Lexicon.words(
            "the", "a", "to", "how", "i", "is", "what", "and", "of", "do", "can", "you", "in", "my", "for", "it", "me",
            "make", "where", "with", "someone", "best", "way", "get", "buy", "kill", "tell");

    /** True when a role-play, override or hypothetical frame wraps the text. */
    static boolean framed(Set<String> words, String normalized) {
        return Lexicon.mentionsAny(WRAPPER_WORDS, words) && RequiredText.find(WRAPPER, normalized);
    }

    /** An instruction to put split pieces back together: "(remove the space)", "join the letters". */
    private static final Pattern JOIN_INSTRUCTION = Pattern.compile(
            "\\b(remove|delete|drop|ignore|without|minus|no|close|take out) (the |any |all )?(spaces?|gaps?|blanks?)\\b"
                    + "|\\b(join|combine|merge|glue|concatenate|put together|stick together) (the |these |both |all )?(letters"
                    + "|words|parts|pieces|halves|syllables|fragments|bits)\\b");
    private static final Set<String> JOIN_WORDS = Lexicon.words("space", "spaces", "gap", "gaps", "blank", "blanks",
            "join", "combine", "merge", "glue", "concatenate", "together");

    /**
     * Further views of the text, each to be judged as text of its own: split words joined back on request, and
     * payloads hidden in base64, rot13 or reversed text. {@code normalized} is {@code raw} after {@link
     * TextNormalizer#normalize}.
     */
    static List<String> payloads(String raw, String normalized, Set<String> words) {
        List<String> payloads = new ArrayList<>();
        if (Lexicon.mentionsAny(JOIN_WORDS, words)) {
            joinSplitWords(normalized).ifPresent(payloads::add);
        }
        if (hasLongBase64Run(raw)) {
            Matcher b64 = BASE64.matcher(raw);
            while (b64.find() && payloads.size() < 4) {
                decodeBase64(b64.group()).ifPresent(payloads::add);
            }
        }
        int forward = commonWords(words);
        boolean cued = Lexicon.mentionsAny(DECODE_WORDS, words);
        if (cued) {
            reversedWords(normalized).ifPresent(payloads::add);
        }
        if (Lexicon.mentionsAny(POSSESSED, words)) {
            possessivesRestored(normalized).ifPresent(payloads::add);
        }
        if (cued || forward <= 1) {
            String rot = rot13(raw);
            if (commonWords(wordsOf(rot)) > forward) {
                payloads.add(rot);
            }
            String reversed = new StringBuilder(raw).reverse().toString();
            if (commonWords(wordsOf(reversed)) > forward) {
                payloads.add(reversed);
            }
        }
        return payloads;
    }

    /**
     * With a join instruction present, neighbouring pieces ("nap alm", "ex plo sive") whose concatenation is a word the
     * detectors know are written as that word. The view holds only the sentences where something was joined (the rest
     * of the text is already judged as it stands), so a long text pays for one sentence, not for itself twice.
     */
    static java.util.Optional<String> joinSplitWords(String normalized) {
        if (!RequiredText.find(JOIN_INSTRUCTION, normalized)) {
            return java.util.Optional.empty();
        }
        StringBuilder view = new StringBuilder();
        for (String sentence : SENTENCE_END.split(normalized)) {
            String[] w = sentence.split(" ");
            StringBuilder b = new StringBuilder(sentence.length());
            boolean joined = false;
            for (int i = 0; i < w.length; i++) {
                int take = 1;
                for (int parts = 3; parts >= 2 && take == 1; parts--) {
                    if (i + parts <= w.length && knownWord(joinedLetters(w, i, i + parts))) {
                        take = parts;
                    }
                }
                b.append(b.length() == 0 ? "" : " ").append(String.join("", java.util.Arrays.copyOfRange(w, i, i + take)));
                joined |= take > 1;
                i += take - 1;
            }
            if (joined) {
                view.append(view.length() == 0 ? "" : " ").append(b).append('.');
            }
        }
        return view.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(view.toString());
    }

    /** Where one sentence ends and the next begins, as {@link Prompt} splits them. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!;]) ");

    /** The pieces joined, or "" when a piece other than the last holds a non-letter ("te," may end the word). */
    private static String joinedLetters(String[] w, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            for (int k = 0; k < w[i].length(); k++) {
                char c = w[i].charAt(k);
                if (Character.isLetter(c)) {
                    b.append(c);
                } else if (i < to - 1 || k == 0) {
                    return "";
                } else {
                    break;
                }
            }
        }
        return b.toString();
    }

    /**
     * A word some detector gates on, or a verb of harm. The guard builds every detector before it unwraps anything, so
     * every trigger word is registered by then.
     */
    private static boolean knownWord(String w) {
        return w.length() >= 4 && (Trigger.anyHolds(w) || Lexicon.HARM_VERB.containsKey(w));
    }

    private static java.util.Optional<String> decodeBase64(String token) {
        try {
            String padded = token;
            while (padded.length() % 4 != 0) {
                padded = padded + "=";
            }
            byte[] bytes = Base64.getDecoder().decode(padded);
            String text = new String(bytes, StandardCharsets.UTF_8);
            int printable = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x20 && c < 0x7f || c == '\n') {
                    printable++;
                }
            }
            return text.length() >= 8 && printable >= text.length() * 0.9 && text.indexOf(' ') > 0
                    ? java.util.Optional.of(text) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static String rot13(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                b.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Set<String> wordsOf(String raw) {
        Set<String> words = new HashSet<>();
        for (String w : TextNormalizer.normalize(raw).split(" ")) {
            words.add(keepWordChars(w)); // by hand: String.replaceAll would compile its pattern once per word
        }
        return words;
    }

    /**
     * "buy lynatnef (read that word backwards)": a single word written backwards amid plain text, turned round where
     * the turned word is one the detectors know. Reversing the whole text would garble the plain words around it.
     */
    static java.util.Optional<String> reversedWords(String normalized) {
        String[] w = normalized.split(" ");
        boolean turned = false;
        for (int i = 0; i < w.length; i++) {
            String core = keepWordChars(w[i]);
            String back = new StringBuilder(core).reverse().toString();
            if (!back.equals(core) && knownWord(back)) {
                w[i] = back;
                turned = true;
            }
        }
        return turned ? java.util.Optional.of(String.join(" ", w)) : java.util.Optional.empty();
    }

    /** What a person's possession is called in "my neighbours wifi", "a dead persons identity". */
    private static final Set<String> POSSESSED = Lexicon.words("wifi", "email", "emails", "account", "accounts",
            "password", "passwords", "phone", "instagram", "facebook", "snapchat", "whatsapp", "messages", "texts",
            "identity", "location", "address", "number", "laptop", "computer", "car", "house", "keys", "wallet", "card",
            "cards", "bank", "ssn", "passport", "signature", "medication", "meds", "pills", "drink", "food", "router",
            "network", "icloud", "gmail", "tiktok", "twitter", "camera", "webcam", "diary", "photos", "nudes", "mail");

    /**
     * "hack my exs email", "my neighbours wifi": a possessive typed without its apostrophe reads as a plural, and the
     * detectors that ask whose account or car it is miss it. The view writes the apostrophe back where a word for a
     * person ending in s stands before a word for a possession.
     */
    static java.util.Optional<String> possessivesRestored(String normalized) {
        if (normalized.indexOf("s ") < 0) {
            return java.util.Optional.empty();
        }
        String[] w = normalized.split(" ");
        boolean restored = false;
        for (int i = 0; i + 1 < w.length; i++) {
            String word = w[i];
            if (word.length() > 2 && word.endsWith("s") && POSSESSED.contains(keepWordChars(w[i + 1]))) {
                String stem = word.substring(0, word.length() - 1);
                if (stem.equals("ex") || Lexicon.isPerson(stem)) {
                    w[i] = stem + "'s";
                    restored = true;
                }
            }
        }
        return restored ? java.util.Optional.of(String.join(" ", w)) : java.util.Optional.empty();
    }

    /** {@code w} with every character outside a-z, 0-9 and the apostrophe removed. */
    private static String keepWordChars(String w) {
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'';
            if (!keep && b == null) {
                b = new StringBuilder(w.length()).append(w, 0, i);
            } else if (keep && b != null) {
                b.append(c);
            }
        }
        return b == null ? w : b.toString();
    }

    /** How many distinct common English words: plain text has several, ciphered or reversed text almost none. */
    private static int commonWords(Set<String> words) {
        // The size of the intersection, probed from the smaller side: a prompt holds far more words than COMMON.
        Set<String> probe = words.size() <= COMMON.size() ? words : COMMON;
        Set<String> in = probe == words ? COMMON : words;
        int n = 0;
        for (String w : probe) {
            if (in.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** The base64 alphabet by character: one array load per character of the text. */
    private static final boolean[] BASE64_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            BASE64_CHAR[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
        }
    }

    private static boolean hasLongBase64Run(String raw) {
        int run = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            run = c < 128 && BASE64_CHAR[c] ? run + 1 : 0;
            if (run >= 16) {
                return true;
            }
        }
        return false;
    }
}
