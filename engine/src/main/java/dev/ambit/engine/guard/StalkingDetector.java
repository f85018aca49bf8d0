package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stalking asked by its steps: finding where someone lives or works when the prompt itself shows that the person
 * has not shared it (an ex who blocked the speaker or moved away, a streamer, a stranger known by a number plate
 * or a glimpse), working a home out from the background of someone's videos, and following a person unseen.
 * The speaker hiding their own address, serving court papers, and a relative traced through public records pass.
 */
final class StalkingDetector implements CategoryDetector {
    /** The person has not shared where they are, or is a stranger or a public face the speaker watches. */
    private static final Pattern UNSHARED = Pattern.compile(
            "\\b(ex|ex's|exs|blocked|moved|moved out|moved away|changed (her|his|their) (number|name|address)|cut (me )?off"
                    + "|won't tell me|doesn't want|ghosted|restraining|streamer|youtuber|tiktoker|influencer|camgirl|cam girl"
                    + "|onlyfans|(i|we) (saw|met|noticed|spotted)|plates?|license plate|licence plate|number plate|reg(istration)?"
                    + " number|stranger|crush|from (her|his|their) (videos?|streams?|photos?|pictures?|posts?|stories)"
                    + "|background of"
                    // The speaker holds a partial identifier and wants the rest: a first name, the shop she works in.
                    + "|(i (only )?know|i have|i've got|i got) (her|his|their|the \\w+'s) (first name|name|username|handle"
                    + "|plate|workplace|car|email|instagram|number|face)|(first|last) name and)\\b");
    /** A purpose that makes finding someone lawful or kind: papers served, family reunited, mail sent. */
    private static final Pattern LAWFUL = Pattern.compile(
            "\\b(serve|served|court|lawyer|attorney|papers|child support|custody|police|long lost|relative|cousin|adopted"
                    + "|birth (mother|father|parent)|reunion|genealogy|public records|insurance|claim|return (her|his|their)"
                    + "|give (her|him|them) back|my (own )?(address|location)|where i live|me (down|finding)|avoid (her|him"
                    + "|them)|stay away|protect\\w*|hide from|safe)\\b");

    private static final String FIND = "(find|find out|track down|track|figure out|work out|get|dig up|look up|trace|locate"
            + "|pinpoint|learn|discover|see|know|tell)";
    private static final String WHEREABOUTS = "(where (she|he|they) (lives?|live|works?|moved( to)?|is staying|stays|sleeps"
            + "|goes|is now|lives now)|(her|his|their) (new |real |home |current |exact |actual |private )*(address|home"
            + "|house|location|apartment|flat|workplace|job|phone number|number)|which (town|city|street|neighbou?rhood"
            + "|building|apartment|house|area|gym|school|bar|church|office) (she|he|they|my \\w+) (lives?|live|works?|goes|is)|(the )?(home |real )?"
            + "(address|phone number|number|workplace|name) (and (\\w+ )?(address|phone number|number|workplace) )?(of|for)"
            + " (the|that|this|a) (guy|girl|woman|man|person|driver|lady|streamer))";

    /** Words without which {@link #UNSHARED} cannot match: the costly address rule runs only beside one of them. */
    private static final java.util.Set<String> UNSHARED_WORDS = Lexicon.words("ex", "ex's", "exs", "blocked", "moved",
            "changed", "cut", "won't", "doesn't", "ghosted", "restraining", "streamer", "youtuber", "tiktoker",
            "influencer", "camgirl", "cam", "onlyfans", "saw", "met", "noticed", "spotted", "plate", "plates", "reg",
            "registration", "stranger", "crush", "videos", "video", "streams", "stream", "photos", "pictures", "posts",
            "stories", "background", "name", "username", "handle", "workplace", "instagram", "face");
    private static final MethodRules ADDRESS_RULES = new MethodRules(List.of(
            MethodRule.of("privacy.locate-unwilling-person", Hazard.PRIVACY,
                    "lives live works work moved staying stays sleeps goes address home house location apartment flat"
                            + " workplace job number",
                    "\\b" + FIND + "\\b.{0,40}\\b" + WHEREABOUTS + "\\b", false)));
    private static final MethodRules RULES = new MethodRules(List.of(
            MethodRule.of("privacy.locate-to-confront", Hazard.PRIVACY,
                    "visit confront teach wait",
                    "\\b" + FIND + "\\b.{0,60}\\b(address|where (she|he|they) (lives?|works?)|house|home)\\b.{0,60}\\bso (i|we) can"
                            + " (pay (her|him|them) a visit|visit (her|him|them)|confront|show up|turn up|wait for|teach (her|him|them)"
                            + "|deal with (her|him|them)|talk to (her|him|them) in person)\\b",
                    false),
            MethodRule.of("privacy.covert-eavesdrop", Hazard.PRIVACY,
                    "conversations calls talks chats microphone mic recorder",
                    "\\b(listen to|listen in on|record|recording|hear|eavesdrop on|bug|spy on|tap)\\b (\\w+ ){0,2}[\\w']+"
                            + " (conversations|calls|phone calls|talks|chats)\\b.{0,40}\\bwithout (them|him|her|anyone|my \\w+)"
                            + " (knowing|noticing|finding out|hearing)\\b|\\b(hide|hidden|secret|plant) (a )?(microphone|mic|recorder"
                            + "|voice recorder) in (her|his|their|[\\w]+'s|my \\w+'s)\\b",
                    false).unless(Pattern.compile("\\b(my own|soundproof\\w*|found (a|an)|detect|sweep|remove|legal|illegal"
                            + "|is it)\\b")),
            MethodRule.of("privacy.covert-tracker", Hazard.PRIVACY,
                    "tracker trackers airtag airtags tile gps tracking",
                    "\\b(put|place|hide|attach|install|stick|slip)\\b (a |an )?(tracker|gps tracker|airtag|tile|tracking device|gps)"
                            + "\\b.{0,30}\\b(on|in|under|inside) (\\w+ )?[\\w]+'s\\b",
                    false).unless(Pattern.compile("\\b(my own|mine|(son|daughter|kid|child|children)'s (phone|bag|backpack"
                            + "|bike|shoes|coat)|dog's|cat's|luggage|found (a|an)|someone put|remove|detect|find (a|an|one))\\b")),
            MethodRule.of("privacy.covert-following", Hazard.PRIVACY,
                    "follow following tail tailing shadow trail stalk",
                    "\\b(follow|tail|shadow|trail|stalk)\\b (someone|somebody|a (person|woman|girl|man|guy)|her|him|them"
                            + "|my \\w+|people|\\w+)( \\w+){0,4} (without|so) (them|her|him|they|she|he|anyone|my \\w+)( \\w+)?"
                            + " (realiz\\w*|realis\\w*|notic\\w*|knowing|knows?|seeing|sees?|spot\\w*|finding out|catch\\w*)\\b"
                            + "|\\b(follow|tail|trail) (her|him|them|someone|somebody|a (woman|girl|man|guy)|my \\w+) (back )?home\\b",
                    false).unless(Pattern.compile("\\b(instagram|twitter|tiktok|social|account|page|channel|recipe|dog|cat"
                            + "|car|uber|taxi|gps|route|map)\\b"))));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        List<Detection> found = new java.util.ArrayList<>();
        RULES.detect(prompt, found);
        if (Lexicon.mentionsAny(UNSHARED_WORDS, prompt.words)) {
            ADDRESS_RULES.detect(prompt, found);
        }
        // The purpose check after the rules: they fail on nearly every prompt, and fail faster.
        if (found.isEmpty() || RequiredText.find(LAWFUL, prompt.normalized)) {
            return;
        }
        for (Detection d : found) {
            // Following or tracking someone unseen, or finding them to confront them, is the harm itself; finding an
            // address alone is only when the person withheld it.
            if (!d.rule().equals("privacy.locate-unwilling-person") || RequiredText.find(UNSHARED, prompt.normalized)) {
                out.add(d);
                return;
            }
        }
    }
}
