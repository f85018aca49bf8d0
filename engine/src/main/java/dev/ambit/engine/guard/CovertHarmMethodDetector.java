package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Violence, weapons and terrorism asked by method or by effect rather than by a verb of harm: dosing someone's food
 * or drink behind their back, an injury named by what it leaves ("never walks again"), a beating that leaves no
 * marks (in Spanish, French or German too), what goes into an explosive device and how it is made to go off, a gun
 * without a serial number, money, recruits or propaganda for a designated terrorist group, and a blackout of a
 * region by attacking its grid. Each rule needs a request ({@link MethodRule#asks}) unless noted.
 */
final class CovertHarmMethodDetector implements CategoryDetector {
    /** Whose food or drink: another person's, never the speaker's own. */
    private static final String OTHERS = "(his|her|their|someone's|somebody's|some ?one's|a stranger's|(my |the |this |that"
            + " |our )?[\\w]+'s)";
    private static final String VESSEL = "(drinks?|food|coffee|tea|meal|soup|juice|beer|wine|water|smoothie|dinner|lunch"
            + "|breakfast|glass|cup|bottle|shake|cocktail|plate)";
    /** A covert purpose, or a substance no one adds to another's drink for a good reason. */
    private static final String COVERT = "(?=.*\\b(without (him|her|them|\\w+) (noticing|knowing|tasting|realizing|finding out)"
            + "|so (she|he|they) (sleeps?|passes out|won't notice|doesn't notice|can't taste|gets sick)|make (him|her|them)"
            + " (\\w+ )?(sick|ill|sleepy|drowsy|pass out|unconscious|throw up|vomit)|xanax|valium|ambien|benadryl|sleeping"
            + " pills|sedatives?|laxatives?|ghb|rohypnol|roofies|ketamine|drugs?|pills|poison|antifreeze|bleach|eye drops"
            + "|visine|fentanyl|opioids?|lethal dose|overdose)\\b)";
    private static final Pattern NOT_AN_ATTACK = Pattern.compile(
            "\\b(history|historical|how did|why did|documentary|bomb squad|defus\\w*|dispos\\w+|survive|counter\\w*"
                    + "|moderat\\w+|prevent\\w*|research\\w*|analy[sz]\\w+|protect\\w*|harden\\w*|resilien\\w*|storm|hurricane"
                    + "|heatwave|restore\\w*)\\b");
    private static final List<MethodRule> OWN_RULES = List.of(
            MethodRule.of("violence.covert-dosing", Hazard.VIOLENT_CRIMES,
                    "drink drinks food coffee tea meal soup juice beer wine water smoothie dinner lunch breakfast glass cup"
                            + " bottle shake cocktail plate",
                    "^" + COVERT + ".*\\b(put|slip|crush|mix|add|dissolve|stir|sneak|spike|lace|drop|pour|grind|hide)\\b"
                            + " ([\\w']+ ){0,4}(in|into|to) " + OTHERS + " (\\w+ )?" + VESSEL + "\\b",
                    true),
            MethodRule.of("violence.lasting-injury", Hazard.VIOLENT_CRIMES,
                    "again",
                    "\\b(make sure|ensure|so that|so) (my |the |that |this )?([\\w']+ )?(he|she|they|him|her|them|\\w+) (can |will |would )?(never"
                            + "|can't|cannot|won't|will never|doesn't ever) (walks?|sees?|talks?|speaks?|uses? (his|her|their)"
                            + " (hands|legs|arms)|plays?) again\\b",
                    true),
            MethodRule.of("violence.assault-without-marks", Hazard.VIOLENT_CRIMES,
                    "marks bruises marcas moretones traces spuren blessures",
                    "\\b(beat|hit|punch|hurt|rough up|slap|kick|paliza|golpear|golpearle|pegar|pegarle|verprugeln|schlagen"
                            + "|frapper|tabasser)\\b.{0,40}\\b(without|sin|sans|ohne) (leaving |dejar |dejarle |laisser |zu"
                            + " hinterlassen )?(any )?(visible )?(marks|bruises|evidence|marcas|moretones|traces|spuren)\\b"
                            + "|\\b(verprugeln|schlagen|verhauen)\\b.{0,40}\\b(dass|sodass|damit) (man )?(keine|nichts) (\\w+ )?spuren\\b",
                    true).onAnyQuestion(),
            MethodRule.of("weapons.explosive-assembly", Hazard.INDISCRIMINATE_WEAPONS,
                    "bomb bombs ied ieds explosive explosives detonator grenade grenades molotov shrapnel nails bearings",
                    "\\b(what goes in(to)?|what do (i|you|we) (put|pack|fill) in(to)?|ingredients (of|for|in)|components (of|for)"
                            + "|parts (of|for|in))\\b (a |an |the )?(\\w+ ){0,2}?(pipe bombs?|(?<!(bath|seed|glitter|stink|photo|dive) )bombs?"
                            + "|ieds?|explosive devices?|grenades?|molotovs?)\\b"
                            + "|\\b(nails|ball bearings|shrapnel|screws|bolts|broken glass)\\b.{0,30}\\b(around|in|into|inside|to|on)\\b"
                            + ".{0,20}\\b(bombs?|explosives?|ieds?|devices?|pressure cookers?)\\b"
                            + "|\\b(seal|pack|fill|wire|assemble|build|make|arm)\\b.{0,40}\\bso (it|they) (actually |really"
                            + " |reliably )?(goes|go|blows|blow|explodes?|detonates?) ?(off|up)?\\b",
                    false).onAnyQuestion().unless(NOT_AN_ATTACK),
            MethodRule.of("weapons.unserialised-firearm", Hazard.NON_VIOLENT_CRIMES,
                    "serial lower lowers jig polymer80 p80 receiver",
                    "\\b(no|without)( a| any)? serial( numbers?)?\\b.{0,40}\\b(gun|guns|firearm|pistol|rifle|lower|receiver"
                            + "|glock|ar ?15)\\b|\\b(gun|guns|firearm|pistol|rifle|lower|receiver|glock|ar ?15|handgun)\\b.{0,60}\\b(no|without)"
                            + "( a| any)? serial( numbers?)?\\b|\\b(finish|finishing|mill|milling|complete|completing|drill"
                            + "|drilling)\\b (\\w+ ){0,3}(80 ?%|80 percent|eighty percent|polymer ?80|p80) (lower|lowers|receiver"
                            + "|frame|jig|kit)s?\\b",
                    false),
            // A gun bought in someone else's name for a buyer who may not or will not buy it himself.
            MethodRule.of("weapons.straw-purchase", Hazard.NON_VIOLENT_CRIMES,
                    "straw background",
                    "\\bstraw (purchas\\w*|buy\\w*|man|men)\\b|\\b(buy|purchase|get|pick up)\\b.{0,30}\\b(gun|guns|firearms?|pistols?"
                            + "|rifles?|handguns?|glock|ar ?15)\\b.{0,30}\\bfor (me|us|him|her|them)\\b.{0,40}\\b(can't|cannot|can not"
                            + "|couldn't|won't|wouldn't|don't want to|fail|failed) (pass )?(the )?background checks?\\b",
                    false).unless(Pattern.compile("\\b(what is|what's|whats|illegal|laws?|legal|penalt\\w*|sentences?|prosecut\\w*"
                            + "|charged|report\\w*|atf|history|define|definition|mean|means|meaning|spot|dealer training)\\b")),
            // "mess with the gas line so it becomes a problem for him": a home's gas supply tampered with.
            MethodRule.of("violence.gas-tampering", Hazard.VIOLENT_CRIMES,
                    "gas",
                    "\\b(mess with|messing with|tamper with|tampering with|loosen|loosening|cut|cutting|damage|damaging|sabotage"
                            + "|sabotaging|rig|rigging|puncture|disconnect|crack|nick)\\b (\\w+ ){0,3}gas (line|lines|pipe|pipes|valve"
                            + "|supply|main|hose|connection|meter)\\b.{0,60}\\b(so|for (him|her|them|the|my)|problem|leak|after i"
                            + " leave|when (he|she|they))\\b",
                    true).unless(Pattern.compile("\\b(fix|fixing|repair\\w*|replace|replacing|safely|safe|plumber|gas engineer"
                            + "|smell|leak detector|shut off|turn off)\\b")),
            MethodRule.of("terrorism.support-designated-group", Hazard.VIOLENT_CRIMES,
                    "isis isil daesh islamic qaeda qaida shabaab boko taliban hezbollah hamas kkk klan atomwaffen jihadist"
                            + " jihadi",
                    "\\b(recruit\\w*|propaganda|join|joining|fund|funding|finance|financing|send (money|funds|crypto|bitcoin"
                            + "|donations?)|donate|donating|(transfer|wire|move|funnel|give) (money|funds|cash)|pledg(e|es|ed|ing) allegiance|promot\\w+|glorif\\w+|prais\\w+)"
                            + "\\b.{0,50}\\b(isis|isil|daesh|islamic state|al qaeda|al shabaab|shabaab|boko haram|taliban|hezbollah"
                            + "|hamas|kkk|ku klux klan|atomwaffen|jihadi(st)? (group|groups|cell|cells|fighters))\\b"
                            + "|\\b(isis|isil|daesh|islamic state|al qaeda|al shabaab|boko haram|atomwaffen|jihadist)\\b.{0,30}"
                            + "\\b(recruitment|propaganda|recruiting) (post|posts|video|videos|message|messages|poster|flyer|speech"
                            + "|pitch|material)\\b",
                    false).unless(NOT_AN_ATTACK),
            MethodRule.of("infrastructure.regional-blackout", Hazard.VIOLENT_CRIMES,
                    "substation substations transformer transformers grid blackout black county power",
                    "\\b(black out|blackout|knock out|take out|take down|cut power to|shut down|disable)\\b ([\\w']+ ){0,4}(a |an"
                            + " |the )?(whole |entire )?(county|city|region|state|town|district|power grid|grid|neighbou?rhood)\\b"
                            + "|\\b(shoot|shooting|bomb|bombing|damage|destroy|sabotage|attack)\\b.{0,20}\\b(substations?"
                            + "|transformers?|power lines?)\\b|\\b(substations?|transformers?)\\b.{0,60}\\b(shoot|shot|bomb"
                            + "|destroy|sabotage|damage|disable|take out|knock out)\\b",
                    true).unless(NOT_AN_ATTACK),
            MethodRule.of("weapons.convert-replica", Hazard.NON_VIOLENT_CRIMES,
                    "airsoft bb pellet starter blank replica toy cap flare",
                    "\\b(turn|turning|convert|converting|modify|modifying|make|making)\\b (an? |my |the |this )?(airsoft|bb|pellet"
                            + "|starter|blank|replica|toy|cap|flare) (gun|guns|pistol|pistols|rifle|rifles|firer)s? (into|to|so (it|they))"
                            + " .{0,30}\\b(real|live|working|functional|lethal|fires? (real )?(bullets|rounds|ammo|live rounds))\\b",
                    false),
            MethodRule.of("terrorism.glorify-attacker", Hazard.VIOLENT_CRIMES,
                    "shooter shooters bomber bombers attacker attackers gunman gunmen killer killers",
                    "\\b(prais\\w*|glorif\\w*|celebrat\\w*|honou?r\\w*|hero\\w*|salut\\w*|idoli[sz]\\w*)\\b.{0,40}\\b(shooter"
                            + "|shooters|bomber|bombers|attacker|attackers|gunman|gunmen|mass killer)\\b|\\bcall(ing|s)? for more"
                            + " (attacks|shootings|bombings|killings)\\b",
                    false).unless(NOT_AN_ATTACK));
    /** This family's rules with the scam, theft and drug-supply families: one word lookup per sentence for all. */
    private static final MethodRules RULES = new MethodRules(java.util.stream.Stream.of(OWN_RULES,
            FraudTheftMethodDetector.RULES, DrugSupplyDetector.RULES).flatMap(List::stream).toList());

    /**
     * Dosing someone's food or drink asked in German, Spanish or French. Matched on the whole text: the English intent
     * reading takes German "was" for a past tense, and the pattern (food or drink, then sickness or sleep) is the
     * request itself.
     */
    private static final Pattern FOREIGN_DOSING = Pattern.compile(
            "\\b(ins|in sein|in ihr|in seinen|in ihren|in seine) (essen|getrank|kaffee|tee|trinken)\\b.{0,40}\\b(krank"
                    + "|schlaft|einschlaft|bewusstlos|ohne dass (er|sie) es merkt)\\b|\\b(en|a) su (comida|bebida|cafe|te)\\b"
                    + ".{0,40}\\b(enferm\\w*|duerma|dormir|inconsciente|sin que (se de cuenta|lo note))\\b|\\bdans (son|sa)"
                    + " (nourriture|boisson|cafe|the|verre|repas)\\b.{0,40}\\b(malade|dorme|dormir|inconscient|sans qu'(il|elle)"
                    + " (le )?remarque)\\b");
    private static final java.util.Set<String> FOREIGN_VESSELS = Lexicon.words("essen", "getrank", "kaffee", "tee",
            "trinken", "comida", "bebida", "cafe", "nourriture", "boisson", "verre", "repas");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        RULES.detect(prompt, out);
        if (Lexicon.mentionsAny(FOREIGN_VESSELS, prompt.words) && RequiredText.find(FOREIGN_DOSING, prompt.normalized)) {
            out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.covert-dosing-foreign", 1));
        }
    }
}
