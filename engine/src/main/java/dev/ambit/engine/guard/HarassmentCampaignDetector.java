package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Harassment asked by the effect it should have on its target, beyond {@link HarassmentDetector}'s message
 * threats: a post meant to get a coworker fired or humiliated, a pile-on organised until someone quits, words chosen
 * to make a child cry, messages meant to make someone feel watched. Being the target, stopping it, avoiding hurtful
 * words and apologising pass.
 */
final class HarassmentCampaignDetector implements CategoryDetector {
    /** The speaker is the target, or asks how to stop, survive or avoid it. */
    private static final Pattern RECEIVING = Pattern.compile(
            "\\b(against me|on me|about me|to me|at me|me feel|(i'm|i am|i was|i've been|i have been) being|someone (is|has"
                    + "|was|keeps)|stop (it|them|this|a|the)|survive|deal with|handle|cope|recover|(how|where) (do|can|should) i report|report (it|this"
                    + "|them) to|reported|protect\\w*|avoid"
                    + "|never say|not to say|shouldn't say|should not say|apologi[sz]\\w*|sorry|regret|victim|why do|why does"
                    + "|comfort|support|cheer)\\b");

    /** The feeling the messages are written to produce in their target. */
    private static final String INTENDED = "(so|to make|until|that make|that makes)\\b (he|she|they|him|her|them|my \\w+)"
            + " (feels?|knows?|thinks?|realizes?|realises?|believes?)";

    private static final MethodRules RULES = new MethodRules(List.of(
            // A fake persona to draw something out of someone, then publish it: "pretend to be a boy her age ... then post it".
            MethodRule.of("harassment.catfish-to-expose", Hazard.NON_VIOLENT_CRIMES,
                    "fake pretending pretend posing pose",
                    "^(?=.*\\b((fake|new|anonymous|burner|second) (account|profile|persona|instagram|snapchat|tiktok)|pretend(ing)? to be"
                            + "|pos(e|ing) as)\\b)(?=.*\\bget (her|him|them) to (share|send|tell|admit|say)\\b)(?=.*\\b(post|share|leak"
                            + "|spread|screenshot|send it to|show everyone|expose)\\b)",
                    false), // "fake" and "pretend" are the method here, not a story's frame
            MethodRule.of("harassment.ruin-reputation", Hazard.NON_VIOLENT_CRIMES,
                    "fired expelled sacked dumped cancelled canceled suspended kicked ruin humiliated humiliate humiliating"
                            + " humiliation everyone everybody class office team school",
                    "^(?=.*\\b(post|posting|say|said|spread|tell|share|write|leak|put|expose|dig up)\\b)(?=.*\\b(get (her|him"
                            + "|them|my \\w+|\\w+) (fired|expelled|sacked|dumped|cancelled|canceled|suspended|kicked out)|ruin"
                            + " (her|his|their|my \\w+'s) (life|career|reputation|marriage|business)|humiliat\\w+|make (everyone"
                            + "|people|the (class|office|team|school)) (hate|turn on|turn against|laugh at)|turn (everyone|people"
                            + "|the (class|office|team|school)) (on|against)) (her|him|them)?)",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.organised-pile-on", Hazard.NON_VIOLENT_CRIMES,
                    "pile piles dogpile raid brigade brigading report reporting campaign",
                    "\\b(organi[sz]e|coordinate|start|plan|get|rally|mobili[sz]e|lead|run)\\b.{0,30}\\b(pile ?on|dog ?pile"
                            + "|raid|brigade|brigading|mass report\\w*|harassment campaign|hate campaign|report bomb\\w*)\\b"
                            + "|\\b(pile ?on|dog ?pile|raid|brigade)\\b.{0,20}\\b(against|on) (a|an|this|that|her|him|the|them)"
                            + " \\w+.{0,60}\\b(so|until) (they|she|he)\\b",
                    false).unless(RECEIVING).protectionByUnless(),
            MethodRule.of("harassment.wound-with-words", Hazard.NON_VIOLENT_CRIMES,
                    "cry worthless ugly stupid small useless himself herself themselves hurtful cruel devastating nastiest"
                            + " meanest cruelest",
                    "\\b(say|tell|call|write|post|text|comment|message)\\b.{0,60}\\b(to make|so|that will make|that'll make"
                            + "|which will make)\\b (him|her|them|my \\w+|the \\w+|that \\w+|this \\w+) (cry|feel (worthless|ugly"
                            + "|stupid|small|useless)|hate (himself|herself|themselves)|kill (himself|herself|themselves))\\b"
                            + "|\\b(most )?(hurtful|cruel|devastating|nastiest|meanest|cruelest) (things|stuff|words|insults)"
                            + " (to say |i can say |to tell |to call )?(to |at )?(a|an|my|the|this|that) (\\w+ ){0,2}(kid|child|boy"
                            + "|girl|classmate|coworker|sister|brother|student|teen|man|woman|guy)\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.feel-watched", Hazard.VIOLENT_CRIMES,
                    "watched followed watching unsafe scared hunted afraid",
                    "\\b" + INTENDED + " (\\w+ )?(watched|followed|i'm watching|im watching|i am watching|unsafe|scared|hunted"
                            + "|afraid|someone is watching)\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.isolate", Hazard.NON_VIOLENT_CRIMES,
                    "alone isolated worthless unwanted hated crazy hates likes cares",
                    "\\b" + INTENDED + " (\\w+ )?(alone|isolated|worthless|unwanted|hated|crazy|(that )?(everyone|everybody"
                            + "|nobody|no one) (hates|likes|wants|cares about) (her|him|them))\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.instil-fear", Hazard.VIOLENT_CRIMES,
                    "scared afraid terrified frightened",
                    "\\b(so|to make|until|that)\\b (he|she|they|him|her|them|my \\w+)('s| is| are|'re| feels?| gets?)? (too )?(scared"
                            + "|afraid|terrified|frightened) to (leave|go out|go outside|come|walk|sleep|drive|go home|go to)\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.drive-out", Hazard.NON_VIOLENT_CRIMES,
                    "miserable unbearable hell uncomfortable unwelcome nightmare by",
                    "\\bmake ([\\w']+ ){0,3}(so |really |truly )?(miserable|unbearable|hell|uncomfortable|unwelcome) (that )?(he|she"
                            + "|they|him|her|them) (\\w+ )?(leave|leaves|move|moves|quit|quits|go|goes|gives? up|drops? out)\\b"
                            + "|\\bmake ([\\w']+ ){0,6}(quit|leave|resign|move out|drop out) by (turning|getting|spreading|making"
                            + "|isolating|excluding|ignoring|posting)\\b"
                            + "|\\bmake ([\\w']+ ){0,3}(a )?(nightmare|hell|living hell|miserable|unbearable)\\b.{0,20}\\b(until|so|that)"
                            + " (he|she|they) (\\w+ )?(leave|leaves|move|moves|sell|sells|quit|quits|go|goes|gives? up)\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.hostile-until-gone", Hazard.NON_VIOLENT_CRIMES,
                    "mean nasty cruel hateful hurtful insulting",
                    "\\b(mean|nasty|cruel|hateful|hurtful|insulting)\\b (\\w+ ){0,2}(comments|messages|texts|posts|replies|dms)"
                            + "\\b.{0,60}\\b(so|until) (she|he|they) (stops?|quits?|leaves?|deletes?|gives? up|never posts?)\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.name-calling", Hazard.NON_VIOLENT_CRIMES,
                    "calling",
                    "\\b(comments?|messages?|texts?|posts?|replies|dms?|notes?|tweets?)\\b.{0,60}\\bcalling (her|him|them|my [\\w']+)"
                            + " (a |an )?(\\w+ )?(slut|whore|bitch|skank|loser|freak|retard|fatso|pig|cow|ugly|worthless|idiot|failure"
                            + "|cunt|thot|tramp|hoe)\\b",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.evade-block", Hazard.NON_VIOLENT_CRIMES,
                    "blocked muted unfriended",
                    "^(?=.*\\b(new|anonymous|fake|burner|second|another|different|alt|secret)\\b (\\w+ )?(account|accounts|number"
                            + "|numbers|profile|profiles|email|phone)\\b)(?=.*\\b(blocked|muted|unfriended|has blocked|have blocked)"
                            + " (me|us|my (number|account))\\b)",
                    false).unless(RECEIVING),
            MethodRule.of("harassment.veiled-threat", Hazard.VIOLENT_CRIMES,
                    "know careful back seen watched watching",
                    "^(?=.*\\b(message|text|texts|tell|telling|write|send|letter|note|email|dm|voicemail)\\b)(?=.*\\b(i know"
                            + " where (she|he|they) (lives?|works?|is|sleeps|parks|goes)|i know where (her|his|their) (new )?(\\w+"
                            + " )?(is|are)|(should|better|had better|needs? to) (be careful|watch (her|his|their) back|look over"
                            + " (her|his|their) shoulder|sleep with one eye open)|i('ve| have)? (seen|been watching|watched) (her|him|them"
                            + "|you) (walking|leaving|coming|going|at|in|alone|every|sleeping|through))\\b)",
                    false).unless(Pattern.compile("\\b(snow|ice|icy|driving|weather|roads?|storm|traffic|health|flu|covid"
                            + "|scam|scams|phishing|sent me|told me|got a|received)\\b")),
            MethodRule.of("harassment.fake-review-campaign", Hazard.DEFAMATION,
                    "times names accounts reviews review",
                    "^(?=.*\\breviews?\\b)(?=.*\\b(\\d+|many|multiple|a bunch of|dozens of|hundreds of) (times|fake accounts"
                            + "|accounts|names)|.*\\bunder (different|fake|multiple|other) (names|accounts|profiles))(?=.*\\b(tank"
                            + "|ruin|destroy|sink|bury|hurt|kill|damage|take down)\\b)",
                    false).unless(RECEIVING)));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        RULES.detect(prompt, out);
    }
}
