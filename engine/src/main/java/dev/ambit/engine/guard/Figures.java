package dev.ambit.engine.guard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures of speech whose literal reading is violent but whose target is a person ("take my friend out for
 * dinner", "explode with laughter", "stab someone in the back"): rewritten to their plain meaning before the
 * detectors look. Figures aimed at a thing ("kill time", "smash the exam") need no entry: the target rule already
 * lets them pass.
 */
final class Figures {
    private Figures() {}

    /**
     * @param cue "&"-separated groups of space-separated words; the pattern can only match when the text holds a word
     *     of every group
     */
    private record Figure(String cue, Pattern pattern, String plain) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("take takes taking took taken&dinner lunch breakfast brunch drink drinks coffee tea meal date movies movie walk drive spin ride"
                    + " shopping dancing cinema picnic cream zoo concert theatre theater show game party trip", Pattern.compile("\\b(take|takes|taking|took|taken)(?=( [\\w']+){0,4} (for|to) (dinner|lunch|breakfast"
                    + "|brunch|drinks?|coffee|tea|a meal|a date|the movies|a movie|a walk|a drive|a spin|a ride|shopping|dancing"
                    + "|the cinema|a picnic|ice cream|the zoo|a concert|the theatre|the theater|a show|a game|a party|a trip)\\b)"),
                    "invite"),
            new Figure("explode explodes exploded exploding&with", Pattern.compile("\\bexplod(e|es|ed|ing)(?= with (laughter|joy|excitement|rage|anger|pride|happiness"
                    + "|delight|enthusiasm|flavou?r|colou?rs?|energy|love|laughing)\\b)"), "burst"),
            new Figure("kill killing kills killed&kindness", Pattern.compile("\\b(kill|killing|kills|killed)(?=( [\\w']+){0,2} with kindness\\b)"), "charm"),
            new Figure("stab stabbed stabbing stabs&back", Pattern.compile("\\bstab(bed|bing|s)?(?=( [\\w']+){0,3} in the back\\b)"), "betray"),
            new Figure("shoot&message email text look glance line note smile question dm quick", Pattern.compile("\\bshoot(?=( [\\w']+){0,2} (a |an )?(message|email|text|look|glance|line|note|smile"
                    + "|question|dm|quick)\\b)"), "send"),
            new Figure("hit&up", Pattern.compile("\\bhit(?= (me|him|her|them|[\\w']+) up\\b)"), "contact"),
            new Figure("knock knocked knocking knocks&dead", Pattern.compile("\\bknock(ed|ing|s)?(?=( [\\w']+){0,2} dead\\b)"), "impress"),
            new Figure("break&leg", Pattern.compile("\\bbreak a leg\\b"), "good luck"),
            // A thing merely shaped like a weapon ("a gun-shaped cookie cutter", "a cake in the shape of a grenade") is
            // a novelty; the weapon word names its outline, not what is made.
            new Figure("shaped", Pattern.compile("\\b(guns?|pistols?|rifles?|revolvers?|handguns?|bombs?|grenades?|knife|knives"
                    + "|swords?|daggers?|missiles?|rockets?|bullets?|ak 47|ar 15|uzi)(?= shaped\\b)"), "novelty"),
            new Figure("shaped shape", Pattern.compile("(?<=\\b(shaped like|in the shape of|the shape of) (a |an )?)(guns?|pistols?"
                    + "|rifles?|revolvers?|handguns?|bombs?|grenades?|knife|knives|swords?|daggers?|missiles?|rockets?"
                    + "|bullets?)\\b"), "novelty"),
            new Figure("crush crushing crushed&on", Pattern.compile("\\b(crush|crushing|crushed)(?= on\\b)"), "fancy"));

    /** Each figure's cue groups as word sets, built once. */
    private static final List<List<java.util.Set<String>>> CUES = FIGURES.stream()
            .map(f -> java.util.Arrays.stream(f.cue().split("&")).map(g -> Lexicon.words(g.split(" "))).toList())
            .toList();

    /**
     * The text's words, split at every character outside a-z and 0-9: a superset of the words a pattern's "\\b" can
     * see, so a gate on these never skips a pattern that would match. One pass over the text replaces a scan per cue.
     */
    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean cued(java.util.Set<String> words, List<java.util.Set<String>> groups) {
        for (java.util.Set<String> group : groups) {
            if (!Lexicon.mentionsAny(group, words)) {
                return false;
            }
        }
        return true;
    }

    static String literalize(String normalized) {
        String s = normalized;
        // Words of the text before any rewrite: no figure's plain reading holds another figure's cue word.
        java.util.Set<String> words = words(normalized);
        for (int i = 0; i < FIGURES.size(); i++) {
            Figure f = FIGURES.get(i);
            if (cued(words, CUES.get(i))) {
                s = f.pattern().matcher(s).replaceAll(f.plain());
            }
        }
        return s;
    }
}
