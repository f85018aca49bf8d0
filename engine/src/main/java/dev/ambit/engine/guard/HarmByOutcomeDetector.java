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
                    + "|not be here tomorrow|won't be here|goodbye (letters?|notes?|messages?|videos?)|suicide notes?|last night (on earth|alive|to be)|my (last|final) night|last (night|day)"
                    + " to be peaceful|sleep forever|never wake up|go to sleep for good|leave (this world|for good)"
                    + "|given away (all )?my (stuff|things|belongings|pets|possessions)|said (all )?my goodbyes|wrote my will)\\b");
    private static final Pattern QUICKEST = Pattern.compile(
            "\\b(pills?|tablets?|meds|medications?|medicines?|chemicals?|drugs?|combo|combination|mix|cocktail|way|method"
                    + "|one|dose)\\b.{0,40}\\b(fastest|quickest|fast|quickly|painless\\w*|surest|most reliable|works? best|most"
                    + " effective|for sure|guaranteed)\\b|\\b(fastest|quickest|painless\\w*|surest|most reliable)\\b.{0,30}\\b(pills?"
                    + "|tablets?|meds|medications?|chemicals?|drugs?|combo|combination|way|method|dose)\\b|\\b(pills?|tablets?"
                    + "|meds|medications?)\\b.{0,20}\\b(what|which|how much|how many) (amount|dose|quantity|number)\\b"
                    + "|\\b(how many|how much|what amount|what dose|which dose) (of )?(\\w+ ){0,2}(pills?|tablets?|meds|medications?)\\b"
                    + "|\\b(rope|knot|noose|belt|ligature)\\b.{0,30}\\b(holds? best|strongest|won't slip|wont slip|most secure)\\b");
    /** Treating a wound, or a cut one did not mean. */
    private static final Pattern TREATMENT = Pattern.compile(
            "\\b(treat|treating|clean|cleaning|heal|healing|first aid|infected|infection|by accident|accidentally|doctor"
                    + "|nurse|hospital|er|a and e|scar cream|bandage)\\b");

    private static final MethodRules RULES = new MethodRules(List.of(
            // "I've saved up about 60 paracetamol": pills hoarded by the speaker, a warning sign whatever is asked next.
            MethodRule.of("self-harm.hoarded-pills", Hazard.SUICIDE_SELF_HARM,
                    "pills tablets paracetamol tylenol acetaminophen ibuprofen meds medication painkillers antidepressants"
                            + " insulin sleeping",
                    "\\b(i|i've|ive|i have|i've been|i have been|im|i'm)\\b (\\w+ ){0,2}(saved|saving|stockpiled|stockpiling"
                            + "|collected|collecting|hoarded|hoarding|stashed|stashing|put aside|putting aside|squirrelled|squirreled)"
                            + "( up| away| aside)? (about |around |over |nearly |almost |like |maybe )?(\\d+|a (bunch|lot|pile|stash)"
                            + "|enough|all) (of )?(my |the |mums |moms |dads |her |his )?(\\w+ )?(pills|tablets|paracetamol|tylenol"
                            + "|acetaminophen|ibuprofen|meds|medication|painkillers|antidepressants|insulin)\\b",
                    false).unless(Pattern.compile("\\b(expired|expiry|dispos\\w*|take back|donate|travel|trip|holiday|abroad"
                            + "|a month|per month|a week|monthly|refills?|shortage|prescribed|doctor|pharmacist)\\b")),
            MethodRule.of("violence.crippling-outcome", Hazard.VIOLENT_CRIMES,
                    "again wheelchair hospital coma intensive",
                    "\\b(make sure|ensure|guarantee|so that|so|to make|until|enough that)\\b (\\w+ ){0,4}(never|can't|cant|cannot"
                            + "|won't|wont|will never|would never|wouldn't|wouldnt|doesn't|doesnt|can never|could never) (\\w+ )?(walk|walked|see"
                            + "|talk|use (his|her|their) (hands|legs|arms)|play)( \\w+)?( \\w+)? again\\b"
                            + "|\\b(ends? up|end up|put|land|leave) (\\w+ ){0,3}in (a wheelchair|hospital|the hospital|intensive care"
                            + "|a coma)\\b",
                    true),
            MethodRule.of("violence.faculty-loss", Hazard.VIOLENT_CRIMES,
                    "lose loses losing",
                    "\\b(wanted|want|make|making|so that|so|cause|to cause|would cause|could cause|get) (\\w+ ){0,5}(lose|loses)"
                            + " (his|her|their) (sight|eyesight|vision|hearing|voice|fingers?|legs?|hands?|teeth|mind|memory|baby"
                            + "|ability to (walk|see|talk|work))\\b",
                    true),
            MethodRule.of("violence.sicken-covertly", Hazard.VIOLENT_CRIMES,
                    "sick ill vomit puke unconscious hallucinate diarrhea diarrhoea toilet bathroom loo",
                    "\\b(put|add|slip|mix|sprinkle|spike|lace)\\b.{0,30}\\b(in|into|on) (it|his|her|their|the|my \\w+'s)\\b.{0,30}"
                            + "\\b(to make|so|that will make|that would make|and make) (him|her|them|he|she|they|my \\w+) (get |gets"
                            + " |feel |be )?(really |very |violently |so )?(sick|ill|vomit|puke|throw up|pass out|unconscious"
                            + "|hallucinate|diarrh?o?ea|shit (himself|herself|themselves)|spends? (\\w+ ){0,3}(on|in) the (toilet"
                            + "|bathroom|loo))\\b",
                    true).unless(Pattern.compile("\\b(dog|dog's|cat|cat's|pet|vet|poison control|swallowed|ate (chocolate"
                            + "|grapes|something)|plant|plants|soil|garden)\\b")),
            MethodRule.of("violence.weapon-on-body", Hazard.VIOLENT_CRIMES,
                    "deepest deeper damage lethal penetrate penetrates fastest",
                    "\\b(which|what) (kind of |type of )?(knife|blade|bullet|gun|round|weapon|caliber|calibre|ammo|arrow)\\b.{0,30}"
                            + "\\b(go deepest|deepest|most damage|most lethal|kills? fastest|penetrate\\w*)\\b.{0,30}\\b(someone|someones"
                            + "|someone's|a person|a man|a woman|a body|ribs|chest|skull|human|people|neck)\\b",
                    false).unless(Pattern.compile("\\b(deer|elk|boar|hunting|game|animal|armor|armour|vest|protect\\w*"
                            + "|surgeon|autopsy|forensic)\\b")),
            MethodRule.of("violence.vehicle-sabotage", Hazard.VIOLENT_CRIMES,
                    "brakes brake steering tyres tires airbag airbags",
                    "\\b(make|get|cause)\\b ([\\w']+ ){0,3}(brakes?|steering|tyres?|tires?|airbags?|brake lines?) (to )?(fail|stop"
                            + " working|give out|lock up|blow out|go out)\\b|\\b(cut|loosen|tamper with|drain|sabotage)\\b (the |his |her"
                            + " |their |[\\w]+'s )(\\w+ )?(car's |car )?(brake lines?|brakes|brake fluid|steering)\\b",
                    true).unless(Pattern.compile("\\b(my own|mine|how do i know|check\\w*|replace\\w*|repair\\w*|fix\\w*"
                            + "|mechanic|warning signs|squeal\\w*|what happens|why (do|did|would))\\b")),
            MethodRule.of("violence.cripple-person", Hazard.VIOLENT_CRIMES,
                    "cripple crippled paralyze paralyse maim disfigure blind",
                    "\\b(cripple|paraly[sz]e|maim|disfigure|blind) " + PERSON + "\\b", true).unless(THING),
            MethodRule.of("self-harm.lethal-height", Hazard.SUICIDE_SELF_HARM,
                    "enough jump jumping fall falling",
                    "\\b(high|tall|far|deep) enough (that|so|for|to)\\b.{0,30}\\b(wouldn't|wouldnt|won't|wont|would not|will not"
                            + "|don't|dont|not|never|can't|cant) (survive|make it|wake up|live)\\b|\\b(high|tall) enough (that|so|for|to) (\\w+ ){0,3}"
                            + "(definitely |surely |certainly )?(kill|end) me\\b|\\b(jump|jumping|fall|falling|the fall|a fall)\\b"
                            + " (\\w+ ){0,6}(definitely|surely|certainly|would|will) (kill|end) me\\b",
                    false).unless(Pattern.compile("\\b(safe|safety|railings?|guardrails?|prevent\\w*|nets?|barriers?"
                            + "|rescue\\w*|survivors?|statistics|physics|why|bungee|cliff div\\w*|parachut\\w*)\\b"))
                    .onAnyQuestion().protectionByUnless(),
            MethodRule.of("self-harm.wont-wake-from-dose", Hazard.SUICIDE_SELF_HARM,
                    "wake",
                    "^(?=.*\\bi (won't|wont|will not|don't|dont|do not|never|wouldn't|wouldnt) (ever )?wake up\\b)(?=.*\\b(amount"
                            + "|how much|how many|dose|pills?|tablets?|meds|medication|sleeping|vodka|alcohol|mix|combine)\\b)",
                    false).unless(Pattern.compile("\\b(afraid|scared|worried|fear|anesthesia|anaesthesia|surgery|alarm"
                            + "|oversleep|on time|early)\\b")),
            // "get her alone somewhere secluded without her getting suspicious": isolating a person unnoticed.
            MethodRule.of("violence.isolate-person", Hazard.VIOLENT_CRIMES,
                    "alone secluded isolated",
                    "\\bget (her|him|them|my [\\w']+|the [\\w']+|[\\w']+'s [\\w']+) (alone|by (herself|himself|themselves)|somewhere"
                            + " (secluded|isolated|quiet|private))\\b.{0,60}\\b(without (her|him|them|anyone|anybody|people|her \\w+"
                            + "|his \\w+) (\\w+ )?(getting suspicious|suspecting|noticing|knowing|finding out|seeing)|secluded|isolated"
                            + "|where no one|where nobody|so no one|so nobody)",
                    true),
            MethodRule.of("violence.staged-accident", Hazard.VIOLENT_CRIMES,
                    "look looks seem seems appear appears",
                    "\\bmake (it|this|that|his death|her death) (look|seem|appear) (like|as if|as though) ([\\w']+ ){1,4}(fell|slipped"
                            + "|tripped|drowned|overdosed|crashed|killed (himself|herself|themselves)|had an accident|died"
                            + " naturally)\\b"
                            // "make him fall down the stairs so it looks like an accident": the fall is the method.
                            + "|\\bmake (him|her|them|my [\\w']+|the [\\w']+) (fall|trip|slip|crash|drown|choke|tumble|die|fall down)\\b"
                            + ".{0,60}\\b(look|looks|seem|seems|appear|appears) (like|as if|as though) (it was )?(an |a )?(accident"
                            + "|accidental|natural|mishap)",
                    true),
            MethodRule.of("self-harm.never-wake", Hazard.SUICIDE_SELF_HARM,
                    "wake survive",
                    "^(?=.*\\b((so|to make sure|until|enough that|enough to|enough so) (that )?i (dont|don't|do not|never|wont"
                            + "|won't|will not|wouldn't|wouldnt)|(be |make |making )?(sure|certain|guaranteed) (i )?(not to|never to|i"
                            + " don't|i dont|i won't|i wont|not|never)) (wake up|wake|survive|come back|make it)\\b)(?=.*\\b(pills?"
                            + "|tablets?|take|taking|swallow|antidepressants|dose|meds|medication|sleeping|insulin|drink|jump|jumping"
                            + "|fall|falling|inhale|building|bridge|roof|floor|cliff|height)\\b)",
                    false).unless(Pattern.compile("\\b(safe|safety|railings?|prevent\\w*|rescue\\w*|statistics)\\b"))
                    .protectionByUnless(),
            MethodRule.of("self-harm.lethal-effect-on-me", Hazard.SUICIDE_SELF_HARM,
                    "heart kidneys liver organs asleep sleep running exhaust fumes charcoal monoxide helium bleed drown"
                            + " suffocate hang freeze starve",
                    "\\b(dose|amount|how much|how many|quantity|enough|take)\\b.{0,40}\\b(stop my heart|shut down my (organs"
                            + "|kidneys|liver)|shut my (liver|kidneys|organs|heart) down|(destroy|fry|kill) my (liver|kidneys)|make my"
                            + " heart stop)\\b|\\b(least painful|most peaceful|painless|quickest|fastest|easiest|surest) (way|ways"
                            + "|method) to (bleed out|drown|suffocate|hang|freeze to death|starve)\\b|\\b(fall asleep|sleep|pass out) and (stay that way|never wake|not wake"
                            + "|don't wake|dont wake|stay asleep|not come back)\\b|\\bhow long (would|do|should|will|must) i (have to"
                            + " |need to )?(stay|sit|be|breathe|lie)\\b.{0,40}\\b(car running|engine running|exhaust|charcoal|fumes"
                            + "|carbon monoxide|helium|bag over)\\b",
                    false),
            MethodRule.of("self-harm.method-compared", Hazard.SUICIDE_SELF_HARM,
                    "certain surer reliable quicker faster painful painless effective lethal",
                    "\\b(hanging|pills|overdos\\w*|jumping|drowning|cutting|a gun|shooting myself|carbon monoxide|bleeding out"
                            + "|slitting|wrists)\\b (or|vs|versus) (\\w+ ){0,2}(hanging|pills|overdos\\w*|jumping|drowning|cutting"
                            + "|a gun|gun|shooting|carbon monoxide|bleeding out|slitting|wrists)\\b.{0,30}\\b(more certain|surer"
                            + "|more reliable|quicker|faster|less painful|more painless|more effective|more lethal|deadlier)\\b",
                    false).onAnyQuestion(),
            MethodRule.of("self-harm.concealed-wounds", Hazard.SUICIDE_SELF_HARM,
                    "cut cuts cutting burn burns burning marks scars wounds bruises",
                    "\\b(cut|cuts|cutting|burn|burns|burning|marks|scars|wounds|bruises)\\b.{0,40}\\b(where|so|that|and) (my \\w+"
                            + "|people|no one|nobody|they|my parents|mom|mum|dad|teachers?|anyone|others) (won't|wont|can't|cant"
                            + "|don't|dont|will not|wouldn't|wouldnt|never|cannot) (see|notice|find|spot|tell)\\b",
                    false).unless(TREATMENT),
            MethodRule.of("self-harm.deeper-cuts", Hazard.SUICIDE_SELF_HARM,
                    "deeper deeply harder",
                    "^(?=.*\\b(cut|cuts|cutting|slice|slit|carve)\\b( \\w+){0,4} (deeper|more deeply|harder)\\b)(?=.*\\b(stitches"
                            + "|bleed|bleeding|blood|skin|arms?|thighs?|wrists?|legs?|scars?|myself|veins?|stomach)\\b)",
                    false).unless(TREATMENT)));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        RULES.detect(prompt, out);
        if (Lexicon.mentionsAny(QUICK_WORDS, prompt.words) && Lexicon.mentionsAny(DECIDED_WORDS, prompt.words)) {
            decidedThenMethod(prompt, out);
        }
    }

    /** Words without which {@link #DECIDED} cannot match. */
    private static final java.util.Set<String> DECIDED_WORDS = Lexicon.words("decided", "end", "ending", "done", "die",
            "given", "goodbyes", "will",
            "kill", "can't", "cannot", "reason", "last", "final", "goodbye", "suicide", "tomorrow", "here", "forever", "wake",
            "sleep", "leave");
    /** Words without which {@link #QUICKEST} cannot match. */
    private static final java.util.Set<String> QUICK_WORDS = Lexicon.words("fastest", "quickest", "fast", "quickly",
            "painless", "painlessly", "surest", "reliable", "best", "effective", "sure", "guaranteed", "amount", "many",
            "much", "dose", "holds", "hold", "strongest", "secure", "slip");

    /** "I've decided to end it tonight. What combo of pills works fastest?": the decision and the method apart. */
    private static void decidedThenMethod(Prompt prompt, List<Detection> out) {
        // The decision is looked for first, and only in the sentences holding one of its words: those words ("end",
        // "last", "will") are common, and searching the whole prompt for it, or every sentence for a method, cost more
        // than the rest of the guard on ordinary text. None of its phrases crosses a sentence end.
        boolean decided = false;
        for (Sentence s : prompt.distinct) {
            if (Lexicon.mentionsAny(DECIDED_WORDS, s.words) && s.has(DECIDED)) {
                decided = true;
                break;
            }
        }
        if (!decided) {
            return;
        }
        for (Sentence s : prompt.distinct) {
            if (s.has(QUICKEST) && !s.aboutNotDoing() && !prompt.helpSeeking()) {
                out.add(new Detection(Hazard.SUICIDE_SELF_HARM, "self-harm.decided-then-method", 1));
                return;
            }
        }
    }
}
