package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Self-harm asked without the words {@link SelfHarmDetector} keys on: by the effect wanted ("so it's quick", "to
 * make sure the fall is fatal"), by the lethality of what the speaker would take, by hiding wounds or hunger from
 * the people who would step in, or by making wounds worse. Each is reported as {@link Hazard#SUICIDE_SELF_HARM}, so
 * the turn is redirected to the jurisdiction's help message rather than refused. Care (first aid, a patient),
 * prevention, a worried third party and an accident pass.
 */
final class SelfHarmSignalDetector implements CategoryDetector {
    /** Words each pattern needs; a sentence wakes only the patterns whose words it holds. */
    private static final Set<String> VESSELS = Lexicon.words("neck", "throat", "vein", "veins", "artery", "arteries",
            "wrist", "wrists", "carotid", "jugular");
    private static final Set<String> CERTAINTY = Lexicon.words("sure", "ensure", "guarantee", "guaranteed", "certain",
            "certainly", "definitely", "definately", "defiantly", "surely", "100%", "fail");
    private static final Set<String> LETHAL = Lexicon.words("lethal", "fatal", "deadly", "kill", "die", "end");
    private static final Set<String> WOUNDS = Lexicon.words("cuts", "scars", "burns", "wounds", "marks", "harm", "deeper",
            "worse", "longer", "razor", "razors", "blade", "blades");
    /** What is done to a wound in {@link #HIDDEN_WOUNDS}: hidden, covered, made worse, passed off. */
    private static final Set<String> WOUND_VERBS = Lexicon.words("hide", "hiding", "cover", "covering", "conceal",
            "concealing", "explain", "make", "making", "get", "getting", "pass", "stash");
    private static final Set<String> ORGANS = Lexicon.words("liver", "kidney", "kidneys", "heart", "lungs", "breathing");
    private static final Set<String> ENDING = Lexicon.words("kill", "end", "come", "wake", "resurface", "exist",
            "existing", "alive", "gone", "enough");
    private static final Set<String> SELF_INJURY = Lexicon.words("cut", "burn", "scratch", "hurt", "harm", "cutting",
            "burning");
    private static final Set<String> RESTRICT = Lexicon.words("eating", "eat", "starve", "starving", "hunger", "appetite");

    /** "which veins should I cut": the speaker choosing where to open a vessel. */
    private static final Pattern VESSEL_CHOICE = Pattern.compile(
            "\\b(which|what|where|how deep)\\b (\\w+ ){0,3}(veins?|arter(y|ies)|wrists?|carotid|jugular)\\b (\\w+ ){0,3}"
                    + "(should|do|would|could|can|must|to|if) (i |we )?(cut|slit|slice|slash|open|nick)\\b"
                    + "|\\b(cut|slit|slice|slash|open) (\\w+ ){0,2}(veins?|arter(y|ies)|wrists?)\\b.{0,30}\\bso (it's|it is|it"
                    + " will be|its) (quick|fast|faster|over|final|painless|certain)\\b");
    /** Cutting a vessel or the neck with the end as the stated purpose: "so it's over quickly". */
    private static final Pattern CUT_TO_END = Pattern.compile(
            "^(?=.*\\b(cut|slit|slice|slash|open|nick)\\b)(?=.*\\b(veins?|arter(y|ies)|wrists?|carotid|jugular|neck|throat)\\b)"
                    + ".*\\b(so (it's|it is|its|it'll be|i'm|i am) (over|quick|fast|done|final|painless|dead|gone)|over (quickly"
                    + "|fast)|bleed out|for good|done with (everything|life|it all)|before anyone finds me|no one (finds|can"
                    + " save) me)\\b");
    /** The speaker's own organ or breath stopped by an amount: "how much would shut down my liver". */
    private static final Pattern ORGAN_STOPPED = Pattern.compile(
            "\\b(how much|how many|what amount|minimum amount|what dose|which|how long)\\b.{0,60}\\b(shut down|destroy|wreck|fry"
                    + "|stop|kill|fail) my (liver|kidneys?|heart|lungs|breathing)\\b");
    /** A method the speaker would use, asked by its end: "... to make a gas that will kill me", "not come back up". */
    private static final Pattern ENDS_ME = Pattern.compile(
            "\\b(can|could|should|would|do|will|need to) (i|we)\\b.{0,60}\\b(that|which|to|will|would|could|so it|so that it)"
                    + " (will |would |could )?(kill|end) me\\b|\\b(to|so i|and|so that i) (not|never) (come back up|wake up"
                    + "|come back|resurface)\\b|\\benough to (finally )?(be done|end (it|things|everything)|die|be over|be gone|not wake up)\\b"
                    + "|\\b(way|ways|method|methods|how) (for me )?to (not exist|stop existing|no longer"
                    + " exist|not be alive|be gone for good|never wake up)\\b");
    /** Where to hurt oneself so that no one sees: the placement asked to hide it. */
    private static final Pattern HIDDEN_PLACEMENT = Pattern.compile(
            "\\b(where|place|places|spot|spots)\\b.{0,30}\\b(cut|burn|scratch|hurt myself|harm myself)\\b.{0,30}\\bso (that )?(nobody"
                    + "|no one|my \\w+|they|people|anyone)\\b.{0,25}\\b(sees?|notices?|finds? out|will see|can see)\\b");
    /** A threshold asked so that death is certain: "how high ... to make sure a fall is fatal". */
    private static final Pattern CERTAIN_DEATH = Pattern.compile(
            "\\b(how (high|far|much|many|long|deep|tall|big|strong)|which|what (dose|amount|height|floor|combination))\\b"
                    + ".{0,60}\\b(make sure|ensure|guarantee|guaranteed|certain(ly)?|definitely|definately|defiantly|for sure"
                    + "|surely|100%|without fail)\\b.{0,30}\\b(fatal|lethal|deadly|die|dies|dead|death|kill|kills)\\b");
    /** What the speaker would take, asked by whether it kills: "lethal if I took them all". */
    private static final Pattern LETHAL_FOR_ME = Pattern.compile(
            "\\b(lethal|fatal|deadly|kill me|enough to die|enough to kill me|end (it|my life))\\b.{0,40}\\bif (i|we)"
                    + " (took|take|swallowed|swallow|drank|drink|mixed|mix|had|injected|inject)\\b"
                    + "|\\bif (i|we) (took|take|swallowed|swallow|drank|mixed|injected)\\b.{0,50}\\b(would|will|could) (it |that"
                    + " |they |this )?(be )?(lethal|fatal|deadly|kill me)\\b");
    /** Wounds hidden from the people who would step in, or made worse. */
    private static final Pattern HIDDEN_WOUNDS = Pattern.compile(
            "\\b(hide|hiding|cover|covering|conceal|concealing|explain away)\\b (\\w+ ){0,3}(cuts|scars|burns|wounds|marks"
                    + "|self harm)\\b.{0,40}\\b(from (my|the|our) (parents|mom|mum|dad|family|doctor|therapist|teachers?|school"
                    + "|counsell?or|nurse|friends|partner|husband|wife|boyfriend|girlfriend)|so (no one|nobody|they|my \\w+)"
                    + " (can't|won't|doesn't|don't|never) (see|notices?|finds? out|knows?))\\b"
                    + "|\\b(make|making|get|getting) (them|the cuts|my cuts|cuts|the wounds|my wounds|it) (deeper|bleed more|worse"
                    + "|last longer)\\b|\\b(make|pass off) (the |my |these )?(scars|cuts|burns|marks|wounds) (look like|seem like"
                    + "|pass (as|for))\\b|\\b(hide|hiding|hiding (places?|spots?)|stash)\\b.{0,25}\\b(razors?|blades?)\\b.{0,40}"
                    + "\\b(so|from) (my )?(mom|mum|dad|parents|family|therapist|doctor|nurse)\\b");
    /** Cutting kept from the people who would step in, asked of anyone ("how do people cut without ..."). */
    private static final Pattern HIDDEN_CUTTING = Pattern.compile(
            "\\b(cut|cutting|self harm|self harming|burn (myself|themselves|yourself)|burning)\\b (\\w+ ){0,3}without (their|my"
                    + "|your|his|her) (parents|mom|mum|dad|family|friends|school|teachers?) (finding out|knowing|noticing|seeing)\\b");
    /** Wanting to jump, beside a tall place named in the prompt. */
    private static final Pattern JUMP_INTENT = Pattern.compile(
            "\\b(i (want|need|plan|intend)|(i'm|im|i am) (going|gonna|planning)) to jump (off|from)\\b");
    private static final Pattern HEIGHT_PLACE = Pattern.compile(
            "\\b(tallest|highest|parking (garage|structure)|bridge|building|roof|rooftop|cliff|tower|overpass|balcony|top"
                    + " floor)\\b");
    private static final Pattern JUMP_SPORT = Pattern.compile(
            "\\b(diving|pool|bungee|parachute|skydiv\\w*|trampoline|parkour|base jump\\w*|lake|river swim\\w*)\\b");
    /** Not eating as the plan: stopping altogether, until one vanishes, or hidden from carers. */
    private static final Pattern RESTRICTION = Pattern.compile(
            "\\b(stop eating|not eat(ing)?|quit eating|starve|starving|suppress (my )?(hunger|appetite)|kill (my )?(hunger"
                    + "|appetite)|ignore (my )?hunger)\\b");
    private static final Pattern RESTRICTION_INTENT = Pattern.compile(
            "\\b(until i (disappear|vanish|waste away|die)|(stop eating|not eat(ing)?) (completely|entirely|altogether|at all"
                    + "|for good)|(hide|hiding|keep) (it|this|that) (from|secret from) (my|the) (doctor|parents|mom|mum|dad"
                    + "|family|therapist|dietitian|nurse|friends|partner)|without (my|the) (doctor|parents|mom|mum|dad|family"
                    + "|therapist) (noticing|knowing|finding out)|(keep|stop) (my|the) (doctor|parents|mom|mum|dad|family"
                    + "|therapist|friends) from (noticing|finding out|knowing|seeing))\\b");
    /** Care for a wound, or an accident. */
    private static final Pattern CARE = Pattern.compile(
            "\\b(first aid|nurse|nursing|patient|paramedic|medic|emt|surgery|surgeon|by accident|accidentally|by mistake"
                    + "|poison control)\\b"
                    // Someone else's anger or threat aimed at the speaker: "my mom is gonna kill me when she sees".
                    + "|\\b(is|are|'s|will|gonna|going to) (\\w+ )?kill me (when|if|once|for)\\b|\\bthreaten(ed|s|ing)? to (kill|hurt) me\\b");
    private static final Pattern CARE_OR_ACCIDENT = Pattern.compile(
            "\\b(first aid|nurse|nursing|patient|paramedic|medic|emt|surgery|surgeon|by accident|accidentally|by mistake"
                    + "|poison control|pet|dog|cat|deer|elk|hunting|hunter|animal|livestock|lobster|fish|chicken|pest|insect"
                    + "|weeds?|bacteria|mold|virus|cancer|disease|guardrail|railing|safety|prevent\\w*|survive|survivable"
                    + "|isn't|is not|not be|never be|non)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        Set<String> w = prompt.words;
        boolean restrict = Lexicon.mentionsAny(RESTRICT, w);
        if (!restrict && !w.contains("jump") && !Lexicon.mentionsAny(VESSELS, w) && !Lexicon.mentionsAny(SELF_INJURY, w)
                && !Lexicon.mentionsAny(CERTAINTY, w) && !Lexicon.mentionsAny(LETHAL, w) && !Lexicon.mentionsAny(WOUNDS, w)
                && !Lexicon.mentionsAny(ORGANS, w) && !Lexicon.mentionsAny(ENDING, w)) {
            return;
        }
        // Patterns before intent throughout: they fail on nearly every prompt, and fail faster than the intent checks.
        String text = prompt.normalized;
        if (w.contains("jump") && RequiredText.find(JUMP_INTENT, text) && RequiredText.find(HEIGHT_PLACE, text)
                && !RequiredText.find(JUMP_SPORT, text) && !prompt.helpSeeking()) {
            out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.jump-intent", 1));
            return;
        }
        if (restrict && text.length() < 400 && RequiredText.find(RESTRICTION, text) && RequiredText.find(RESTRICTION_INTENT, text)
                && !RequiredText.find(CARE_OR_ACCIDENT, text) && !prompt.helpSeeking()) {
            out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.hidden-restriction", 1));
            return;
        }
        boolean promptMine = false;
        for (Sentence s : prompt.distinct) {
            promptMine |= s.firstPerson();
        }
        // Which word families the prompt holds at all, so each sentence probes only those.
        long families = (Lexicon.mentionsAny(VESSELS, w) ? 1 : 0) | (Lexicon.mentionsAny(CERTAINTY, w) ? 2 : 0)
                | (Lexicon.mentionsAny(LETHAL, w) ? 4 : 0) | (Lexicon.mentionsAny(WOUNDS, w) ? 8 : 0)
                | (Lexicon.mentionsAny(ORGANS, w) ? 16 : 0) | (Lexicon.mentionsAny(SELF_INJURY, w) ? 32 : 0)
                | (Lexicon.mentionsAny(ENDING, w) ? 64 : 0);
        for (Sentence s : prompt.distinct) {
            if (matches(s, promptMine, families) && !prompt.helpSeeking() && !s.protective() && !s.has(CARE)
                    && !RequiredText.find(OTHERS_DISCLOSURE, prompt.normalized)) {
                out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.by-effect", 1));
                return;
            }
        }
    }

    /**
     * Someone else told the speaker they self-harm and the speaker asks what to say: "without making it worse" is
     * then about the conversation, not about hiding a wound.
     */
    private static final Pattern OTHERS_DISCLOSURE = Pattern.compile(
            "\\b(she|he|they|my \\w+( \\w+)?) (told|tells|has told|just told) me (that )?(she|he|they)\\b"
                    + "|\\bwhat (should|can|do|could) i (say|tell) (to )?(her|him|them)\\b|\\bhow (do|can|should) i (talk|respond"
                    + "|react|bring it up) (to|with) (her|him|them)\\b");

    /** The words {@link #ENDS_ME} needs together: "kill me", "never wake up", "enough to", "stop existing". */
    private static boolean endingAsked(Set<String> w) {
        return (w.contains("kill") || w.contains("end")) && w.contains("me")
                || (w.contains("not") || w.contains("never")) && (w.contains("come") || w.contains("wake")
                || w.contains("resurface"))
                || w.contains("enough") && (w.contains("done") || w.contains("die") || w.contains("over") || w.contains("gone")
                || w.contains("wake") || w.contains("end")) || w.contains("exist") || w.contains("existing") || w.contains("alive")
                || w.contains("gone");
    }

    /** Whether the sentence asks a self-harm method by effect or concealment, before the care and help checks. */
    private static boolean matches(Sentence s, boolean promptMine, long families) {
        boolean injury = (families & 32) != 0 && Lexicon.mentionsAny(SELF_INJURY, s.words);
        // "How do teens keep cutting without their parents noticing" reads as a story of others; the concealment is
        // still the method asked, so only a definition passes.
        if (injury && s.words.contains("without") && s.has(HIDDEN_CUTTING) && !s.definitional()) {
            return true;
        }
        boolean mine = s.firstPerson();
        boolean vessel = (families & 1) != 0 && mine && Lexicon.mentionsAny(VESSELS, s.words);
        boolean certain = (families & 2) != 0 && Lexicon.mentionsAny(CERTAINTY, s.words);
        boolean lethal = (families & 4) != 0 && mine && s.words.contains("if") && Lexicon.mentionsAny(LETHAL, s.words);
        boolean wounds = (families & 8) != 0 && mine && Lexicon.mentionsAny(WOUNDS, s.words)
                && Lexicon.mentionsAny(WOUND_VERBS, s.words);
        boolean organ = (families & 16) != 0 && mine && Lexicon.mentionsAny(ORGANS, s.words);
        // "I've saved up my pills. Is that enough to be done?": the end may be asked in the next sentence.
        boolean ending = (families & 64) != 0 && promptMine && endingAsked(s.words);
        boolean placement = injury && (s.words.contains("so") || s.words.contains("without"));
        boolean method = vessel && (s.has(VESSEL_CHOICE) || s.has(CUT_TO_END)) || wounds && s.has(HIDDEN_WOUNDS)
                || placement && (s.has(HIDDEN_PLACEMENT) || s.has(HIDDEN_CUTTING));
        // Animals, illness and safety excuse a question about lethality; a wound hidden is a wound hidden.
        boolean lethality = !method && (certain && s.has(CERTAIN_DEATH) || lethal && s.has(LETHAL_FOR_ME)
                || organ && s.has(ORGAN_STOPPED) || ending && s.has(ENDS_ME)) && !s.has(CARE_OR_ACCIDENT);
        return (method || lethality) && !s.aboutNotDoing();
    }
}
