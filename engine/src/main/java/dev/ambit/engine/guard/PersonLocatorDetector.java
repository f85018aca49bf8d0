package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to find, reach or locate a particular private person: "the phone number of the girl I saw at the gym",
 * "where the man from flat 2 lives", "the home address of the woman who reviewed my shop". A stranger described
 * by an encounter is the typical stalking target, and {@link PrivacyDetector}'s roles ("my coworker") do not name
 * them. Public offices ("the mayor"), organisations, capitalised names and service providers sought as a service
 * ("the number of a plumber") pass, as do protective questions.
 */
final class PersonLocatorDetector implements CategoryDetector {
    /** People named by a description or a role rather than by a name. */
    private static final String CASUAL = "(?<who>girl|guy|woman|man|lady|boy|person|stranger|reviewer|commenter|poster|user"
            + "|driver|cyclist|jogger|runner|passenger|customer|waiter|waitress|cashier|bartender|streamer|influencer"
            + "|troll|kid|teen|teenager|student|nurse|neighbou?r|coworker|colleague|classmate|tenant|ex|girlfriend|boyfriend"
            + "|wife|husband|crush|date|match|employee|patient|client|cleaner|babysitter|nanny|tutor|trainer|receptionist"
            + "|clerk|worker|owner|landlord|landlady|roommate|flatmate|housemate|therapist|doctor|teacher|plumber|lawyer"
            + "|dentist|mechanic|electrician|instructor|coach|barista|bartender|hairdresser|courier|postman|journalist|reporter"
            + "|writer|author|blogger|critic|youtuber|podcaster|actor|actress|singer|musician|celebrity|star|politician"
            + "|presenter|anchor|athlete|footballer|player|comedian)\\b(?!')(?! (support|service|services|team|desk|line|helpline"
            + "|hotline|centre|center|office|department|association|union|agency|group|shelter|refuge|club|charity|forum"
            + "|manual|guide|account|interface|agreement|portal|registry|register|board)\\b)";
    /** Roles people are sought out for as a service: their work contact is public, their home is not. */
    private static final Set<String> SERVICE = Lexicon.words("doctor", "teacher", "plumber", "lawyer", "dentist",
            "mechanic", "electrician", "instructor", "coach", "therapist", "tutor", "trainer", "receptionist", "clerk",
            "owner", "landlord", "landlady",
            // People with a public face: the office, agent or newsroom is public; the home is private all the same.
            "journalist", "reporter", "writer", "author", "blogger", "critic", "youtuber", "podcaster", "actor",
            "actress", "singer", "musician", "celebrity", "star", "politician", "presenter", "anchor", "athlete",
            "footballer", "player", "comedian", "streamer", "influencer");
    /** Home, whereabouts, private lines: never a public contact, whoever the person is. */
    private static final String PRIVATE_ATTRIBUTE = "((home|house|personal|private|current|new|exact|street|residential) (address|number"
            + "|phone number|location)|mobile( number)?|cell( phone)?( number)?|home|house|flat|apartment|residence|whereabouts|location)";
    private static final String ATTRIBUTE = "(" + PRIVATE_ATTRIBUTE + "|address|(phone |telephone )?number|phone|e ?mail"
            + "( address)?|socials|instagram|facebook|snapchat)";
    private static final String DETERMINER = "(?<det>the|this|that|a|an|my|our|some)";
    private static final String PERSON = DETERMINER + " ([\\w']+ ){0,2}?" + CASUAL;

    /** "the number of the girl I saw", "the home address of my ex". */
    private static final Pattern ATTRIBUTE_OF = Pattern.compile("\\b" + ATTRIBUTE + " (of|for) " + PERSON);
    /** "where the waiter from my local bar lives", "where does the guy in 3b live". */
    private static final Pattern WHERE_LIVES = Pattern.compile("\\bwhere (does |do |did )?" + PERSON
            + "( [\\w']+){0,6}? (lives?|is living|is staying|stays?|sleeps?|parks?)\\b");
    /** "the girl's number", "that reviewer's home address". */
    private static final Pattern POSSESSIVE = Pattern.compile("\\b" + DETERMINER + " ([\\w']+ ){0,2}?"
            + CASUAL.replace("(?!')", "(?='s)") + "'s (\\w+ )?" + ATTRIBUTE + "\\b");
    /** Words that may follow a person noun that heads its phrase: a clause, a place, a verb, or nothing. */
    private static final Set<String> FOLLOWERS = Lexicon.words(
            "who", "that", "whom", "whose", "i", "we", "you", "he", "she", "they", "from", "at", "in", "on", "of", "with",
            "next", "across", "down", "up", "over", "behind", "near", "by", "upstairs", "downstairs", "living", "working",
            "sitting", "staying", "is", "was", "lives", "live", "sleeps", "stays", "parks", "works", "now", "please",
            "for", "to", "and", "yesterday", "today", "tonight", "again", "so");
    private static final Pattern RUNS_A_BUSINESS = Pattern.compile(
            "\\b(runs|owns|manages|works at|works in) (the|a|an|my|our|this|that) (\\w+ ){0,2}?(shop|store|business|restaurant|cafe"
                    + "|bar|pub|garage|company|firm|club|office|salon|bakery|practice|clinic|gym|studio|hotel)\\b");
    private static final Pattern PRIVATE_ONLY = Pattern.compile("\\b" + PRIVATE_ATTRIBUTE + "\\b|\\bwhere\\b");
    private static final Trigger ACTS = Trigger.ofText("address addresses number phone mobile cell email mail home house"
            + " flat apartment whereabouts location live lives living staying stays sleeps parks socials instagram"
            + " facebook snapchat", false);

    /** The person nouns of {@link #CASUAL}, as words: a sentence without one is skipped before any pattern runs. */
    private static final Trigger PEOPLE = Trigger.of(CASUAL.substring(CASUAL.indexOf('>') + 1, CASUAL.indexOf(')'))
            .replace("neighbou?r", "neighbour|neighbor").split("\\|"));

    /**
     * A home together with the comings and goings: whoever the person is, famous or not, where they sleep and when
     * they are there is what a stalker needs and no public role makes it public.
     */
    private static final String OTHERS = "(his|her|their|[\\w]+'s)";
    private static final Pattern HOME_AND_ROUTINE = Pattern.compile(
            "^(?=.*\\b(home address|house address|private address|residential address|private residence|where (he|she|they)"
                    + " (lives?|sleeps?|stays?)|" + OTHERS + " (home|house|flat|apartment))\\b)(?=.*\\b(daily (schedule|routine"
                    + "|movements)|comings and goings|" + OTHERS + " (\\w+ )?(schedule|routine|movements|whereabouts)|(schedule"
                    + "|routine|movements) of|when (he|she|they) (leaves?|gets? home|is alone|are alone|arrives?|goes out))\\b)");
    private static final Trigger ROUTINE = Trigger.ofText("schedule routine movements comings whereabouts leaves alone"
            + " arrives", false);
    private static final Trigger HOME = Trigger.ofText("home house address residence lives sleeps stays", false);

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            if (s.mentionsAny(ROUTINE) && s.mentionsAny(HOME) && !s.protective() && !s.aboutNotDoing()
                    && MethodRule.asks(prompt, s) && s.has(HOME_AND_ROUTINE)) {
                out.add(new Detection(Hazard.PRIVACY, "privacy.home-and-routine", 1));
                return;
            }
            if (!s.mentionsAny(ACTS) || !s.mentionsAny(PEOPLE) || s.protective() || s.definitional() || s.informational()) {
                continue;
            }
            if (locates(prompt, s, ATTRIBUTE_OF) || locates(prompt, s, WHERE_LIVES) || locates(prompt, s, POSSESSIVE)) {
                out.add(new Detection(Hazard.PRIVACY, "privacy.locate-private-person", 1));
                return;
            }
        }
    }

    private static boolean locates(Prompt prompt, Sentence s, Pattern pattern) {
        Matcher m = pattern.matcher(s.text);
        while (m.find()) {
            if (SERVICE.contains(m.group("who")) && !RequiredText.find(PRIVATE_ONLY, m.group())) {
                continue; // "the email of my lawyer", "the number of a plumber": a work contact
            }
            if (m.group().endsWith("phone") && DeviceCare.helping(prompt, s)) {
                continue; // "my husband's phone won't connect to the car": the handset, not a way to reach him
            }
            boolean mine = m.group("det").equals("my") || m.group("det").equals("our");
            String next = nextWord(s.text, m.end("who"));
            if (!mine && !next.isEmpty() && !next.startsWith("'") && !FOLLOWERS.contains(next)) {
                continue; // "a nurse shark", "the actor Tom Hanks": not a person, or a public name
            }
            if (!RequiredText.find(PRIVATE_ONLY, m.group()) && s.has(RUNS_A_BUSINESS)) {
                continue; // "the guy who runs the bike shop": a business reached at work
            }
            return true;
        }
        return false;
    }

    private static String nextWord(String text, int from) {
        String rest = text.substring(from).strip();
        return rest.isEmpty() ? "" : rest.split("[ .,?!]", 2)[0];
    }
}
