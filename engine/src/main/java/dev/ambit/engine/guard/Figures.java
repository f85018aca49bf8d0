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

    private record Figure(String cue, Pattern pattern, String plain) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("tak|took&dinner|lunch|breakfast|brunch|drink|coffee|tea|meal|date|movie|walk|drive|spin|ride|shopping|dancing|cinema|picnic|ice cream|zoo|concert|theat|show|game|party|trip", Pattern.compile("\\b(take|takes|taking|took|taken)(?=( [\\w']+){0,4} (for|to) (dinner|lunch|breakfast"
                    + "|brunch|drinks?|coffee|tea|a meal|a date|the movies|a movie|a walk|a drive|a spin|a ride|shopping|dancing"
                    + "|the cinema|a picnic|ice cream|the zoo|a concert|the theatre|the theater|a show|a game|a party|a trip)\\b)"),
                    "invite"),
            new Figure("explod&with", Pattern.compile("\\bexplod(e|es|ed|ing)(?= with (laughter|joy|excitement|rage|anger|pride|happiness"
                    + "|delight|enthusiasm|flavou?r|colou?rs?|energy|love|laughing)\\b)"), "burst"),
            new Figure("kill&kindness", Pattern.compile("\\b(kill|killing|kills|killed)(?=( [\\w']+){0,2} with kindness\\b)"), "charm"),
            new Figure("stab&in the back", Pattern.compile("\\bstab(bed|bing|s)?(?=( [\\w']+){0,3} in the back\\b)"), "betray"),
            new Figure("shoot&message|email|text|look|glance|line|note|smile|question|dm|quick", Pattern.compile("\\bshoot(?=( [\\w']+){0,2} (a |an )?(message|email|text|look|glance|line|note|smile"
                    + "|question|dm|quick)\\b)"), "send"),
            new Figure("hit &up", Pattern.compile("\\bhit(?= (me|him|her|them|[\\w']+) up\\b)"), "contact"),
            new Figure("knock&dead", Pattern.compile("\\bknock(ed|ing|s)?(?=( [\\w']+){0,2} dead\\b)"), "impress"),
            new Figure("a leg", Pattern.compile("\\bbreak a leg\\b"), "good luck"),
            // A thing merely shaped like a weapon ("a gun-shaped cookie cutter", "a cake in the shape of a grenade") is
            // a novelty; the weapon word names its outline, not what is made.
            new Figure("shape", Pattern.compile("\\b(guns?|pistols?|rifles?|revolvers?|handguns?|bombs?|grenades?|knife|knives"
                    + "|swords?|daggers?|missiles?|rockets?|bullets?|ak 47|ar 15|uzi)(?= shaped\\b)"), "novelty"),
            new Figure("shape", Pattern.compile("(?<=\\b(shaped like|in the shape of|the shape of) (a |an )?)(guns?|pistols?"
                    + "|rifles?|revolvers?|handguns?|bombs?|grenades?|knife|knives|swords?|daggers?|missiles?|rockets?"
                    + "|bullets?)\\b"), "novelty"),
            new Figure("crush on", Pattern.compile("\\b(crush|crushing|crushed)(?= on\\b)"), "fancy"),
            // "I could strangle my brother for eating the cake": exasperation with someone, said of a past annoyance.
            new Figure("could&strangl|kill|murder|throttl|wring", Pattern.compile("(?<=\\bcould (honestly |literally |seriously |just "
                    + "|actually |really )?)(strangle|kill|murder|throttle|wring)(?=( [\\w']+){1,3} (for|when|because|after|if)\\b"
                    + "|( [\\w']+){1,3} (he|she|they) (ate|took|told|left|broke|forgot|used|finished|said|keeps?))"), "scold"),
            // "without burning the bridge", "burning every bridge with my family": a relationship ended, not a bridge.
            new Figure("burn&bridge", Pattern.compile("\\b(burn|burning|burned|burnt|burns)(?= (the |every |my |a |that |any |all |our "
                    + "|your |those |these |no )?(\\w+ )?bridges?\\b)"), "ruin"),
            // "destroy him in the custody hearing", "verbally destroy my opponent": winning a contest.
            new Figure("destroy", Pattern.compile("\\b(verbally |absolutely )?(destroy|destroying|destroyed)(?=( [\\w']+){1,3} (in|at) (the"
                    + " |a |this |our |my |his |her )?(\\w+ )?(hearing|debate|court|game|match|argument|interview|race|tournament"
                    + "|competition|battle|exam|election|polls|review|meeting|pitch|negotiation)s?\\b)|(?<=verbally )(destroy|destroying)"),
                    "outdo"),
            // "ripped my heart out", "it broke his heart": grief, not an injury.
            new Figure("heart", Pattern.compile("\\b(rip|rips|ripped|ripping|tear|tore|torn|break|breaks|broke|breaking|broken|crush|crushed"
                    + "|stab|stabbed)(?= (\\w+ )?(my|his|her|their|our|your|the) (\\w+ )?hearts?\\b)"), "sadden"),
            // "a bomb ass guacamole", "this burrito is the bomb": slang praise.
            new Figure("bomb&ass|the|da", Pattern.compile("\\bbomb(?=( |-)?ass\\b)|(?<=\\b(is|was|are|were|'s) (the|da) )bomb\\b"),
                    "great"),
            new Figure("in the foot", Pattern.compile("\\bshoot(s|ing)? (myself|yourself|ourselves|himself|herself|themselves)"
                    + " in the foot\\b"), "undermine myself"),
            new Figure("without crush", Pattern.compile("(?<=\\bwithout )crushing(?= (them|him|her|their|his|my|the|your)\\b)"),
                    "discouraging"));

    /** Each figure's cue groups, split once: every group must have one cue in the text before its pattern runs. */
    private static final String[][][] CUES = FIGURES.stream()
            .map(f -> java.util.Arrays.stream(f.cue().split("&")).map(g -> g.split("\\|")).toArray(String[][]::new))
            .toArray(String[][][]::new);

    private static boolean cued(String s, String[][] groups) {
        for (String[] group : groups) {
            boolean any = false;
            for (String cue : group) {
                if (s.contains(cue)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    static String literalize(String normalized) {
        String s = normalized;
        for (int i = 0; i < FIGURES.size(); i++) {
            Figure f = FIGURES.get(i);
            if (cued(s, CUES[i])) {
                s = LEADS[i] == null ? f.pattern().matcher(s).replaceAll(f.plain()) : replaceAt(s, f, LEADS[i]);
            }
        }
        return s;
    }

    /** The weapons a novelty may be shaped like: every match of the two "shape" figures starts with one. */
    private static final String[] SHAPED = {"gun", "pistol", "rifle", "revolver", "handgun", "bomb", "grenade", "knife",
        "knives", "sword", "dagger", "missile", "rocket", "bullet", "ak 47", "ar 15", "uzi"};

    /**
     * For each figure, words one of which every match starts with (null when a match may start anywhere): the
     * pattern is then tried only where one occurs, instead of at each of a long text's characters.
     */
    private static final String[][] LEADS = {
        {"tak", "took"}, {"explod"}, {"kill"}, {"stab"}, {"shoot"}, {"hit"}, {"knock"}, {"break a leg"}, SHAPED, SHAPED,
        {"crush"}, {"strangle", "kill", "murder", "throttle", "wring"}, {"burn"},
        {"verbally", "absolutely", "destroy"}, {"rip", "tear", "tore", "torn", "break", "broke", "crush", "stab"},
        {"bomb"}, {"shoot"}, {"crushing"}};

    static {
        if (LEADS.length != FIGURES.size()) {
            throw new IllegalStateException("each figure needs its lead words or null: " + LEADS.length + " for "
                    + FIGURES.size() + " figures");
        }
    }

    /**
     * As {@code pattern.matcher(s).replaceAll(plain)} for a pattern whose every match starts with one of {@code leads}:
     * the leftmost match is the first lead position where the pattern matches, read with the whole text visible to
     * its look-arounds and word boundaries.
     */
    private static String replaceAt(String s, Figure f, String[] leads) {
        java.util.regex.Matcher m = f.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int at = nextLead(s, leads, 0);
        while (at >= 0) {
            m.region(at, s.length());
            if (m.lookingAt()) {
                out = out == null ? new StringBuilder(s.length()) : out;
                out.append(s, copied, at).append(f.plain());
                copied = m.end();
                at = nextLead(s, leads, Math.max(m.end(), at + 1));
            } else {
                at = nextLead(s, leads, at + 1);
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    private static int nextLead(String s, String[] leads, int from) {
        int first = -1;
        for (String lead : leads) {
            int at = s.indexOf(lead, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
