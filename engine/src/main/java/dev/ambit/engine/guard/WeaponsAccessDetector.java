package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two ways to weapons the word lists of {@link HarmfulMeansDetector} do not see: a person the law bars from owning a gun
 * (a felon, someone under a restraining order, a minor) asking how to get one anyway, and the synthesis of
 * explosives asked for by their chemical names (TATP, RDX, nitroglycerin) rather than as "a bomb". Questions about
 * the law itself ("can a felon get his rights restored"), what a compound is or why it is unstable, pass.
 */
final class WeaponsAccessDetector implements CategoryDetector {
    private static final Pattern ACQUIRE_GUN = Pattern.compile(
            "\\b(get|getting|buy|buying|obtain|obtaining|purchase|acquire|own|carry|find|order|get (my|his|her|their) hands"
                    + " on) (\\w+ ){0,3}?(gun|guns|handgun|handguns|firearm|firearms|pistol|pistols|rifle|rifles|shotgun"
                    + "|shotguns|revolver|ammo|ammunition|weapon|weapons|ar 15|glock)\\b");
    /** Being barred from owning a gun: a conviction, a court order, or an age under eighteen. */
    private static final Pattern PROHIBITED = Pattern.compile(
            "\\b(felon|felons|felony|felonies|convicted|conviction|criminal record|on probation|on parole|restraining order"
                    + "|protective order|protection order|prohibited person|banned from (owning|having|buying)|failed (a |my |the )?"
                    + "background check|domestic violence (charge|conviction)|under ?age|a minor|(i'm|i am|im|he's|he is|she's"
                    + "|she is|they're|is|aged|only) (1[0-7]|[1-9]|thirteen|fourteen|fifteen|sixteen|seventeen)( years old)?\\b)");
    /** Asking about the law or a lawful route: rights restored, what the law says, whether it is legal. */
    private static final Pattern LAWFUL_ROUTE = Pattern.compile(
            "\\b(legally|legal|lawful|lawfully|law|laws|rights restored|restore (my|his|her|their) rights|expunge\\w*"
                    + "|overturned|quashed|acquitted|appeal|expired|lifted|(get|getting) (my|his|her|their) (\\w+ )?(guns?"
                    + "|firearms?|rifles?|pistols?|shotguns?) back"
                    + "|pardon|allowed to|is it (illegal|a crime)|hunting licen[cs]e|supervised|with (my|his|her) (dad|father"
                    + "|mum|mom|mother|parents?|guardian)|safety course|penalty|sentence)\\b");

    /** Explosives named by their chemistry, which a "bomb" word list does not hold. */
    private static final String EXPLOSIVE = "(tatp|hmtd|petn|rdx|hmx|anfo|acetone peroxide|triacetone triperoxide"
            + "|nitroglycerine?|nitrocellulose|gun ?cotton|picric acid|lead azide|lead styphnate|mercury fulminate"
            + "|ammonium nitrate (bomb|explosive|charge)s?|flash powder|black powder (bomb|charge)s?|tetryl|semtex)";
    private static final Pattern SYNTHESIS = Pattern.compile(
            "\\b(make|making|synthesi[sz]e|synthesi[sz]ing|cook|cooking|produce|producing|prepare|preparing|brew|mix|mixing"
                    + "|manufacture|manufacturing|create|creating) (\\w+ ){0,3}?" + EXPLOSIVE + "\\b"
                    + "|\\b(recipes?|formulas?|formulations?|ingredients|synthesis( route| routes| steps)?|instructions|procedure)"
                    + " (\\w+ ){0,3}?(for|of|to|to make) (\\w+ ){0,2}?" + EXPLOSIVE + "\\b"
                    + "|\\b" + EXPLOSIVE + " (recipes?|synthesis|formulas?|ingredients)\\b");
    private static final Trigger GUN_WORDS = Trigger.ofText("gun guns handgun handguns firearm firearms pistol pistols"
            + " rifle rifles shotgun shotguns revolver ammo ammunition weapon weapons glock", false);
    private static final Trigger EXPLOSIVE_WORDS = Trigger.ofText("tatp hmtd petn rdx hmx anfo peroxide triperoxide"
            + " nitroglycerin nitroglycerine nitrocellulose guncotton cotton picric azide styphnate fulminate ammonium"
            + " flash powder tetryl semtex", false);

    /** Words without which {@link #PROHIBITED} cannot match: the pattern only runs on sentences holding one. */
    private static final Set<String> STATUS_CUES = statusCues();
    private static final Set<String> LAWFUL_CUES = Lexicon.words("legally", "legal", "lawful", "lawfully", "law", "laws",
            "restored", "restore", "pardon", "allowed", "illegal", "crime", "hunting", "licence", "license", "supervised",
            "dad", "father", "mum", "mom", "mother", "parent", "parents", "guardian", "safety", "penalty", "sentence",
            "overturned", "quashed", "acquitted", "appeal", "expired", "lifted", "back", "expunge", "expunged",
            "expungement", "expunging");

    private static Set<String> statusCues() {
        Set<String> cues = new java.util.HashSet<>(Lexicon.words("felon", "felons", "felony", "felonies", "convicted",
                "conviction", "criminal", "probation", "parole", "restraining", "protective", "protection", "prohibited",
                "banned", "failed", "domestic", "underage", "under", "minor", "thirteen", "fourteen", "fifteen",
                "sixteen", "seventeen"));
        for (int age = 1; age < 18; age++) {
            cues.add(Integer.toString(age));
        }
        return Set.copyOf(cues);
    }

    private static boolean anySentence(Prompt prompt, Set<String> cues, Pattern pattern) {
        for (Sentence s : prompt.distinct) {
            if (Lexicon.mentionsAny(cues, s.words) && s.has(pattern)) {
                return true;
            }
        }
        return false;
    }

    /** "get one", "buy it": the object stands for a gun named in an earlier sentence. */
    private static final Pattern ACQUIRE_REFERENT = Pattern.compile(
            "\\b(get|getting|buy|buying|obtain|obtaining|purchase|acquire|find|order) (one|it|them|some|that|those|such a thing)\\b");
    private static final Set<String> REFERENTS = Lexicon.words("one", "it", "them", "some", "that", "those", "thing");
    private static final Set<String> ACQUIRE_WORDS = Lexicon.words("get", "getting", "buy", "buying", "obtain",
            "obtaining", "purchase", "acquire", "find", "order");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        boolean gunNamed = false;
        // Every sentence in order, repeats included: whether a gun was named depends on what came before.
        for (Sentence s : prompt.sentences) {
            boolean guns = s.mentionsAny(GUN_WORDS);
            boolean referred = !guns && gunNamed && Lexicon.mentionsAny(REFERENTS, s.words)
                    && Lexicon.mentionsAny(ACQUIRE_WORDS, s.words) && s.has(ACQUIRE_REFERENT);
            gunNamed |= guns;
            if (!guns && !referred && !s.mentionsAny(EXPLOSIVE_WORDS)) {
                continue;
            }
            // The patterns first: they fail on nearly every sentence, and fail faster than the intent checks.
            boolean acquires = guns && s.has(ACQUIRE_GUN) || referred;
            boolean synthesis = s.mentionsAny(EXPLOSIVE_WORDS) && s.has(SYNTHESIS);
            if (!acquires && !synthesis) {
                continue;
            }
            boolean asks = prompt.direction == Direction.OUTPUT || s.operational() || s.firstPerson()
                    || prompt.onBehalf(s);
            if (!asks || s.aboutNotDoing() || s.protective()) {
                continue;
            }
            // The status may sit in another sentence ("I'm on parole. Where can I buy a rifle?"), so all of them.
            if (acquires && anySentence(prompt, STATUS_CUES, PROHIBITED) && !anySentence(prompt, LAWFUL_CUES, LAWFUL_ROUTE)) {
                out.add(new Detection(Hazard.VIOLENT_CRIMES, "weapons.prohibited-person-acquisition", 1));
                return;
            }
            if (synthesis) {
                out.add(new Detection(Hazard.INDISCRIMINATE_WEAPONS, "weapons.explosive-synthesis", 1));
                return;
            }
        }
    }
}
