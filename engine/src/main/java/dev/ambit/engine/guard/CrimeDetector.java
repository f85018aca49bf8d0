package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Requests for operational help with a named crime: committing it, getting drugs or weapons, stealing, breaking
 * in, abusing computers, sexual crimes, piracy, defamation. Each rule needs a request (how, where, steps, "I"),
 * so definitions and history pass; fiction excuses only the rules where a story needs no working recipe.
 */
final class CrimeDetector implements CategoryDetector {
    /** A rule runs its pattern only on sentences holding a word from each trigger set (the second may be empty). */
    private record Rule(String id, Hazard hazard, Trigger triggers, Trigger verbs, Pattern pattern,
            boolean fictionExcuses) {
        /** Games excuse weapons ("a Molotov cocktail in Fallout"); stories do not, they need no working recipe. */
        boolean gameExcuses() {
            return fictionExcuses || hazard == Hazard.INDISCRIMINATE_WEAPONS;
        }
    }

    private static Trigger triggers(String words) {
        return words.isEmpty() ? null : Trigger.ofText(words, true);
    }

    private static final String DRUG = "(cocaine|(?<!(can|bottle|glass|diet|cold|cherry|vanilla) (of )?)coke(?! (zero|cola|can|bottle))"
            + "|(?<!a )crack(?! (in|open|of|down|a joke|jokes|the|my|your|his|her|on|up|it))|crystal meth|meth(amphetamine)?|heroin"
            + "|fentanyl|lsd|mdma|molly|(?<!(state of|reach|pure|sheer|in|of) )ecstasy|(?<!to )weed(?! (my|the|out|killer|killers"
            + "|whacker|eater|control|garden|barrier))|marijuana|marihuana|cannabis|ketamine|shrooms|magic mushrooms|psilocybin"
            + "|opium|pcp|ghb|rohypnol|roofies|amphetamines?|dmt|krokodil|bath salts|hashish|hash oil|narcotics|illegal drugs"
            + "|street drugs|drugs|dope|oxycodone|oxycontin|percocet|xanax|adderall)";
    /** Anyone under eighteen, by age, in words or in digits, or by a word for a child. */
    private static final String MINOR = "((1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?(year"
            + "|yr)s? olds?|child|children|kids?|minors?|underage|preteens?|schoolgirls?|schoolboys?)";
    private static final String SEXUAL = "(nudes?|naked|sexual|sexually|explicit|sexy|erotic|erotica|porn\\w*|lewd|nsfw"
            + "|smut\\w*|sex scenes?)";
    private static final List<Rule> RULES = List.of(
            new Rule("crime.commit-named-crime", Hazard.VIOLENT_CRIMES,
                    triggers("murder homicide massacre assassination robbery kidnapping terrorism "
                            + "terrorist terror shooting genocide crime bombing stabbing poisoning "
                            + "hijacking carjacking run drive cleansing lynching explosion attack death "
                            + "killing killings arson assault abduction manslaughter femicide "
                            + "infanticide patricide matricide fratricide regicide beheading execution"),
                    triggers("commit committing commits perpetrate carry carrying away plan planning "
                            + "plot plotting organize organise organizing organising set setting engage "
                            + "engaging pull orchestrate stage execute go cause arrange launch start "
                            + "begin incite instigate lead provoke"), Pattern.compile(
                    "\\b(commit|committing|commits|perpetrate|carry out|carrying out|get away with|getting away with|plan"
                            + "|planning|plot|plotting|organi[sz]e|set up|setting up|engage in|engaging in|pull off|orchestrate"
                            + "|stage|execute|go about|cause|arrange|launch|start|begin|incite|instigate|lead|provoke) (a |an |the |another"
                            + " |some |someone's |my \\w+'s )?"
                            + "(\\w+ ){0,2}?(murder|homicide|massacre|assassination|armed robbery|kidnapping|terrorism|terrorist"
                            + " attack|terror attack|mass shooting|school shooting|shooting|genocide|hate crime|bombing|stabbing"
                            + "|poisoning|hijacking|carjacking|hit and run|drive by|ethnic cleansing|lynching|explosion|attack"
                            + "|death|killing|killings|arson|violent assault|assault|abduction|manslaughter|femicide|infanticide|patricide"
                            + "|matricide|fratricide|regicide|beheading|execution)s?\\b"), true),
            new Rule("crime.commit-named-crime", Hazard.SEX_CRIMES,
                    triggers("rape sexual trafficking prostitution sextortion drink drinks upskirt "
                            + "upskirting upskirts revenge consent camera shower bathroom undressing "
                            + "naked nude knowledge toilet"),
                    triggers("commit committing away plan planning set setting run running organize "
                            + "organise start engage spike drug roofie upskirt upskirting revenge "
                            + "without hidden film filming record recording photograph photographing "
                            + "take pictures photos videos spy watch"), Pattern.compile(
                    "\\b(commit|committing|get away with|getting away with|plan|planning|set up|setting up|run|running"
                            + "|organi[sz]e|start|engage in) (a |an |the )?(\\w+ ){0,2}?(rape|sexual assault|human trafficking"
                            + "|sex trafficking|trafficking|prostitution ring|sextortion|date rape)\\b"
                            + "|\\b(spike|drug|roofie) (\\w+ ){0,2}drinks?\\b|\\bupskirt|\\brevenge porn\\b|\\bwithout (her|his|their)"
                            + " consent\\b|\\bhidden camera in (a |the )?(bathroom|changing room|locker room|shower)"
                            + "|\\b(film|filming|record|recording|photograph|photographing|take (pictures|photos|videos) of|spy on|watch)"
                            + " (\\w+ ){0,4}?(in the (shower|bathroom|changing room|locker room|toilet)|undressing|naked|nude"
                            + "|without (her|his|their) (knowledge|consent))"), false),
            new Rule("crime.commit-named-crime", Hazard.NON_VIOLENT_CRIMES,
                    triggers("robbery burglary heist fraud theft treason laundering launder evasion "
                            + "embezzlement extortion blackmail bribery shoplifting mugging vandalism "
                            + "espionage sabotage trading ponzi pyramid scam scams forgery "
                            + "counterfeiting smuggling poaching stalking larceny piracy perjury "
                            + "counterfeit fake forge evade con defraud swindle extort bribe cheat "
                            + "stolen police cops authorities"),
                    triggers("commit committing away plan planning pull engage carry start run set "
                            + "organize organise launder laundering counterfeit fake forge evade scam "
                            + "con defraud swindle extort blackmail bribe cheat sell selling fence "
                            + "fencing pawn pawning move unload hide hiding escape avoid flee run"), Pattern.compile(
                    "\\b(commit|committing|get away with|getting away with|plan|planning|pull off|engage in|carry out|start"
                            + "|run|set up|organi[sz]e) (a |an |the |some )?(\\w+ ){0,2}?(robbery|burglary|heist|fraud|identity theft"
                            + "|treason|money laundering|tax evasion|tax fraud|insurance fraud|embezzlement|extortion|blackmail"
                            + "|bribery|shoplifting|mugging|vandalism|espionage|sabotage|insider trading|ponzi scheme|pyramid scheme"
                            + "|scam|forgery|counterfeiting|smuggling|poaching|stalking|theft|larceny|piracy|perjury|scams)\\b"
                            + "|\\blaunder(ing)? (\\w+ )?(money|cash|funds|proceeds|profits)\\b|\\b(counterfeit|fake) (money|bills"
                            + "|cash|currency|ids?|passports?|documents)\\b|\\bforge (a |an |my \\w+'s |[\\w]+'s |his |her |their )?(signature|document|passport|check"
                            + "|cheque|id|prescription)\\b|\\bevade (taxes|tax|police|the police|arrest)\\b"
                            + "|\\b(sell|selling|fence|fencing|pawn|pawning|move|unload) (\\w+ ){0,2}?stolen\\b"
                            + "|\\b(hide|hiding|escape|evade|avoid|flee|run|get away) from (the )?(police|cops|authorities|law enforcement|feds)"
                            + "\\b.{0,40}\\b(robbery|murder|crime|heist|burglary|killing|shooting|theft|hit and run)\\b"
                            + "|\\b(scam|con|defraud|swindle|extort|blackmail|bribe|cheat) (\\w+ ){0,2}?(from |out of )?(people|someone"
                            + "|elderly|old|seniors|customers|investors|my|a|an|the|his|her|their)\\b"), true),
            new Rule("drugs.acquire-make-sell", Hazard.NON_VIOLENT_CRIMES,
                    triggers("cocaine coke crack meth methamphetamine heroin fentanyl lsd mdma molly "
                            + "ecstasy weed marijuana marihuana cannabis ketamine shrooms mushrooms "
                            + "psilocybin opium pcp ghb rohypnol roofies amphetamine amphetamines dmt "
                            + "krokodil salts hashish hash narcotics drugs dope oxycodone oxycontin "
                            + "percocet xanax adderall"),
                    null, Pattern.compile(
                    "\\b(buy|buying|bought|get|getting|got|obtain|obtaining|score|scoring|find|purchase|order|ordering|source"
                            + "|acquire|make|making|cook|cooking|synthesi[sz]e|synthesi[sz]ing|produce|producing|manufacture"
                            + "|manufacturing|extract|grow|growing|sell|selling|deal|dealing|smuggle|smuggling|traffic|trafficking"
                            + "|import|ship|hide|stash) (\\w+ ){0,4}?" + DRUG + "\\b"
                            + "|\\b" + DRUG + " (dealer|dealers|lab|recipe)\\b"), false),
            new Rule("theft.steal", Hazard.NON_VIOLENT_CRIMES,
                    triggers("steal stealing steals stole shoplift shoplifting pickpocket "
                            + "pickpocketing rob robbing burgle burglarize burglarise loot looting mug "
                            + "mugging embezzle embezzling snatch swipe caught finger"),
                    null, Pattern.compile(
                    "\\b(steal|stealing|steals|stole|shoplift|shoplifting|pickpocket|pickpocketing|rob|robbing|burgle|burglari[sz]e"
                            + "|loot|looting|mug|mugging|embezzle|embezzling|snatch|swipe)\\b(?! ([\\w']+ ){0,2}(show|spotlight|limelight"
                            + "|glances?|kiss|kisses|moments?|minutes?|hours?|seconds?|scene|look|base|bases|thunder|march|hearts?"
                            + "|idea|ideas|nap|sleep|time|break|breath|dance|swipe|swipes)\\b)|\\bwithout (getting|being) caught\\b|\\bfive finger discount\\b"),
                    true),
            new Rule("theft.break-in", Hazard.NON_VIOLENT_CRIMES,
                    triggers("break breaking broke sneak sneaking get getting disable disabling bypass "
                            + "bypassing cut cutting deactivate jam jamming avoid evade fool trick pick "
                            + "picking hotwire hot"),
                    triggers("house home apartment flat car cars vault safe bank store shop building "
                            + "office garage shed locker atm warehouse school embassy room mansion "
                            + "vehicle truck alarm alarms security cctv surveillance sensor sensors "
                            + "monitor device immobilizer immobiliser lock locks wire"), Pattern.compile(
                    "\\b(break|breaking|broke|sneak|sneaking|get|getting) (in|into) (a |an |the |my |someone's |\\w+'s |\\w+ \\w+'s )?"
                            + "(\\w+ )?(house|home|apartment|flat|car|cars|vault|safe|bank|store|shop|building|office|garage|shed"
                            + "|locker|atm|warehouse|school|embassy|hotel room|room|mansion|vehicle|truck)\\b"
                            + "|\\b(disable|disabling|bypass|bypassing|cut|cutting|deactivate|jam|jamming|avoid|evade|fool|trick)"
                            + " (the |a |an |their |his |her |someone's |\\w+'s )?(\\w+ )?(alarm|alarms|security system|security"
                            + " cameras?|cctv|surveillance|motion sensors?|ankle monitor|tracking device|immobili[sz]er|lock|locks)\\b"
                            + "|\\b(pick|picking) (someone's|\\w+'s|\\w+ \\w+'s|his|her|their) (\\w+ )?locks?\\b"
                            + "|\\bhot ?wire (a |the |someone's )?car\\b"), true),
            new Rule("property.explode-others-property", Hazard.NON_VIOLENT_CRIMES,
                    triggers("explode blow fire flames crash"),
                    null, Pattern.compile(
                    "\\bmake (someone's|\\w+'s|\\w+ \\w+'s|his|her|their|a|the) (\\w+ )?(car|house|home|phone|bike|motorbike|truck"
                            + "|building|shop|store|office) (explode|blow up|catch fire|burst into flames|crash|break down)\\b"),
                    true),
            new Rule("weapons.mass-harm", Hazard.INDISCRIMINATE_WEAPONS,
                    triggers("bomb bombs explosive explosives ied ieds grenade grenades molotov napalm "
                            + "thermite nerve sarin vx tabun novichok mustard chlorine phosgene "
                            + "chemical biological bioweapon bioweapons bio anthrax ricin botulinum "
                            + "smallpox plague dirty nuclear atomic nuke nukes radiological tnt c4 "
                            + "semtex dynamite detonator detonators car suicide uranium plutonium toxic "
                            + "poison pathogen pathogens virus weapons"),
                    triggers("copy replicate recreate reproduce duplicate recipe formula ingredients "
                            + "blueprint blueprints schematic schematics instructions make making build "
                            + "building create creating construct assemble produce manufacture "
                            + "synthesize synthesise synthesizing synthesising cook brew prepare mix "
                            + "weaponize weaponise obtain buy get acquire detonate detonating deploy "
                            + "release spread plant planting set explode exploding rig culture grow "
                            + "enrich smuggle"), Pattern.compile(
                    "\\b(make|making|build|building|create|creating|construct|assemble|produce|manufacture|synthesi[sz]e"
                            + "|synthesi[sz]ing|cook|brew|prepare|mix|weaponi[sz]e|obtain|buy|get|acquire|detonate|detonating|copy|replicate"
                            + "|recreate|reproduce|duplicate"
                            + "|deploy|release|spread|plant|planting|set off|explode|exploding|rig|culture|grow|enrich|smuggle)"
                            + " (\\w+ ){0,4}?(?<!(bath|seed|glitter|photo|f|stink|smoke|calorie|cherry|love|truth) )(bomb|bombs"
                            + "|pipe bomb|explosives?|ied|ieds|grenades?|molotov|napalm|thermite|nerve agents?|nerve gas|sarin"
                            + "|vx|tabun|novichok|mustard gas|chlorine gas|phosgene|chemical weapons?|biological weapons?"
                            + "|bio ?weapons?|anthrax|ricin|botulinum|smallpox|plague|dirty bomb|nuclear (bomb|weapon|device)s?"
                            + "|atomic bomb|nukes?|radiological|tnt|c4|semtex|dynamite|detonators?|car bomb|suicide vest|uranium"
                            + "|plutonium|toxic gas|poison gas|pathogens?|virus to|weapons of mass destruction)\\b"
                            + "(?! (shelter|calorimeter|squad|disposal|proof|sniffing|threat|cyclone|drill))"
                            + "|\\b(bombs?|pipe bomb|explosives?|ieds?|grenades?|napalm|thermite|nerve agents?|sarin|ricin|anthrax"
                            + "|chemical weapons?|biological weapons?|dirty bomb|tnt|c4|semtex|dynamite)\\b (\\w+ ){0,3}?(to|i can|can i|we"
                            + " can) (make|build|create|synthesi[sz]e|produce|assemble|cook|brew|mix)\\b"
                            + "|\\b(recipes?|formulas?|ingredients|blueprints?|schematics?|instructions)\\b.{0,60}\\b(napalm|sarin|nerve"
                            + " agent|pipe bomb|explosives?|molotov|ricin|anthrax|thermite|mustard gas|chemical weapon|bioweapon"
                            + "|dirty bomb|tnt|semtex|dynamite)\\b|\\b(napalm|sarin|nerve agent|pipe bomb|explosives?|molotov|ricin"
                            + "|anthrax|thermite|mustard gas|chemical weapon|bioweapon|dirty bomb|tnt|semtex|dynamite)\\b.{0,60}"
                            + "\\b(recipes?|formulas?|ingredients|blueprints?|schematics?|instructions)\\b"), false),
            new Rule("weapons.firearm-manufacture", Hazard.VIOLENT_CRIMES,
                    triggers("gun guns firearm firearms pistol pistols rifle rifles weapon weapons "
                            + "silencer suppressor sear machine ar ak untraceable bullets ammunition"),
                    triggers("make making build building 3d print printing assemble manufacture "
                            + "convert modify buy get obtain"), Pattern.compile(
                    "\\b(make|making|build|building|3d print|print|printing|assemble|manufacture|convert|modify) (\\w+ ){0,4}?"
                            + "(gun|guns|firearms?|pistols?|rifles?|weapons?|silencer|suppressor|ghost gun|auto sear"
                            + "|machine gun|ar 15|ak 47|untraceable \\w+|bullets|ammunition)\\b"
                            + "|\\b(buy|get|obtain) (a |an )?(gun|firearm|pistol|rifle|weapon) (without|illegally|off the books"
                            + "|on the dark web|untraceable|with no)\\b"), true),
            new Rule("code.malware-intrusion", Hazard.CODE_ABUSE,
                    triggers("malware ransomware virus trojan worm keylogger logger spyware "
                            + "stalkerware rootkit botnet backdoor exploit zero phishing stealer "
                            + "infostealer cryptojacker logic rat ddos dos denial injection password "
                            + "cookies credentials account email phone facebook instagram snapchat "
                            + "whatsapp messages computer laptop wifi network webcam server database "
                            + "icloud gmail router camera authentication 2fa login paywall data tokens bank "
                            + "company government agency grid utility airline university school police"),
                    triggers("write writing create creating make making build building code coding "
                            + "develop deploy spread install installing plant hide program hack hacking hacked "
                            + "break access get log take spy read ddos dos denial sql crack bypass "
                            + "steal"), Pattern.compile(
                    "\\b(write|writing|create|creating|make|making|build|building|code|coding|develop|deploy|spread|install"
                            + "|installing|plant|hide|program) (\\w+ ){0,3}?(malware|ransomware|computer virus|a virus|trojan"
                            + "|worm|keylogger|key logger|spyware|stalkerware|rootkit|botnet|backdoor|exploit|zero day|phishing"
                            + " (page|site|website|email|emails|kit)|credential stealer|password stealer|info ?stealer|cryptojacker"
                            + "|logic bomb|rat)\\b"
                            + "|\\b(hack|hacking|hack into|hacks into|hacked into|hacking into|break into|access|get into|log into|take over|spy on|read)"
                            + " (someone's"
                            + "|my \\w+'s|my \\w+ \\w+'s|\\w+'s|his|her|their|a|the|other people's|people's) ([\\w']+ )?(email|account"
                            + "|accounts|phone|facebook|instagram|snapchat|whatsapp|messages|computer|laptop|wifi|network|webcam"
                            + "|server|database|bank account|icloud|gmail|router|camera|bank|bank's \\w+|company"
                            + "|government|agency|power grid|utility|airline|university|school|police)\\b(?! (website|site|app) to)"
                            + "|\\b(ddos|dos attack|denial of service)\\b|\\bsql injection (to|against|on)\\b"
                            + "|\\bcrack (someone's|a|the|his|her|\\w+'s) (\\w+ )?(password|passwords|account|wifi)\\b"
                            + "|\\bbypass (\\w+ )?(authentication|2fa|two factor|login|paywall)\\b"
                            + "|\\bsteal (\\w+ )?(passwords|cookies|credentials|session tokens|data)\\b"), false),
            new Rule("children.sexual-exploitation", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    triggers("nudes nude naked sexy seduce seducing sext sexting fondle undress lure "
                            + "touch kiss molest year yr old schoolgirl schoolboy pedophilia pedophile "
                            + "pedophiles paedophilia paedophile pedophilic urges attraction porn "
                            + "pornography nudes nude naked sexual groom sex sleep hook intimate "
                            + "children kids minor minors underage erotic erotica lewd nsfw preteen "
                            + "ten eleven twelve thirteen fourteen fifteen sixteen seventeen"),
                    null, Pattern.compile(
                    "\\b(satisfy|act on|indulge|feed|fulfil|fulfill|explore|express|pursue) (my |these |those |the )?(\\w+ )?"
                            + "(pedophil\\w*|paedophil\\w*|urges towards? (children|kids|minors)|attraction to (children|kids|minors))"
                            + "|\\b(child|children|kid|kids|minor|minors|underage|preteen|pre teen|teen|toddler)\\w* (porn\\w*|nudes?"
                            + "|naked (pictures|photos|images)|sexual (images|content|pictures|videos))\\b"
                            + "|\\bgroom (a |the )?(child|children|kid|kids|minor|minors|girl|boy|teen)\\b"
                            + "|\\b(sex|sexual|sleep|hook up|intimate) with (a |an )?(child|kid|minor|underage|\\d{1,2} year old|preteen)"
                            + "|\\b(seduce|seducing|sleep with|have sex with|hook up with|sext|sexting|fondle|undress|make out with"
                            + "|get nudes from|send nudes to|lure|touch|kiss|molest) (\\w+ ){0,3}?(child|children|kid|kids|minor"
                            + "|minors|underage|preteen|(1[0-5]|[1-9]) ?(year|yr)s? old|young (girl|boy)|little (girl|boy)"
                            + "|schoolgirl|schoolboy|middle schooler)\\b"
                            + "|\\b" + MINOR + "\\b.{0,40}\\b" + SEXUAL + "\\b|\\b" + SEXUAL + "\\b.{0,40}\\b" + MINOR + "\\b"
                            + "|\\bwhere (can|do) (i|you) find (pedophil\\w*|paedophil\\w*|children|kids) (to|for)\\b"), false),
            new Rule("sexual.explicit-content", Hazard.SEXUAL_CONTENT,
                    triggers("explicit graphic erotic pornographic nsfw x hardcore smutty lewd"),
                    null, Pattern.compile(
                    "\\b(write|describe|generate|create|tell me|give me) .{0,40}\\b(explicit|graphic|erotic|pornographic|nsfw"
                            + "|x rated|hardcore|smutty|lewd) .{0,30}\\b(sex|sexual|scene|story|fantasy|encounter|act)\\b"), false),
            new Rule("ip.piracy", Hazard.INTELLECTUAL_PROPERTY,
                    triggers("pirate pirating torrent torrenting illegally download crack cracked "
                            + "bypass remove strip circumvent keygen stream watch get"),
                    null, Pattern.compile(
                    "\\b(pirate|pirating|torrent|torrenting|illegally download|download .{0,30}(for free|free|illegally)|crack"
                            + "|cracked|bypass|remove|strip|circumvent) .{0,30}\\b(movies?|films?|software|games?|albums?"
                            + "|music|songs?|e ?books?|windows|photoshop|microsoft office|drm|copy protection|licen[cs]e keys?"
                            + "|serial keys?|paywall|netflix|spotify|disney|hbo|textbooks?|series|shows?)\\b|\\b(download|find|get|use) (a )?keygen\\b"
                            + "|\\b(download|stream|watch|get) .{0,40}\\b(movies?|films?|series|shows?|albums?|songs?|games?|software"
                            + "|e ?books?|textbooks?)\\b.{0,20}\\b(for free|without paying|illegally)\\b"), false),
            new Rule("violence.undetectable-poison", Hazard.VIOLENT_CRIMES, triggers("poison poisons toxin toxins"), null,
                    Pattern.compile("\\b(poisons?|toxins?)\\b.{0,40}\\b(hard(est)? to (detect|trace)|undetectable|untraceable|not (be )?"
                            + "(detected|traced)|autopsy|toxicology|without a trace|no trace)\\b|\\b(undetectable|untraceable)"
                            + " (poisons?|toxins?)\\b"), false),
            new Rule("weapons.illegal-acquisition", Hazard.VIOLENT_CRIMES, triggers("gun firearm pistol rifle weapon ammo ammunition"),
                    triggers("buy get obtain purchase acquire order"), Pattern.compile(
                    "^(?=.*\\b(dark ?web|darknet|black market|illegally|without (a )?(license|licence|background check|permit|id"
                            + "|paperwork)|untraceable|no serial|off the books)\\b)"), false),
            new Rule("fraud.identity", Hazard.NON_VIOLENT_CRIMES, triggers("stolen fake false else's person's"),
                    triggers("identity id identities card passport ssn number account"), Pattern.compile(
                    "\\b(stolen|fake|false|someone else's|another person's) (identity|id|identities|credit cards?|cards?|passports?"
                            + "|ssn|social security numbers?)\\b"), true),
            new Rule("violence.drugging", Hazard.VIOLENT_CRIMES, triggers("drink food coffee tea meal water beer wine soup juice"),
                    triggers("put slip add mix spike sneak"), Pattern.compile(
                    "^(?=.*\\b(lsd|mdma|ecstasy|ketamine|ghb|rohypnol|roofies?|sedatives?|sleeping pills?|laxatives?|poison|bleach"
                            + "|antifreeze|xanax|valium|ambien|drugs?|pills|without (him|her|them|my \\w+) knowing|without telling"
                            + "|secretly)\\b)"
                            + "(?=.*\\b(put|slip|add|mix|spike|sneak)\\b.{0,50}\\b(in|into)\\b (his|her|their|someone's|[\\w]+'s|my \\w+'s|\\w+ \\w+'s)"
                            + " (drink|food|coffee|tea|meal|water|beer|wine|soup|juice)s?\\b)"), false),
            new Rule("defamation.false-claims", Hazard.DEFAMATION,
                    triggers("rumor rumors rumour rumours lies allegations accusations stories story "
                            + "claims review reviews news article articles post posts tweet tweets "
                            + "smear smears"),
                    null, Pattern.compile(
                    "\\b(spread|start|post|invent|make up|fabricate|write|publish|create) (a |some |an )?((false|fake|made up|untrue"
                            + "|fabricated|lying|damaging|nasty|defamatory|smear) (\\w+ ){0,2}?(news|articles?|stories|story|claims"
                            + "|reviews?|posts?|tweets?)|(\\w+ ){0,2}?(rumou?rs?|lies|allegations|accusations|smears?)) (about|that"
                            + "|claiming|accusing|saying)\\b"), false));

    /** Talking to children about their bodies, sex education, spotting abuse: the protective side of the topic. */
    private static final Pattern CHILD_SAFETY = Pattern.compile(
            "\\b(education|educate|talk to|explain to|teach|age appropriate|protect|protecting|safe|safety|signs|report|abuse"
                    + "|abused|groomed|therapist|doctor|pediatrician|paediatrician|puberty|parent|parents|parenting)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        // A rule that fired once is not run again: the guard reports one detection per rule, so a repeated
        // request (a 1 KB prompt saying the same thing ten times) costs one match, not ten.
        boolean[] fired = new boolean[RULES.size()];
        for (Sentence s : prompt.sentences) {
            for (int r = 0; r < RULES.size(); r++) {
                Rule rule = RULES.get(r);
                if (fired[r] || !s.mentionsAny(rule.triggers()) || rule.verbs() != null && !s.mentionsAny(rule.verbs())
                        || !requested(prompt, s)) {
                    continue;
                }
                if (rule.fictionExcuses() && prompt.excused(s) || rule.gameExcuses() && s.gameOrSport() && prompt.excused(s)) {
                    continue;
                }
                if (rule.hazard() == Hazard.CHILD_SEXUAL_EXPLOITATION && s.has(CHILD_SAFETY)) {
                    continue;
                }
                if (s.has(rule.pattern())) {
                    out.add(new Detection(rule.hazard(), rule.id(), 1));
                    fired[r] = true;
                }
            }
        }
    }

    private static boolean requested(Prompt prompt, Sentence s) {
        if (s.aboutNotDoing() || s.protective()) {
            return false;
        }
        return prompt.direction == Direction.OUTPUT || s.operational() || s.firstPerson();
    }
}
