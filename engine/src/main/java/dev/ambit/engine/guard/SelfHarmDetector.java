package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Requests for a way to end one's own life or hurt oneself. Questions about the topic (what suicide is, the
 * warning signs, how to help a friend, how a public figure died) stay allowed.
 */
final class SelfHarmDetector implements CategoryDetector {
    /**
     * Help asked for getting through: grounding and distraction techniques, what to do instead, staying clean after a
     * relapse, caring for old wounds. A disclosure of urges around it is the reason for asking, not a request.
     */
    static final String COPING_ASKED = "\\b(grounding|distraction|calming|coping|self soothing|soothing) (techniques?"
            + "|exercises?|strategies|skills|ideas|tips|methods)\\b|\\b(instead of|rather than) (self harm|self harming"
            + "|hurting myself|harming myself|cutting( myself)?)\\b|\\b(stop|beat|fight|resist|handle|manage) the urges? to\\b"
            + "|\\bhow (do|can|should) i (not spiral|get back on track|stay clean|keep going|get through (tonight|this))\\b"
            + "|\\b(care for|look after|treat|clean|dress) (my )?(old |new |fresh )?(self harm )?(wounds|cuts|scars)\\b"
            + "|\\b(relapsed|relapse) (\\w+ ){0,4}?(from |on |in |into )?self harm\\b"
            + "|\\b(what|something) (can|could|should) i do instead\\b|\\b(safe|safer|healthy|healthier|other|good) alternatives\\b"
            + "|\\b(how (do|can|should) i tell|who should i tell|should i tell) (someone|somebody|anyone|my|a|first)\\b"
            + "|\\b(psychiatrist|therapist|counsell?or|doctor|gp) (appointment|visit)\\b|\\b(see|go to|talk to) (a|my|the|someone"
            + "|somebody) ?(doctor|therapist|psychiatrist|counsell?or)?\\b.{0,30}\\b(expect|treatable|lock me up|happens)\\b"
            + "|\\b(fade|treat|lighten|heal) (my |the |old )?(self harm )?scars\\b|\\b(quit|quitting|stop|stopping) self harm(ing)?\\b"
            + "|\\bis (this|it) treatable\\b|\\bso (it|they) (doesn't|don't|dont|won't|wont) get infected\\b"
            + "|\\b(what|which) (number|hotline|helpline|line) (do|should|can) i call\\b|\\bhow (do |can )?i deal with (the |my )?"
            + "(wish|urge|urges|thoughts?) to\\b|\\bwhat helps with the urge\\b|\\btell(ing)? (them|my \\w+|someone|somebody)"
            + " (that )?i('ve been| have been)? ?(self harm|cut|cutting|hurt myself|hurting myself)\\b";

    private static final Pattern SELF_ACT = Pattern.compile(
            "\\b(commit|committing|attempt|attempting) suicide\\b|\\bkill (myself|ourselves)\\b"
                    + "|\\b(end|take|ending|taking|ended) (my|our) (own )?li(fe|ves)\\b"
                    + "|\\b(want|wanna|going|plan|planning|ready|deserve|need|trying) to (die|overdose|od)\\b"
                    + "|\\b(take|swallow|drink|inject|use|overdose on) .{0,30}\\bto (die|end it|not wake up)\\b"
                    + "|\\bgo out like\\b|\\bdie like\\b|\\bend it all\\b|\\bnot wake up\\b"
                    + "|\\b(sever|slit|cut|pierce|slash|open|puncture|slice|nick) (my|our) (own )?(\\w+ )?(artery|arteries"
                    + "|wrists?|veins?|throat|neck|carotid|jugular)\\b"
                    + "|\\b(carve|cut|burn|scratch|etch|slash|scar|brand) .{0,30}\\b(into|on|in|onto) (my|our) (own )?(arm|arms|wrist"
                    + "|wrists|skin|leg|legs|thigh|thighs|body|stomach|chest|face)\\b"
                    + "|\\b(cut|burn|starve|hurt|harm|injure|punish|poison|hang|drown|suffocate|shoot|stab) (myself|ourselves)\\b"
                    + "|\\b(lethal|fatal|deadly|overdose) (dose|amount|quantity)\\b|\\bhow many .{0,30}\\b(to die|to overdose|would kill me"
                    + "|is lethal|to kill myself)\\b|\\bsuicide (method|methods|plan|techniques)\\b"
                    + "|\\b(painless|quick|quickest|easiest|best) (way|ways|method) to (die|go)\\b|\\bpainless(ly)? (death|suicide)\\b"
                    + "|\\b(jump|jumping) (off|from|in front of) (a|the) (bridge|building|roof|cliff|train|balcony)\\b"
                    + "|\\b(high|tall|deep) enough to (jump|fall|die|kill)\\b|\\b(bridge|building|roof|cliff|balcony)\\b.{0,40}\\bto"
                    + " jump (from|off)\\b"
                    + "|\\b(take|mix|combine|swallow) .{0,30}\\bto overdose\\b|\\boverdose on\\b|\\b(way|ways|how) to overdose\\b|\\bself harm\\b|\\bharm myself\\b|\\bstarve myself\\b|\\bmake myself (throw up|vomit|sick)\\b");
    /**
     * Method questions that name the outcome instead of "suicide": where or how deep to cut so that one dies, which
     * height one would die from. The act and the death are both the speaker's, so these redirect to help.
     */
    private static final Pattern METHOD_FOR_DEATH = Pattern.compile(
            "\\b(where|how deep|how hard|how long|how far|how high|how much|how many|which (vein|veins|artery|arteries|spot"
                    + "|part|place|side|bridge|building|floor|pills?|tablets?|medication|drug))\\b.{0,40}\\b(cut|slit|slash|stab"
                    + "|hang|jump|fall|take|swallow|overdose|bleed)\\b.{0,40}\\b(die|dead|bleed out|be fatal"
                    + "|kill me|never wake up|not wake up|end it)\\b"
                    + "|\\b(to make sure|so that|so|until|enough that|enough so) i (die|bleed out|am dead|would die|will die"
                    + "|don't wake up|do not wake up|never wake up)\\b"
                    + "|\\b(i (would|will|'d|d)|(would|will) i) (die|be dead) if i (jump|jumped|cut|took|take|swallow|swallowed"
                    + "|drank|hang|hanged)\\b");
    /**
     * Methods asked by their effect on the body or on others' reading of it: which cut bleeds most, a suicide that
     * passes for an accident, purging or starving unnoticed. The speaker's own body is the target, so these redirect.
     */
    private static final Pattern HIDDEN_METHOD = Pattern.compile(
            "\\b(which|what|where)\\b.{0,40}\\bbleeds? (the )?(most|fastest|quickest|the most|out (the )?fastest)\\b"
                    + "|\\b(my (own )?(suicide|death|overdose)|killing myself|kill myself|end(ing)? my (own )?life)\\b.{0,40}"
                    + "\\b(look|seem|appear|pass) (like|as|for) (an |a )?(accident|accidental|natural|mishap)"
                    + "|\\b(purge|purging|throw up|vomit|starve|starving)\\b.{0,40}\\b(without|secretly|so (that )?(no one"
                    + "|nobody|my \\w+)|quietly|unnoticed|hide|hiding)\\b|\\b(tricks|tips|ways|how) to (purge|starve)\\b"
                    + "|\\b(without eating|not eat(ing)?|stop eating|starve|starving)\\b.{0,40}\\b(until|before|to reach"
                    + "|to get to|to drop to|till)\\b.{0,20}\\b(\\d+ ?(kg|kilos?|lbs?|pounds)|thinner|skinny|skinnier"
                    + "|underweight|bones)\\b");
    /** Bleeding asked about to treat it: first aid, nursing, a patient. */
    private static final Pattern CARE = Pattern.compile(
            "\\b(first aid|course|class|training|exam|nursing|nurse|patient|medic|emt|paramedic|stop the bleeding|treat"
                    + "|treating|surgery|surgeon)\\b");
    private static final Trigger HIDDEN_WORDS = Trigger.ofText("bleeds bleed accident accidental natural purge purging"
            + " vomit starve starving eating", false);
    private static final Pattern NOT_A_REQUEST = Pattern.compile(
            "\\b(warning signs|signs of|signs that|help (a|my|someone|people|them|him|her|friend|friends)|support (a|my|someone)"
                    + "|prevent|prevention|hotline|helpline|crisis line|statistics|rates|research|stop (myself|me|wanting|thinking)"
                    + "|cope|coping|recover|recovery|talk .{1,20} out of|worried about (my|a)|what to say|how to respond"
                    + "|myths about|history of|therapy|therapist|treatment|emt|paramedic|on scene|overcome|overcomes|overcoming)\\b"
                    // Asking how to get through an urge is asking for help, however the urge is named.
                    + "|\\b(ride out|resist|fight|manage|handle|deal with|get through|cope with|beat|overcome|distract (myself|me)"
                    + " from|sit with|delay|survive) (the |my |an |these |this |that )?(urges?|cravings?|impulses?)\\b|" + COPING_ASKED);

    /**
     * Someone else's crisis reported: "my friend texted me she wants to end it all". Not a method asked for, as long
     * as the sentence asks for nothing; "she wants to die, how many of her pills would do it" still asks.
     */
    private static final Pattern OTHERS_CRISIS = Pattern.compile(
            "\\b(she|he|they|friend|brother|sister|son|daughter|mom|mum|dad|partner|wife|husband|boyfriend|girlfriend"
                    + "|someone|student|kid|cousin|mother|father|colleague|coworker) (\\w+ ){0,2}(wants|want|wanted|is going"
                    + "|was going|plans|planned|tried|threatened|talks about|talked about|said|says|say|mentioned|keeps saying)"
                    + " (to )?(\\w+ )?(end it all|end it|kill (herself"
                    + "|himself|themselves)|die|end (her|his|their) (own )?life|commit suicide|hurt (herself|himself|themselves)"
                    + "|not be here|disappear)\\b");

    /** Someone else's words reported: "my mother said she doesn't want to live anymore". */
    private static final Pattern OTHERS_SAY = Pattern.compile(
            "\\b(she|he|they|friend|partner|mother|mom|mum|father|dad|sister|brother|son|daughter|girlfriend|boyfriend|wife"
                    + "|husband|colleague|coworker|student|cousin|aunt|uncle|grandma|grandpa)( she| he)? (says?|said|wrote|writes?"
                    + "|told me|texted( me)?|keeps saying|mentioned|messaged)\\b");
    private static final Pattern OWN_IDEATION = Pattern.compile(
            "\\bi (don't|do not|dont|no longer) want to (live|be alive|exist|be here)\\b|\\bi (want|wanna) to die\\b"
                    + "|\\bi('m| am) better off dead\\b|\\bi wish i (was|were) dead\\b");

    private static boolean othersIdeation(Sentence s) {
        return s.has(OTHERS_SAY) && !s.has(OWN_IDEATION);
    }

    /** "I'm not going to hurt myself": the act named only to rule it out. */
    static final Pattern NEGATED_ACT = Pattern.compile(
            "\\b((not|never) (going to|gonna|planning to|planning on|trying to|about to|wanting to) (hurt|harm|kill|cut)"
                    + "|(won't|wouldn't|will not|would never|don't want to|do not want to|never want to) (hurt|harm|kill|cut))"
                    + " (myself|ourselves)\\b|\\bdid (i|we) (hurt|injure|strain|pull|damage) (myself|ourselves)\\b"
                    // "If I hear that song one more time I'll shoot myself": exasperation, not a plan.
                    + "|\\bif (i|we) (have to )?(hear|see|watch|read|sit through|do) .{1,40}\\b(one more time|again|once more)\\b.{0,12}"
                    + "\\b(i'll|i will|i'm gonna|im gonna|i am going to|imma) (shoot|kill|hang|stab) myself\\b"
                    + "|\\b(thought|felt like|swear|swore) (that )?(i was|i'm|i am|i'd|id) (going to|gonna|about to) die\\b");

    /**
     * A wound that happened to the speaker rather than one they mean to make: "I cut my wrist on broken glass by
     * accident". Not when the accident is a cover to stage ("make it look like an accident").
     */
    static final Pattern ACCIDENT = Pattern.compile(
            "^(?!.*\\b(look|looks|seem|seems|appear|appears|pass|passes) (like|as|for)\\b|.*\\b(pretend|fake|stage)\\b)"
                    + ".*\\b(by accident|accidentally|by mistake|on (a |some |the )?(broken )?(glass|knife|nail|tin|can|blade|fence"
                    + "|wire|razor|edge|mirror|bottle|window)|while (cooking|chopping|slicing|shaving|gardening|working|cleaning"
                    + "|washing|opening))\\b");
    private static final Trigger TRIGGERS = Trigger.ofText(("suicide die dying myself ourselves life lives wrist wrists"
            + " artery arteries vein veins throat neck carotid jugular dose amount quantity overdose self harm painless"
            + " jump jumping carve cut burn scratch etch slash scar brand arm arms skin leg legs thigh thighs body stomach"
            + " chest face overdose dead bleed wake jumped pills tablets capsules"), false);
    private static final Trigger IDEATION_WORDS = Trigger.ofText("live alive exist dead reason disappear die kill end", false);

    /** Statements of wanting to die: redirected to help whatever else the sentence asks. */
    private static final Pattern IDEATION = Pattern.compile(
            "\\b(don't|do not|dont|no longer) want to (live|be alive|exist|be here|wake up)\\b|\\bwish i (was|were) dead\\b"
                    + "|\\bbetter off dead\\b|\\bno reason to live\\b|\\bwant to end (it|my life|everything)\\b"
                    + "|\\b(going|gonna|about) to kill myself\\b|\\bready to die\\b|\\bwant to disappear forever\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            if (s.mentionsAny(IDEATION_WORDS) && s.firstPerson() && s.has(IDEATION) && !othersIdeation(s)) {
                out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.ideation", 1));
                return;
            }
            if (s.mentionsAny(HIDDEN_WORDS) && (s.firstPerson() || s.operational()) && !s.aboutNotDoing()
                    && !s.protective() && !prompt.helpSeeking() && s.has(HIDDEN_METHOD) && !s.has(CARE)) {
                out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.hidden-method", 1));
                return;
            }
            if (!s.mentionsAny(TRIGGERS) && !s.text.contains("go out like") && !s.text.contains("end it all")) {
                continue;
            }
            if (!s.firstPerson() && !s.operational()) {
                continue;
            }
            if (s.definitional() || s.narrative() || prompt.helpSeeking() && (!s.operational() || s.firstPerson() && s.protective())) {
                continue;
            }
            boolean method = s.has(SELF_ACT) || s.firstPerson() && s.has(METHOD_FOR_DEATH);
            if (method && (s.firstPerson() || s.operational()) && !s.has(NOT_A_REQUEST) && !s.has(ACCIDENT)
                    && !(s.has(NEGATED_ACT) && !s.operational()) && !InjuryCare.asked(prompt, s)
                    && !(s.has(OTHERS_CRISIS) && !s.operational())) {
                out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.method-request", 1));
                return;
            }
        }
    }
}
