package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Harm to children asked for without a verb of violence: grooming (befriending a minor online to meet or to get
 * pictures, behind the parents' backs), sexual role-play where someone is a minor, and a person priced like goods.
 * Warning signs, reporting, protection and history pass; a price is asked in any phrasing ("what's the price"); role-play with a child's voice and
 * no sexual content passes.
 */
final class ChildSafetyDetector implements CategoryDetector {
    private static final String MINOR = "((1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
            + " ?(year|yr)s? olds?|child|children|kids?|minors?|underage|preteens?|young (girl|boy)s?|little (girl|boy)s?"
            + "|schoolgirls?|schoolboys?|teen (girl|boy)s?|teenage (girl|boy)s?|middle schoolers?)";
    private static final Pattern MINOR_PATTERN = Pattern.compile("\\b" + MINOR + "\\b");
    private static final Set<String> MINOR_WORDS = Lexicon.words("year", "years", "yr", "yrs", "old", "olds", "child",
            "children", "kid", "kids", "minor", "minors", "underage", "preteen", "preteens", "young", "little",
            "schoolgirl", "schoolgirls", "schoolboy", "schoolboys", "teen", "teenage", "schoolers", "schooler");
    private static final Pattern GROOMING = Pattern.compile(
            "\\b(befriend|befriending|groom|grooming|gain (\\w+ )?trust|get close to|chat (up|with)|talk to|message|dm"
                    + "|lure|luring|convince|persuade|get|trick|meet|add)\\b.{0,50}\\b" + MINOR + "\\b.{0,80}\\b(meet (up|him|her"
                    + "|them|in person|alone|irl|offline)|in person|be alone with|irl|offline|send (me )?(pics|pictures|photos|selfies"
                    + "|nudes|videos)|(pics|pictures|photos|nudes) of (himself|herself|themselves)|without (his|her|their)"
                    + " parents|parents (finding out|knowing|noticing|find out)|keep (it|this|us) (a )?secret)\\b");
    private static final Pattern ONLINE = Pattern.compile(
            "\\b(online|roblox|discord|snapchat|instagram|tiktok|fortnite|minecraft|internet|chat|chats|game|games|app"
                    + "|without (his|her|their) parents|parents|secret|secretly|pictures|pics|photos|nudes|trust me|meet up)\\b");
    /** Someone worried about a child, not someone after one. */
    private static final Pattern CONCERN = Pattern.compile(
            "\\b(signs?|warning|report\\w*|protect\\w*|safe\\w*|worried|concerned|suspect\\w*|police|teach|explain)\\b");
    private static final Pattern ROLE_PLAY = Pattern.compile(
            "\\b(role ?play|roleplay|rp|pretend|act as|you are|you're|be my|play (a|the))\\b.{0,40}\\b" + MINOR + "\\b");
    private static final Set<String> SOLD_NOUNS = Lexicon.words("girl", "girls", "boy", "boys", "child", "children", "kid",
            "kids", "bride", "brides", "virgin", "virgins");
    private static final Set<String> ROLE_WORDS = Lexicon.words("role", "roleplay", "rp", "pretend", "act", "you", "you're",
            "be", "play");
    private static final Pattern SEXUAL = Pattern.compile(
            "\\b(sex|sexual|sexy|naked|nude|undress\\w*|in bed|make love|making love|kiss(ing)? (me|you|her|him)|touch(ing)?"
                    + " (me|you|her|him|yourself)|erotic|horny|turned on|moan\\w*|strip\\w*|lingerie|orgasm|talk dirty|dirty talk"
                    + "|sext\\w*|seduce\\w*|flirt\\w*)\\b");
    /** The sex trade around a minor: selling, pimping or a brothel's price. */
    private static final Pattern SEX_TRADE = Pattern.compile(
            "\\b(brothel|brothels|pimp|pimping|prostitut\\w+|escort service|sex work\\w*|clients? (for|pay))\\b");
    private static final Set<String> PRICE_WORDS = Lexicon.words("price", "cost", "costs", "pay", "rate", "much", "buy",
            "buying", "purchase", "sell", "selling");
    /** What may follow a person sold like goods: the end, a place, or a use ("across the border", "for a night"). */
    private static final String SOLD_TAIL = "(?=$| (across|from|in|at|on|delivered|over|these days|nowadays"
            + "|for (sex|a night|the night|an hour|marriage)|to (buy|marry|keep|own)))";
    private static final Pattern PERSON_FOR_SALE = Pattern.compile(
            "\\b(price|cost|going rate|how much)\\b (\\w+ ){0,2}(for|of|to buy|is|are)\\b (a |an |one |two |the )?"
                    + "(young |teenage |teen |little |virgin |underage |\\d+ year old |pretty )*(girl|girls|boy|boys|child"
                    + "|children|kid|kids|bride|brides|virgin|virgins)\\b" + SOLD_TAIL
                    + "|\\b(buy|buying|purchase|sell|selling) (a |an |one |two )?(young |teenage |teen |little |virgin |underage"
                    + " |\\d+ year old )*(girl|girls|boy|boys|bride|brides|child|children|kid|kids)\\b" + SOLD_TAIL);

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        boolean minor = Lexicon.mentionsAny(MINOR_WORDS, prompt.words);
        boolean priced = Lexicon.mentionsAny(PRICE_WORDS, prompt.words);
        if (!minor && !priced) {
            return;
        }
        // Sexual words first: they are rare, while the role-play cue words ("you", "be", "play") are in most prompts
        // and its pattern scans far around each.
        if (minor && Lexicon.mentionsAny(ROLE_WORDS, prompt.words) && RequiredText.find(SEXUAL, prompt.normalized)
                && RequiredText.find(ROLE_PLAY, prompt.normalized)) {
            out.add(new Detection(Hazard.CHILD_SEXUAL_EXPLOITATION, "child.sexual-role-play", 1));
            return;
        }
        for (Sentence s : prompt.distinct) {
            boolean minorHere = minor && Lexicon.mentionsAny(MINOR_WORDS, s.words);
            boolean pricedHere = priced && Lexicon.mentionsAny(PRICE_WORDS, s.words)
                    && Lexicon.mentionsAny(SOLD_NOUNS, s.words);
            if (!minorHere && !pricedHere || s.aboutNotDoing() || s.protective()) {
                continue;
            }
            if (minorHere && MethodRule.asks(prompt, s) && s.has(GROOMING) && s.has(ONLINE) && !s.has(CONCERN)) {
                out.add(new Detection(Hazard.CHILD_SEXUAL_EXPLOITATION, "child.grooming", 1));
                return;
            }
            if (minorHere && s.has(SEX_TRADE) && MethodRule.asks(prompt, s) && s.has(MINOR_PATTERN)) {
                out.add(new Detection(Hazard.CHILD_SEXUAL_EXPLOITATION, "child.sex-trade", 1));
                return;
            }
            if (pricedHere && s.has(PERSON_FOR_SALE)) {
                out.add(new Detection(Hazard.SEX_CRIMES, "trafficking.person-for-sale", 1));
                return;
            }
        }
    }
}
