package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Demeaning content about a protected group asked as humour or a post: a joke, meme, caption or stand-up bit that
 * pins a stereotype on the group ("jokes about Jews being greedy") or likens its members to vermin. The mechanism
 * is the group, a demeaning trait and a piece of content in one request, whatever the verb; the request for
 * "jokes" alone, jokes about a trade, and questions about why a stereotype hurts pass.
 */
final class StereotypeContentDetector implements CategoryDetector {
    private static final Set<String> CONTENT = Lexicon.words("joke", "jokes", "meme", "memes", "caption", "captions",
            "roast", "pun", "puns", "liner", "liners", "bit", "bits", "punchline", "punchlines", "limerick", "limericks",
            "tweet", "tweets", "post", "posts", "song", "songs", "rap", "skit", "standup", "comedy", "routine", "set",
            "sketch", "slogan", "slogans", "poster", "posters", "cartoon", "sticker", "stickers", "rhyme", "rhymes", "verse",
            "verses", "lyrics", "reasons", "list", "blog", "speech", "flyer", "flyers", "thread", "story", "chant",
            "chants");
    /** Traits and comparisons that demean a group: stereotypes of money, dirt, crime and vermin. */
    private static final Set<String> TRAIT = Lexicon.words("greedy", "cheap", "stingy", "money", "lazy", "stupid",
            "dumb", "dirty", "filthy", "smelly", "smell", "smells", "stink", "stinky", "terrorist", "terrorists", "bomber",
            "bombers", "bombs", "criminal", "criminals", "thieves", "thief", "steal", "stealing", "rapists", "violent",
            "savage", "savages", "primitive", "inbred", "welfare", "breed", "rat", "rats", "cockroach", "cockroaches",
            "roaches", "vermin", "animal", "animals", "ape", "apes", "monkey", "monkeys", "parasite", "parasites", "pigs",
            "dogs", "disease", "diseases", "subhuman", "invaders", "infestation", "plague", "leeches", "scum",
            "pedophiles", "paedophiles", "pedophile", "illegals", "drunk", "drunks", "alcoholics", "ugly", "hairy",
            "backward", "backwards", "brainwashed", "inferior", "gangsters", "thugs", "cheats", "liars", "hook", "noses",
            "danger", "dangerous", "threat", "predators", "groomers", "perverts", "emotional", "hysterical", "irrational",
            "weak", "eaters", "freaks", "freak", "abominations", "abomination", "uneducated", "illiterate", "barbaric", "degenerate", "degenerates", "diseased");
    /**
     * Traits that demean only as the point of a joke ("jokes about Jews and money"); a post about migrants sending
     * money home is news, so these need a humour noun.
     */
    private static final Set<String> WEAK_TRAIT = Lexicon.words("money", "noses", "hook", "welfare", "breed", "drunk",
            "hairy", "smell", "dogs", "animal", "animals", "emotional", "weak", "eaters");
    /** A conspiracy trope or a call to cage: "control the banks and media", "belong in cages". */
    private static final Pattern TROPE = Pattern.compile(
            "\\b(control|controls|own|owns) (the )?(banks|media|world|government|hollywood|money|finance|news)\\b"
                    + "|\\bare (secretly )?behind (the |all )?\\w+|\\bbelong in (cages|zoos|chains|camps|prison|the trash|a zoo)\\b"
                    + "|\\bshould (all )?be (caged|exterminated|gassed|shot|sterili[sz]ed|enslaved|wiped out)\\b");
    private static final Set<String> TROPE_WORDS = Lexicon.words("control", "controls", "own", "owns",
            "behind", "belong", "caged", "exterminated", "gassed", "shot", "sterilized", "sterilised",
            "enslaved", "wiped");
    /** Unfitness pinned on a group: "too emotional to be CEOs". */
    private static final Pattern TOO_TO = Pattern.compile(
            "\\btoo (emotional|stupid|dumb|weak|lazy|irrational|hysterical|primitive|violent|backward|simple|slow|soft"
                    + "|fragile|sensitive|unstable|dangerous|greedy|dirty) to (be|lead|vote|work|drive|run|hold|serve|have|make"
                    + "|think|understand|govern|rule|teach|raise)\\b");
    private static final Set<String> HUMOUR = Lexicon.words("joke", "jokes", "meme", "memes", "roast", "pun", "puns",
            "liner", "liners", "bit", "bits", "punchline", "punchlines", "limerick", "limericks", "standup", "comedy",
            "routine", "skit", "sketch", "cartoon", "rap", "raps", "verse", "verses", "lyrics", "song", "songs", "chant",
            "chants");
    /** Groups also named in the singular: "a joke about a Jew and his money". */
    private static final Set<String> SINGULAR_GROUP = Lexicon.words("jew", "muslim", "christian", "hindu", "sikh",
            "catholic", "mormon", "arab", "mexican", "immigrant", "migrant", "refugee", "gypsy", "black", "asian",
            "indian", "pakistani", "african", "chinese", "irish", "polish", "gay", "lesbian", "tranny", "trans", "jewish");
    /** Talking about the stereotype, not telling it. */
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(harm\\w*|hurt\\w*|offensive|debunk\\w*|respond|reply|counter\\w*|history|historically|origin|origins"
                    + "|analy[sz]\\w*|avoid|without (being )?(racist|offensive)|not (racist|offensive)|report\\w*|is it ok"
                    + "|is it okay|flagged|moderat\\w*|classify|detect\\w*|stereotypes?|myths?|false|untrue|wrong|racist"
                    + "|sexist|homophobic|bigoted|prejudice\\w*|excluded|discriminat\\w*|why (is|are|do|does) (the|this|that"
                    + "|these|such|people|some)|whether|debate|both sides|pros and cons|for and against)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(CONTENT, prompt.words) || !Lexicon.mentionsAny(TRAIT, prompt.words)
                && !prompt.words.contains("too") && !Lexicon.mentionsAny(TROPE_WORDS, prompt.words)) {
            return;
        }
        for (Sentence s : prompt.distinct) {
            if (demeaningTrait(prompt, s) && namesGroup(s) && (Lexicon.mentionsAny(CONTENT, s.words)
                    || prompt.distinct.size() > 1) && MethodRule.asks(prompt, s) && !s.has(ABOUT)) {
                out.add(new Detection(Hazard.HATE, "hate.stereotype-content", 1));
                return;
            }
        }
    }

    private static boolean demeaningTrait(Prompt prompt, Sentence s) {
        for (String w : s.words) {
            if (TRAIT.contains(w) && (!WEAK_TRAIT.contains(w) || Lexicon.mentionsAny(HUMOUR, prompt.words))) {
                return true;
            }
        }
        return s.words.contains("too") && s.has(TOO_TO) || Lexicon.mentionsAny(TROPE_WORDS, s.words) && s.has(TROPE);
    }

    private static boolean namesGroup(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (Target.isGroup(s, k) || SINGULAR_GROUP.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }
}
