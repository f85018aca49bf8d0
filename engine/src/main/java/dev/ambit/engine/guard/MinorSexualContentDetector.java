package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sexual content or secret intimacy involving anyone stated or implied to be under eighteen, in any frame. Unlike
 * {@link ChildSafetyDetector} it reads age the ways people state it ("she's 14", "under 16", "middle schoolers", "one
 * of my youth players") and sexual intent the ways people hint it ("make it spicy", "I'm your older boyfriend"). A
 * story is no excuse here: no story needs a sexual scene with a child. Education, protection, reporting and a
 * worried parent pass.
 */
final class MinorSexualContentDetector implements CategoryDetector {
    private static final String AGE = "(1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)";
    /** Someone under eighteen, by age, by school stage or by a word for a child. */
    private static final Pattern MINOR = Pattern.compile(
            "\\b(" + AGE + " ?(year|yr)s? olds?|(1[0-7]|[1-9]) ?(yo|y o)|child|children|kids?|minors?|underage|preteens?"
                    + "|tweens?|teens|teenagers?|young (girl|boy)s?|little (girl|boy)s?|school ?(girl|boy)s?|teen (girl|boy)s?"
                    + "|teenage (girl|boy)s?|(middle|high|grade|elementary|primary) schoolers?|\\d+(th|st|nd|rd) graders?"
                    + "|under (1[0-8]|[1-9])|(daughter|stepdaughter|son|stepson|niece|nephew|student|pupil|player) \\((1[0-7]|[1-9])(?=\\))|(she's|he's|she is|he is|who's|who is|aged|age) " + AGE + "|youth|junior"
                    + "|jailbait|loli\\w*|shota\\w*)\\b");
    private static final Set<String> MINOR_WORDS = Lexicon.words("year", "years", "yr", "yrs", "yo", "child", "children",
            "kid", "kids", "minor", "minors", "underage", "preteen", "preteens", "tween", "tweens", "teens", "teenager",
            "teenagers", "young", "little", "schoolgirl", "schoolboy", "schoolgirls", "schoolboys", "school", "teen",
            "teenage", "schoolers", "schooler", "graders", "grader", "under", "she's", "he's", "who's", "aged", "age",
            "youth", "junior", "jailbait", "daughter", "stepdaughter", "son", "stepson", "niece", "nephew", "student",
            "pupil", "player");
    /** "she is 14": a pronoun opens the rule only when the prompt holds a digit, since most prompts hold a pronoun. */
    private static final Set<String> PRONOUNS = Lexicon.words("she", "he", "who");
    /** Sexual intent, said outright or hinted ("make it spicy"). */
    private static final Pattern SEXUAL = Pattern.compile(
            "\\b(sex|sexual|sexually|sexy|naked|nudes?|nudity|undress\\w*|erotic\\w*|porn\\w*|lewd|nsfw|smut\\w*|explicit"
                    + "|steamy|horny|kinky|fetish\\w*|make out|making out|hook up|sleep with|in bed|seduc\\w+|orgasm\\w*"
                    + "|lingerie|make it (spicy|hot|dirty)|spicy (scene|story|roleplay|rp|version|details|chat)|talk dirty"
                    + "|dirty talk|dirty (chat|texts?|messages?|story|roleplay|rp)|sext\\w*)\\b");
    /** The speaker cast as the minor's partner: romance needs no sexual word to be grooming then. */
    private static final Pattern SPEAKER_AS_PARTNER = Pattern.compile(
            "\\b(i'm|i am|im|i'll be|ill be|be) (your|my) (older |adult |secret )?(boyfriend|girlfriend|lover|husband|wife"
                    + "|partner|daddy)\\b|\\bolder (boyfriend|girlfriend|lover|man|guy|woman)\\b");
    /** Something produced or found: a scene, a role-play, pictures. */
    private static final Pattern PRODUCE = Pattern.compile(
            "\\b(write|describe|roleplay|role play|rp|story|scene|pictures?|pics|vids|photos?|images?|videos?|clips?|generate"
                    + "|draw|find|show|send|chat|pretend|act as|letters?|poems?|messages?|texts?)\\b");
    /** Intimacy with a minor kept from the parents, or a minor talked into sending pictures. */
    private static final Pattern SECRET_INTIMACY = Pattern.compile(
            "\\b(relationship|romance|dating|seeing|going out with|affair|keep us|special games?|special time|our (little )?secret|our (chats|messages|texts|meetings|thing|time together)"
                    + "|what we (do|did|have))\\b.{0,60}\\b(secret|quiet|hidden|keep (it|this|us) from|hide (it|this|us)"
                    + " from)\\b.{0,30}\\b(from )?(her|his|their) (parents"
                    + "|mom|mum|dad|family)\\b|\\b(trust me|like me|love me)\\b.{0,40}\\b(send|share) (me )?(pics|pictures"
                    + "|photos|selfies|nudes|videos)\\b");
    /** Pictures of minors traded, bought or collected: no sexual word is needed to ask for abuse material. */
    private static final Pattern IMAGE_TRADE = Pattern.compile(
            "\\b(trade|trading|swap|swapping|share|sharing|buy|buying|sell|selling|collect|collecting|download)\\b.{0,20}\\b(pics"
                    + "|pictures|photos|videos|images|content|vids)\\b.{0,20}\\b(underage|minors?|jailbait|preteens?|loli\\w*)( (girls?"
                    + "|boys?|kids|children))?\\b(?! (football|soccer|basketball|sports?|drills?|games?|fashion|clothes|clothing"
                    + "|books?|classes|training|camps?|lessons?|activities|crafts?|art|science|maths?))");
    private static final Pattern CONCERN = Pattern.compile(
            "\\b(signs?|warning|red flags?|report\\w*|protect\\w*|worried|concerned|suspect\\w*|police|teach|teaching|explain"
                    + "|educat\\w*|sex ed|puberty|consent|safe sex|contracepti\\w+|pediatric\\w*|age of consent|law|laws|legal"
                    + "|illegal|statistics|research|prevent\\w*|therap\\w+|survivors?|what should i do|is it normal)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (prompt.normalized.length() > 600 || !Lexicon.mentionsAny(MINOR_WORDS, prompt.words)
                && !(Lexicon.mentionsAny(PRONOUNS, prompt.words) && hasDigit(prompt.normalized))) {
            return;
        }
        String text = prompt.normalized;
        if (!RequiredText.find(MINOR, text) || RequiredText.find(CONCERN, text)) {
            return;
        }
        boolean sexual = RequiredText.find(SEXUAL, text) || RequiredText.find(IMAGE_TRADE, text) || RequiredText.find(SPEAKER_AS_PARTNER, text)
                || RequiredText.find(ADULT, text) && RequiredText.find(ROMANCE, text);
        // Sexual content with a minor needs no "how do I": "can you describe ..." is the request.
        if (sexual && RequiredText.find(PRODUCE, text) && !allAboutNotDoing(prompt)) {
            out.add(new Detection(Hazard.CHILD_SEXUAL_EXPLOITATION, "child.sexual-content", 1));
        } else if (RequiredText.find(SECRET_INTIMACY, text) && asksAnywhere(prompt)) {
            out.add(new Detection(Hazard.CHILD_SEXUAL_EXPLOITATION, "child.secret-intimacy", 1));
        }
    }

    /** An adult beside the minor turns romance into grooming: "a love letter from a 40 year old man to ...". */
    private static final Pattern ADULT = Pattern.compile(
            "\\b([2-9]\\d ?(year|yr)s? old|adult|grown (man|woman)|older (man|woman|guy)|(i'm|i am|im) [2-9]\\d)\\b");
    private static final Pattern ROMANCE = Pattern.compile(
            "\\b(love (letters?|poems?|notes?|songs?|messages?)|in love|romantic|romance|dating|seeing|going out with|kiss\\w*|relationship|sweetheart)\\b");

    private static boolean allAboutNotDoing(Prompt prompt) {
        for (Sentence s : prompt.distinct) {
            if (!s.aboutNotDoing()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Some sentence asks for something, so a line of a news report or a memory is not read as a request. */
    private static boolean asksAnywhere(Prompt prompt) {
        for (Sentence s : prompt.distinct) {
            if ((s.operational() || s.firstPerson() || prompt.framed()) && !s.aboutNotDoing()) {
                return true;
            }
        }
        return false;
    }
}
