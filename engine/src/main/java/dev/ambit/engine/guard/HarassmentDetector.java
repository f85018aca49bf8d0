package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Harassment and intimidation of a particular person, asked without a verb of violence: a message written to
 * threaten or to frighten someone into doing something, a veiled threat ("I know which school your kids go to",
 * "you'll regret it"), a pile-on of insults meant to drive someone off a platform, contact kept up after being
 * blocked, and a made-up rumour about someone. A story, a villain's monologue, a question about receiving such a
 * message or about stopping it pass.
 */
final class HarassmentDetector implements CategoryDetector {
    /**
     * Words one of which each rule needs: a message noun, a verb of fear, an insult, a block, a rumour. Common verbs
     * ("know", "mean") are left out on purpose: they would wake every rule on most prompts.
     */
    private static final Set<String> GATE = Lexicon.words("message", "messages", "letter", "letters", "note", "notes",
            "text", "texts", "email", "emails", "voicemail", "dm", "dms", "comment", "comments", "post", "posts", "reply",
            "replies", "review", "reviews", "card", "scare", "frighten", "intimidate", "terrify", "bully", "pressure",
            "harass", "insulting", "nasty", "hateful", "abusive", "degrading", "humiliating", "cruel", "vicious",
            "hurtful", "rude", "mean", "until", "waiting", "watching", "following", "spam", "blocked", "block", "blocks", "escape", "numbers", "accounts", "told", "asked",
            "rumor", "rumour", "rumors", "rumours", "lies", "gossip", "accusation", "accusations", "allegation",
            "allegations", "claims", "story", "stories", "embarrass", "humiliate", "shame", "expose", "mock", "ridicule",
            "fun", "life", "embarrassing", "humiliating", "shaming", "exposing", "mocking", "ridiculing", "nicknames",
            "insults", "nudes", "nude", "naked", "intimate", "tape", "private");
    /** A message or post to be written or sent. */
    private static final Pattern MESSAGE = Pattern.compile(
            "\\b(write|writing|draft|drafting|compose|send|sending|text|leave|post|posting|craft|make|help me (write|draft"
                    + "|word))\\b.{0,40}\\b(message|messages|letter|letters|note|notes|text|texts|email|emails|voicemail|dm|dms"
                    + "|comment|comments|post|posts|reply|replies|review|reviews|card)\\b"
                    + "|^(text|email|dm|message|tell|warn) (my|the|this|that|him|her|them)\\b");
    /** What makes a message a threat: its stated purpose or a veiled warning in it. */
    private static final Pattern MENACE = Pattern.compile(
            "\\b(threatening|threatens?|intimidating|intimidate|menacing|scary|scare (him|her|them|my \\w+|the \\w+)"
                    + "|frighten|terrify)\\b"
                    + "|\\b(i|we) know (where|which|what) (school|house|street|gym|car|office|route|time)?\\b.{0,25}\\b(lives?|live"
                    + "|go|goes|works?|parks?|sleeps?|school|kids|children)\\b"
                    + "|\\b(i|we) know (her|his|their|your) (home |new |exact )?(address|house|schedule|routine|kids|children"
                    + "|school|car|plate|family|workplace)\\b"
                    + "|\\b(you'll|youll|you will|he'll|hell|he will|she'll|shell|she will|they'll|theyll|they will) (regret"
                    + " (it|this|that)|be sorry|pay for (it|this|that))\\b"
                    + "|\\b(i'll|ill|i will|we'll|i'm gonna|im gonna) make (you|him|her|them) (regret|pay|sorry)\\b"
                    + "|\\b(i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna) (be )?(waiting|watching|following) (outside"
                    + "|for|at) (her|his|your|their)\\b"
                    + "|\\bsomething (might|could|will|may|would) happen to (her|his|their|your|him|them)\\b");
    /** Fear used to push someone out or into something: "scare her into moving out". */
    private static final Pattern COERCION = Pattern.compile(
            "\\b(scare|frighten|intimidate|terrify|bully|pressure|harass)\\b (my |the |this |that |our |a )?(\\w+ )?"
                    + "(him|her|them|neighbou?rs?|ex|tenant|tenants|roommate|coworker|colleague|classmate|family|landlord|boss"
                    + "|wife|husband|girlfriend|boyfriend)\\b (\\w+ ){0,2}(into|out of|away from|to (move|leave|quit|drop|give"
                    + " up|sell|stop))\\b");
    /** Insults produced in bulk against one person, to post where she will see them. */
    private static final Pattern PILE_ON = Pattern.compile(
            "\\b(insulting|mean|nasty|hateful|abusive|degrading|humiliating|cruel|vicious|hurtful|rude) (\\w+ ){0,2}(comments"
                    + "|messages|replies|posts|texts|dms|names|nicknames|insults|jokes|memes)\\b.{0,60}\\b(on|to|at|about|under|call"
                    + "|for|against) (this|that|my|her|his|their|the|him|them) ?(\\w+'s|\\w+)?\\b"
                    + "|\\bspam (\\w+ ){0,3}(on|under|in) (this|that|her|his|their|my) \\w+");
    /** Driving someone off, said as the goal of hostile messages: "until she deletes her account". */
    private static final Pattern DRIVE_OFF = Pattern.compile(
            "^(?=.*\\b(insult\\w*|mean|nasty|hateful|hell|miserable|spam\\w*|harass\\w*|bully\\w*|comments|messages|posts"
                    + "|dms|texts)\\b).*\\buntil (she|he|they) (deletes?|quits?|leaves?|cries|gives? up|kills?|moves?|drops? out"
                    + "|stops? posting)\\b");
    /** Contact kept up after the person cut it off. */
    private static final Pattern AFTER_BLOCK = Pattern.compile(
            "\\b(after|even though|since|now that|although|when) (she|he|they|my \\w+) (blocked|has blocked|have blocked"
                    + "|block|blocks) (me|my number|my account)\\b|\\bso (she|he|they) (can't|cannot|can not|won't) (escape|get away"
                    + " from|avoid|ignore|hide from) (me|us)\\b|\\b(from|with|using) (different|new|other|fake|burner|private)"
                    + " (numbers|accounts|profiles|emails)\\b.{0,40}\\b(blocked|ignoring|won't answer|doesn't answer)\\b"
                    + "|\\b(keep|still|continue to|go on)\\b.{0,40}\\b(even though|although|after|despite) (she|he|they) (told|asked)"
                    + " me (to stop|to leave (her|him|them) alone|not to (contact|call|text|come|message))\\b");
    /** A false story about a named or described person, to spread. */
    private static final Pattern RUMOUR = Pattern.compile(
            "\\b(fake|false|made up|untrue|fabricated|believable) (\\w+ )?(rumou?rs?|story|stories|accusations?|allegations?"
                    + "|claims?|gossip)\\b.{0,20}\\b(that|about) (my|his|her|their|the|this|that|our|a) \\w+"
                    + "|\\b(start|spread|make up|invent|create) (\\w+ ){0,2}(rumou?rs?|lies|gossip)\\b.{0,20}\\b(that|about) (my"
                    + "|his|her|their|the|this|that|our) \\w+");
    /** The speaker is the one threatened or spammed, or asks how to answer, report or stop it. */
    private static final Pattern RECEIVING = Pattern.compile(
            "\\b(received|got (a|an|this|these|some)|keep getting|getting (a|an|these|this)|someone (sent|is sending"
                    + "|keeps sending|keeps calling|keeps texting|posted|wrote)|sent me|about me|(calling|texting|messaging"
                    + "|contacting|following|harassing|threatening|stalking) me|i blocked|what can i do|roast\\w*|toast|banter|playful|for fun|joking"
                    + "|(sent|said|wrote|posted|yelled|shouted) (\\w+ )?(to|at) me|respond to|reply to|answer|deal with|report|stop (him|her|them|someone"
                    + "|somebody|this|it|people|my \\w+)|handle|cope with|spot|recogni[sz]e"
                    + "|is (it|this) (a )?(threat|illegal|harassment)|legally)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(GATE, prompt.words)) {
            return;
        }
        Detection found = harassment(prompt.normalized, prompt.words);
        // The intent checks after the patterns: the patterns fail on nearly every prompt, and fail faster.
        if (found != null && asksAnywhere(prompt) && !RequiredText.find(RECEIVING, prompt.normalized) && !fictionOrGame(prompt)) {
            out.add(found);
        }
    }

    private static Detection harassment(String text, Set<String> w) {
        if (Lexicon.mentionsAny(MESSAGE_NOUNS, w) && Lexicon.mentionsAny(MENACE_WORDS, w) && RequiredText.find(MESSAGE, text)
                && RequiredText.find(MENACE, text)
                || Lexicon.mentionsAny(FEAR_VERBS, w) && RequiredText.find(COERCION, text)) {
            return new Detection(Hazard.VIOLENT_CRIMES, "harassment.threat", 1);
        }
        boolean hostileNoun = Lexicon.mentionsAny(HOSTILE_NOUNS, w);
        if (Lexicon.mentionsAny(INSULT_WORDS, w) && (hostileNoun || w.contains("spam")) && RequiredText.find(PILE_ON, text)
                || w.contains("until") && (hostileNoun || Lexicon.mentionsAny(INSULT_WORDS, w)) && RequiredText.find(DRIVE_OFF, text)
                || Lexicon.mentionsAny(BLOCK_WORDS, w) && RequiredText.find(AFTER_BLOCK, text)) {
            return new Detection(Hazard.NON_VIOLENT_CRIMES, "harassment.campaign", 1);
        }
        boolean shame = Lexicon.mentionsAny(SHAME_WORDS, w) || w.contains("make") && (w.contains("fun")
                || w.contains("life") && (w.contains("hell") || w.contains("miserable")));
        if (shame && RequiredText.find(HUMILIATE, text)) {
            return new Detection(Hazard.NON_VIOLENT_CRIMES, "harassment.humiliation", 1);
        }
        if (Lexicon.mentionsAny(IMAGE_WORDS, w) && RequiredText.find(INTIMATE_IMAGES, text)) {
            return new Detection(Hazard.SEX_CRIMES, "harassment.intimate-images", 1);
        }
        boolean falsehood = Lexicon.mentionsAny(FALSEHOOD_WORDS, w) || w.contains("up") && (w.contains("make")
                || w.contains("made"));
        // A "story" or "claims" is only a rumour when called false; rumours and gossip are rumours whatever the verb.
        boolean rumour = Lexicon.mentionsAny(RUMOUR_WORDS, w)
                || (w.contains("story") || w.contains("stories") || w.contains("claims")) && Lexicon.mentionsAny(FAKE, w);
        if (falsehood && rumour && RequiredText.find(RUMOUR, text)) {
            return new Detection(Hazard.DEFAMATION, "harassment.false-rumour", 1);
        }
        return null;
    }

    private static final Set<String> MESSAGE_NOUNS = Lexicon.words("message", "messages", "letter", "letters", "note",
            "notes", "text", "texts", "email", "emails", "voicemail", "dm", "dms", "comment", "comments", "post", "posts",
            "reply", "replies", "review", "reviews", "card");
    /** Words without which {@link #MENACE} cannot match. */
    private static final Set<String> MENACE_WORDS = Lexicon.words("threatening", "threatens", "threaten", "intimidating",
            "intimidate", "menacing", "scary", "scare", "frighten", "terrify", "know", "regret", "sorry", "pay", "happen",
            "waiting", "watching", "following");
    /** Words without which {@link #PILE_ON} cannot match. */
    private static final Set<String> INSULT_WORDS = Lexicon.words("insulting", "mean", "nasty", "hateful", "abusive",
            "degrading", "humiliating", "cruel", "vicious", "hurtful", "rude", "spam");
    private static final Set<String> FEAR_VERBS = Lexicon.words("scare", "frighten", "intimidate", "terrify", "bully",
            "pressure", "harass");
    private static final Set<String> BLOCK_WORDS = Lexicon.words("blocked", "block", "blocks", "escape", "numbers", "told", "asked",
            "accounts", "profiles", "emails");
    /** Verbs of shaming; "make fun of" and "make her life hell" are checked word by word in {@link #harassment}. */
    private static final Set<String> SHAME_WORDS = Lexicon.words("embarrass", "humiliate", "shame", "expose", "mock",
            "ridicule", "embarrassing", "humiliating", "shaming", "exposing", "mocking", "ridiculing");
    /** What a pile-on is made of. */
    private static final Set<String> HOSTILE_NOUNS = Lexicon.words("comments", "messages", "replies", "posts", "texts",
            "dms", "names", "nicknames", "insults", "jokes", "memes", "hell", "miserable", "harass", "harassing", "bully",
            "bullying");
    /** What makes a story false in {@link #RUMOUR}. */
    private static final Set<String> FALSEHOOD_WORDS = Lexicon.words("fake", "false", "untrue", "fabricated",
            "believable", "start", "spread", "invent", "create");
    private static final Set<String> IMAGE_WORDS = Lexicon.words("nudes", "nude", "naked", "intimate", "tape", "private");
    /** Shaming someone before an audience, or making their life unbearable. */
    private static final Pattern HUMILIATE = Pattern.compile(
            "\\b(embarrass|embarrassing|humiliate|humiliating|shame|shaming|expose|exposing|mock|mocking|ridicule|ridiculing"
                    + "|make fun of)\\b (him|her|them|my [\\w']+|this [\\w']+|[\\w']+)\\b.{0,40}\\b(in front of|group chat|online"
                    + "|publicly|in public|at school|at work|on (social media|instagram|tiktok|snapchat|facebook|twitter)|whole"
                    + " (school|class|office|company|team|family|internet|neighbou?rhood))\\b|\\bto (embarrass|humiliate|shame) (him|her"
                    + "|them)\\b|\\bmake (his|her|their|my [\\w']+|[\\w]+'s) life (hell|a living hell|miserable)\\b");
    /** Someone's intimate pictures spread without their consent. */
    private static final Pattern INTIMATE_IMAGES = Pattern.compile(
            "\\b(post|share|send|leak|upload|spread|publish)\\b (\\w+ ){0,2}?(her|his|their|my ex's|[\\w]+'s) (nudes|nude (pics"
                    + "|pictures|photos)|naked (pics|pictures|photos)|intimate (photos|pictures|videos)|sex tape|private (photos"
                    + "|pictures|videos))\\b");
    private static final Set<String> RUMOUR_WORDS = Lexicon.words("rumor", "rumour", "rumors", "rumours", "lies", "gossip",
            "accusation", "accusations", "allegation", "allegations");
    private static final Set<String> FAKE = Lexicon.words("fake", "false", "untrue", "fabricated", "believable");

    private static boolean fictionOrGame(Prompt prompt) {
        for (Sentence s : prompt.distinct) {
            if (s.gameOrSport() || s.has(VILLAIN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A story, a villain or a campaign's monster threatens by design. Named works only: "fake" marks fiction
     * elsewhere, but a fake rumour is the harm itself.
     */
    private static final Pattern VILLAIN = Pattern.compile(
            "\\b(story|stories|novel|screenplay|script|scene|poem|play|film|movie|episode|chapter|fiction|fictional"
                    + "|villain|villains|lich|dragon|monster|antagonist|npc|d&d|d and d|dnd|campaign setting|character|characters"
                    + "|haunted house|halloween)\\b");

    /** Orders that start a harassment request and that {@link Intent} does not list ("post her ...", "spam him"). */
    private static final Set<String> ORDERS = Lexicon.words("post", "send", "spam", "leak", "share", "upload", "text",
            "message", "dm", "email", "call");

    private static boolean asksAnywhere(Prompt prompt) {
        for (Sentence s : prompt.distinct) {
            // No protection check: "report" in "make her regret reporting me" is the grievance, not protection;
            // RECEIVING reads the speaker's own protection.
            if ((s.operational() || s.firstPerson() || prompt.framed() || ORDERS.contains(s.word(0))) && !s.aboutNotDoing()) {
                return true;
            }
        }
        return false;
    }
}
