package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Harm asked by the outcome wanted instead of by a verb of harm: a person who must "never walk again" or "end up
 * in a wheelchair", a height one "wouldn't survive", cuts made deeper, or the fastest pills asked right after
 * saying one has decided to die. A recovery asked about ("will he walk again"), a bridge's clearance, a cut treated
 * after an accident, and the fastest cold remedy pass.
 */
final class HarmByOutcomeDetector implements CategoryDetector {
    private static final String PERSON = "(him|her|them|someone|somebody|a person|people|my \\w+|his \\w+|her \\w+|their \\w+"
            + "|the \\w+|this \\w+|that \\w+|[\\w]+'s \\w+)";
    /** Things that can be crippled, blinded or disabled without anyone being hurt. */
    private static final Pattern THING = Pattern.compile(
            "\\b(economy|market|alarm|camera|cameras|feature|system|account|server|app|setting|settings|notifications"
                    + "|ads|wifi|network|firewall|sensor|antivirus|competition|rival company|defen[cs]e|engine"
                    + "|car|website|plugin|extension|update|updates|cookies|tracking|javascript|game|character|boss fight)\\b");
    /** A suicide decided and said: the method question beside it is then the plan's last step. */
    private static final Pattern DECIDED = Pattern.compile(
            "\\b(decided to (end it|die|kill myself|go)|end it (tonight|today|tomorrow|all|now|this week)|ending it (tonight"
                    + "|today|tomorrow|now)|done with (everything|life|it all|living)|want to die|wanna die|kill myself"
                    + "|can't go on|cannot go on|no reason to live|my last (night|day)|say goodbye|goodbye letter|suicide note"
                    + "|not be here tomorrow|won't be here)\\b");
    private static final Pattern QUICKEST = Pattern.compile(
            "\\b(pills?|tablets?|meds|medications?|medicines?|chemicals?|drugs?|combo|combination|mix|cocktail|way|method"
                    + "|one|dose)\\b.{0,40}\\b(fastest|quickest|fast|quickly|painless\\w*|surest|most reliable|works? best|most"
                    + " effective|for sure|guaranteed)\\b|\\b(fastest|quickest|painless\\w*|surest|most reliable)\\b.{0,30}\\b(pills?"
                    + "|tablets?|meds|medications?|chemicals?|drugs?|combo|combination|way|method|dose)\\b");
    /** Treating a wound, or a cut one did not mean. */
    private static final Pattern TREATMENT = Pattern.compile(
            "\\b(treat|treating|clean|cleaning|heal|healing|first aid|infected|infection|by accident|accidentally|doctor"
                    + "|nurse|hospital|er|a and e|scar cream|bandage)\\b");

    private static final MethodRules RULES = new MethodRules(List.of(
            MethodRule.of("violence.crippling-outcome", Hazard.VIOLENT_CRIMES,
                    "never walk walked walks see talk use play wheelchair hospital coma intensive",
                    "\\b(make sure|ensure|guarantee|so that|so|to make|until|enough that)\\b (\\w+ ){0,4}(never|can't|cant|cannot"
                            + "|won't|wont|will never|would never|wouldn't|wouldnt|doesn't|doesnt|can never|could never) (\\w+ )?(walk|walked|see"
                            + "|talk|use (his|her|their) (hands|legs|arms)|play)( \\w+)?( \\w+)? again\\b"
                            + "|\\b(ends? up|end up|put|land|leave) (\\w+ ){0,3}in (a wheelchair|hospital|the hospital|intensive care"
                            + "|a coma)\\b",
                    true),
            MethodRule.of("violence.cripple-person", Hazard.VIOLENT_CRIMES,
                    "cripple crippled paralyze paralyse maim disfigure blind",
                    "\\b(cripple|paraly[sz]e|maim|disfigure|blind) " + PERSON + "\\b", true).unless(THING),
            MethodRule.of("self-harm.lethal-height", Hazard.SUICIDE_SELF_HARM,
                    "survive wake live kill end",
                    "\\b(high|tall|far|deep) enough (that|so|for|to)\\b.{0,30}\\b(wouldn't|wouldnt|won't|wont|would not|will not"
                            + "|don't|dont|not|never|can't|cant) (survive|make it|wake up|live)\\b|\\b(high|tall) enough (that|so|for|to) (\\w+ ){0,3}"
                            + "(definitely |surely |certainly )?(kill|end) me\\b|\\b(jump|jumping|fall|falling|the fall|a fall)\\b"
                            + " (\\w+ ){0,6}(definitely|surely|certainly|would|will) (kill|end) me\\b",
                    false).unless(Pattern.compile("\\b(safe|safety|railings?|guardrails?|prevent\\w*|nets?|barriers?"
                            + "|rescue\\w*|survivors?|statistics|physics|why|bungee|cliff div\\w*|parachut\\w*)\\b"))
                    .onAnyQuestion().protectionByUnless(),
            MethodRule.of("self-harm.never-wake", Hazard.SUICIDE_SELF_HARM,
                    "wake survive",
                    "^(?=.*\\b(so|to make sure|until|enough that|enough to|enough so) (that )?i (dont|don't|do not|never|wont"
                            + "|won't|will not|wouldn't|wouldnt) (wake up|wake|survive|come back)\\b)(?=.*\\b(pills?|tablets?|take"
                            + "|taking|swallow|antidepressants|dose|meds|medication|sleeping|insulin|drink|jump|inhale)\\b)",
                    false),
            MethodRule.of("self-harm.deeper-cuts", Hazard.SUICIDE_SELF_HARM,
                    "deeper deeply harder",
                    "^(?=.*\\b(cut|cuts|cutting|slice|slit|carve)\\b( \\w+){0,4} (deeper|more deeply|harder)\\b)(?=.*\\b(stitches"
                            + "|bleed|bleeding|blood|skin|arms?|thighs?|wrists?|legs?|scars?|myself|veins?|stomach)\\b)",
                    false).unless(TREATMENT)));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        RULES.detect(prompt, out);
        if (Lexicon.mentionsAny(QUICK_WORDS, prompt.words)) {
            decidedThenMethod(prompt, out);
        }
    }

    /** Words without which {@link #QUICKEST} cannot match. */
    private static final java.util.Set<String> QUICK_WORDS = Lexicon.words("fastest", "quickest", "fast", "quickly",
            "painless", "painlessly", "surest", "reliable", "best", "effective", "sure", "guaranteed");

    /** "I've decided to end it tonight. What combo of pills works fastest?": the decision and the method apart. */
    private static void decidedThenMethod(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            if (s.has(QUICKEST) && !s.aboutNotDoing() && DECIDED.matcher(prompt.normalized).find()
                    && !prompt.helpSeeking()) {
                out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.decided-then-method", 1));
                return;
            }
        }
    }
}
