package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Arguments for taking rights from a protected group, dehumanising claims, and praise, denial or re-enactment
 * of atrocities. A group is only a target when it is the subject ("why should X not vote"): llamas, teapots and
 * black olives are not groups, and absurd premises (living on the sun, teleporting) are not discrimination.
 */
final class HateDetector implements CategoryDetector {
    private static final Set<String> NOT_SUBJECT_BEFORE = Lexicon.words(
            "than", "as", "like", "with", "of", "from", "near", "beside", "and", "or", "about", "by");
    private static final Pattern DISCRIMINATION = Pattern.compile(
            "\\b(not|never|no longer) (be )?(allowed|permitted|admitted|given|able to vote|trusted|hired|employed|welcome"
                    + "|accepted|considered (human|equal|people|citizens))\\b"
                    + "|\\bbe (barred|banned|excluded|kicked|denied|deported|segregated|sterili[sz]ed|discriminated|forbidden"
                    + "|fenced off|walled off|cordoned off|sealed off|ghettoi[sz]ed"
                    + "|prohibited|restricted|removed|locked up|rounded up|expelled|fired|interned|registered|tracked|monitored"
                    + "|separated|treated as|paid less|exterminated|eliminated|punished)\\b"
                    + "|\\b(should|must|shouldn't|mustn't|ought to|better) (not|never)? ?(get married|marry|vote|have kids|have children"
                    + "|work|study|hold|have equal|have access|have the (freedom|right)|have rights|be shown|serve|adopt|own|run for"
                    + "|lead|teach|go through|make decisions|earn less|be paid less|stay at home|stay home|be seen|be heard|leave"
                    + "|go back|have their partners|have someone else)\\b"
                    + "|\\bnot (to )?(have|get|hold|study|vote|marry|work|teach|adopt|serve|lead|run|join|enter|sit|live|be shown)\\b"
                    + "|\\bearn less\\b|\\b(less|fewer) rights\\b|\\bequal rights\\b|\\bvoting rights\\b|\\bright to vote\\b"
                    + "|\\bextra (security|screening|checks|scrutiny)\\b|\\bmake (all )?(the )?(major |important )?(political )?"
                    + "decisions\\b|\\bdecisions for them\\b|\\boverrepresented\\b|\\btake away|\\btook away|\\btaking away"
                    + "|\\b(shouldn't|should not|mustn't|must not|can't|cannot|wouldn't)\\b.{0,40}\\bbe (allowed|permitted|admitted"
                    + "|given|trusted|hired|accepted|able to)\\b"
                    + "|\\bdiscriminat\\w+|\\bsegregat\\w+|\\bdeport\\w*|\\bget rid of\\b|\\bkeep (them|\\w+) out\\b"
                    + "|\\bbe (kept|sent|driven|thrown) (out|away|back|from)\\b|\\bpa(y|id) (\\w+ ){0,2}less\\b");
    /** "X are (so) lazy": a slur as predicate; descriptions of how a group is seen ("seen as a threat") pass. */
    private static final Pattern INSULT = Pattern.compile(
            "\\b(are|is|being|were)\\b (\\w+ ){0,5}?(inferior|superior|weaker|worse|dumber|less capable|less competent"
                    + "|less deserving|less worthy|less intelligent|stupider|lazier|subhuman|vermin|parasites|cockroaches"
                    + "|animals|savages|a disease|a plague|a cancer|genetically inferior|less human|worth less|worthless"
                    + "|criminals|rapists|terrorists|dirty|filthy|disgusting|evil|a threat|dangerous|useless|lazy|stupid|ugly"
                    + "|a burden|leeches|scum|trash|garbage|pathetic|incompetent|greedy|primitive|backwards|dumb|idiots"
                    + "|retarded|freaks|degenerates|mentally ill|sick|thieves|liars|cheats|crooks|thugs|beggars|barbarians"
                    + "|traitors|perverts|pedophiles|paedophiles|uncivili[sz]ed|untrustworthy|dishonest|inbred)\\b");
    private static final Pattern PERCEIVED = Pattern.compile(
            "\\b(seen|considered|viewed|perceived|called|labell?ed|stereotyped|portrayed|depicted|described|treated|accused"
                    + "|stereotypes?|myths?|misconceptions?|prejudices?)\\b|\\bwhy do (some |many |so many )?(people|folks|racists|others)"
                    + " (think|say|believe|claim|assume)\\b");
    /** A claim about what ought to be: rights arguments only count as hate when they argue for a norm. */
    private static final Pattern NORMATIVE = Pattern.compile(
            "\\b(should|shouldn't|must|mustn't|ought|better|best|right|fine|good|justified|justifiable|acceptable|okay|ok"
                    + "|deserve|deserves|reasons?|need to|have to|let's|make sure|idea|wise|sensible|argue|argument|essay|convince"
                    + "|explain why)\\b");
    private static final Pattern ABSURD = Pattern.compile(
            "\\b(saturn|jupiter|mars|venus|neptune|uranus|pluto|mercury|the moon|on the sun|the sun's|sun's surface"
                    + "|surface of the sun|black hole|event horizon|speed of light|teleport\\w*|levitat\\w*|telekines\\w*"
                    + "|time ?travel\\w*|underwater|in space|outer space|through walls|superpowers?|invisib\\w+|read minds"
                    + "|control the weather|resurrect\\w*|immortal\\w*|\\d{3,} years|lasers?|lightning|x ray vision"
                    + "|stop time|passage of time|other dimensions?|parallel universe|transform into|shape ?shift\\w*"
                    + "|made of|decibels|photosynthesi\\w+|fly without|breathe fire|dragons?|unicorns?|wizards?|magic"
                    + "|hibernate|glow in the dark)\\b");
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(never (happened|took place|occurred|existed)|didn't (happen|exist)|did not (happen|exist)|(was|is|were) "
                    + "(a |an )?(complete |total |big |elaborate )?(hoax|fabrication|lie|myth|fake|fiction|exaggeration|made up"
                    + "|invention|conspiracy|staged|faked)|overstat\\w*|exaggerat\\w*|inflat\\w*|play(ed)? up|make up|made up)\\b");
    private static final Pattern PERSUADE = Pattern.compile(
            "\\b(convince|persuade|make people|make everyone|show|prove|argue|demonstrate|tell people|write|spread|claim"
                    + "|how (do|can) (i|we)|how do \\w+( \\w+)? (overstate|exaggerate|inflate|make up|lie))\\b");
    private static final Pattern ATROCITY = Pattern.compile(
            "\\b(holocaust|shoah|genocide|genocides|massacre|massacres|slavery|slave trade|slaves|trail of tears|jim crow"
                    + "|apartheid|ethnic cleansing|concentration camps?|death camps?|gulags?|auschwitz|treblinka|dachau"
                    + "|khmer rouge|killing fields|pogroms?|lynchings?|9 ?/? ?11|september 11|terror(ist)? attacks?|bombings?"
                    + "|shootings?|atomic bombs?|hiroshima|nagasaki|nanjing|nanking|rwanda\\w*|srebrenica|armenian|holodomor"
                    + "|taliban|isis|al qaeda|nazis?|hitler|stalin|pol pot|pinochet|mussolini|idi amin|kkk|ku klux klan"
                    + "|third reich|world war (2|ii|two)|ww2|wwii|assassination|colonialism|residential schools|internment"
                    + "|crusades?|inquisition|dictator\\w*|junta|death squads?|political opponents|dissidents|invasion|invade|columbine|sandy hook|christchurch|utoya|oklahoma city|virginia tech|parkland|uvalde|bataclan|beslan|lockerbie|unabomber|las vegas shooting|mass shootings?|school shootings?)\\b");
    private static final Pattern GLORIFY = Pattern.compile(
            "\\bwhy (was|were|is|are) .{0,80}\\b(right|justified|justifiable|a good thing|good|necessary|heroic|admirable"
                    + "|correct|morally (justified|right|good)|deserved|a success)\\b"
                    + "|\\b(benefits|success|succes|successes|upsides?|positives|positive sides?|good sides?|achievements) of\\b"
                    + "|\\b(actually|really) (a )?good\\b");
    private static final Pattern REENACT = Pattern.compile(
            "\\b(replicate|recreate|re create|repeat|restore|bring back|reinstate|revive|emulate|copy|imitate|reenact|re enact"
                    // "What happened at My Lai" asks for history; making it happen again is the reenactment.
                    + "|redo|another|(make|do|cause|repeat|recreate) what happened|what happened .{0,40}\\bagain|use [\\w']+ methods|use (the )?methods|do (the same|it again|what \\w+ did)|like under|like the"
                    + "|follow in|finish what|continue what|complete what)\\b");

    private static final Trigger HISTORY_WORDS = Trigger.ofText(("holocaust shoah genocide genocides massacre massacres"
            + " slavery slave slaves trail crow apartheid cleansing concentration camp camps death gulag gulags auschwitz"
            + " treblinka dachau khmer killing pogrom pogroms lynching lynchings 9/11 9 11 september terror terrorist attack"
            + " attacks bombing bombings shooting shootings atomic bomb bombs hiroshima nagasaki nanjing nanking rwanda rwandan"
            + " srebrenica armenian holodomor taliban isis qaeda nazi nazis hitler stalin pol pinochet mussolini amin kkk klux"
            + " reich war ww2 wwii assassination colonialism residential internment crusade crusades inquisition dictator"
            + " dictators dictatorship junta squads squad opponents dissidents invasion invade columbine sandy christchurch utoya"
            + " oklahoma virginia parkland uvalde bataclan beslan lockerbie unabomber"), false);

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        for (Sentence s : prompt.distinct) {
            boolean group = mentionsGroup(s);
            if (Lexicon.mentionsAny(SLUR_WORDS, s.words) && (s.operational() || s.firstPerson())
                    && !s.aboutNotDoing() && !s.protective() && s.has(SLUR_CONTENT) && !s.has(ABOUT_SLURS)
                    && (group || s.text.contains("n word") || !s.text.contains("insult"))) {
                out.add(new Detection(Hazard.HATE, "hate.slur-content", 1));
                return;
            }
            if (!group && !s.mentionsAny(HISTORY_WORDS)) {
                continue;
            }
            boolean wrongs = group && groupAsSubject(s) && discriminationWords(s)
                    && (s.has(INSULT) && !s.has(PERCEIVED) || s.has(DISCRIMINATION) && s.has(NORMATIVE));
            if (wrongs && !s.has(ABSURD) && !s.protective() && !s.definitional() && !s.narrative()) {
                out.add(new Detection(Hazard.HATE, "hate.discrimination-against-group", 1));
                return;
            }
            if (group && s.has(DEMEANING_REQUEST) && (s.operational() || s.firstPerson()) && !s.protective()
                    && !s.definitional() && !s.narrative()) {
                out.add(new Detection(Hazard.HATE, "hate.demeaning-content", 1));
                return;
            }
            boolean history = s.mentionsAny(HISTORY_WORDS);
            if (group || history) {
                if (s.has(DENIAL) && s.has(PERSUADE) && !s.protective()) {
                    out.add(new Detection(Hazard.HATE, "hate.atrocity-denial", 1));
                    return;
                }
                if (history && s.has(GLORIFY) && s.has(ATROCITY) && !s.protective()) {
                    out.add(new Detection(Hazard.HATE, "hate.atrocity-glorification", 1));
                    return;
                }
                if (history && (s.firstPerson() || s.operational()) && s.has(REENACT) && s.has(ATROCITY) && !s.protective()
                        && !prompt.excused(s)) {
                    out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.atrocity-reenactment", 1));
                    return;
                }
            }
        }
    }

    /** Asking for insults, slurs or mockery aimed at a group, or content calling for violence against it. */
    /** Content asked to carry slurs: the slurs are the point whoever the target is ("a song with the n word"). */
    private static final Pattern SLUR_CONTENT = Pattern.compile(
            "\\b(write|compose|create|generate|make|draft|give|come up with|produce|need|want)\\b.{0,60}\\b(using|with|full of"
                    + "|containing|that uses|packed with|loaded with|including|include|of)\\b (\\w+ ){0,2}(slurs?|the n word|n word"
                    + "|racial epithets?|ethnic slurs?|epithets)\\b|\\b(insults?|slurs?) (for|about|against|to use on|to call)\\b");
    private static final Pattern ABOUT_SLURS = Pattern.compile(
            "\\b(history|why|harm\\w*|hurt\\w*|impact|effects?|essay|analysis|origin|origins|etymology|reclaim\\w*|respond"
                    + "|avoid|stop|report)\\b");
    private static final Set<String> SLUR_WORDS = Lexicon.words("slur", "slurs", "epithet", "epithets", "insult", "insults",
            "n");

    private static final Pattern DEMEANING_REQUEST = Pattern.compile(
            "\\b(give|write|tell|list|make|create|generate|need|want|suggest|compose|draft|craft|invent|come up with)\\b.{0,30}\\b(insults?|slurs?|jokes?|memes?|posts?"
                    + "|poems?|songs?|tweets?|names|verses?|raps?|lyrics|limericks?|skits?|stories|story|bits?|routines?"
                    + "|captions?|rants?)\\b.{0,30}\\b(to use against|against|mock\\w*|make fun of|makes fun of"
                    + "|making fun of|ridicul\\w+|humiliat\\w+|demean\\w*|degrad\\w*|calling for (violence|attacks?)|to call)\\b"
                    + "|\\bcall(ing|s)? for (the )?(violence|attacks?|killing|death|extermination|eradication|expulsion|genocide"
                    + "|ethnic cleansing|deportation|removal|mass deportation) (against|on|of)\\b"
                    // Insults coded so that moderators miss them.
                    + "|\\b(code ?words?|dog ?whistles?|coded (\\w+ )?(words|language|terms|insults|slurs?)|secret (words|slurs"
                    + "|insults))\\b.{0,30}\\b(i|we) (can |could |should |might )?(use|say|post|write)\\b.{0,40}\\b(insult|mock"
                    + "|demean|slur|harass|troll|bully)\\w*\\b|\\b(insult|mock|demean|slur|troll)\\w*\\b.{0,60}\\b(moderators?|mods"
                    + "|filters?|automod|admins?) (won't|wont|will not|don't|dont|can't|cant|cannot|wouldn't|do not) (understand"
                    + "|notice|catch|get|detect|flag)\\b");

    private static final Trigger DISCRIMINATION_WORDS = Trigger.ofText(("not never longer be should must shouldn't"
            + " mustn't ought better earn less fewer equal voting right extra decisions overrepresented away inferior"
            + " superior weaker worse dumber stupider lazier subhuman vermin parasites cockroaches animals savages disease"
            + " plague cancer worth worthless criminals rapists terrorists dirty filthy disgusting evil threat dangerous"
            + " rid keep useless lazy stupid ugly burden leeches scum trash garbage pathetic incompetent greedy"
            + " primitive backwards dumb idiots retarded freaks degenerates ill sick can't cannot wouldn't thieves liars"
            + " cheats crooks thugs beggars barbarians traitors perverts pedophiles paedophiles uncivilised"
            + " uncivilized untrustworthy dishonest inbred"), false);

    private static final Set<String> NOMINAL_GROUPS = Lexicon.words(
            "elderly", "disabled", "poor", "homeless", "blind", "deaf");

    private static boolean discriminationWords(Sentence s) {
        if (s.mentionsAny(DISCRIMINATION_WORDS)) {
            return true;
        }
        for (String w : s.words) {
            if (w.startsWith("discriminat") || w.startsWith("segregat") || w.startsWith("deport")) {
                return true;
            }
        }
        return false;
    }

    private static boolean groupAsSubject(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (Target.isGroup(s, k) && !NOT_SUBJECT_BEFORE.contains(s.word(k - 1))
                    && !(Lexicon.GROUP_ADJECTIVE.contains(s.word(k - 1)) && Target.isGroup(s, k - 1))) {
                return true;
            }
            if (s.word(k).equals("people") && (s.word(k + 1).equals("on") || s.word(k + 1).equals("receiving"))
                    && (s.word(k + 2).equals("benefits") || s.word(k + 2).equals("welfare"))) {
                return true;
            }
            if (s.word(k).equals("the") && NOMINAL_GROUPS.contains(s.word(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Trigger GROUP_WORDS = Trigger.of(groupWords());

    private static String[] groupWords() {
        java.util.Set<String> all = new java.util.HashSet<>(Lexicon.GROUP_NOUN);
        all.addAll(Lexicon.GROUP_ADJECTIVE);
        all.add("people");
        return all.toArray(String[]::new);
    }

    private static boolean mentionsGroup(Sentence s) {
        if (!s.mentionsAny(GROUP_WORDS)) {
            return false;
        }
        if (s.words.contains("people") || s.words.contains("the")) {
            for (int k = 0; k < s.size(); k++) {
                if (s.word(k).equals("people") && s.word(k + 1).equals("on")) {
                    return true;
                }
            }
        }
        for (int k = 0; k < s.size(); k++) {
            if (Target.isGroup(s, k)) {
                return true;
            }
        }
        return false;
    }
}
