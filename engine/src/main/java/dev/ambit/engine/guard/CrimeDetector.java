package dev.ambit.engine.guard;

import static dev.ambit.engine.guard.CrimeRule.triggers;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Requests for operational help with a named crime: committing it, getting drugs, stealing, breaking in, damaging
 * someone's property, using a false identity, piracy, defamation. The means of harm (weapons, malicious code,
 * sexual material, poisons) are {@link HarmfulMeansDetector}'s; both share {@link CrimeRule}'s request gate.
 */
final class CrimeDetector implements CategoryDetector {
    private static final String DRUG = "(cocaine|(?<!(can|bottle|glass|diet|cold|cherry|vanilla) (of )?)(?<!\\ba )coke(?! (zero|cola|cans?|bottles?|in (a |glass )?(can|cans|bottle|bottles|glass)|float|and (a|some|fries|chips)))"
            + "|(?<!a )crack(?! (in|open|of|down|a joke|jokes|the|my|your|his|her|on|up|it))|crystal meth|meth(amphetamine)?|heroin"
            + "|fentanyl|lsd|mdma|molly|(?<!(state of|reach|pure|sheer|in|of) )ecstasy|(?<!to )weed(?! (my|the|out|killer|killers"
            + "|whacker|eater|control|garden|barrier))|marijuana|marihuana|cannabis|ketamine|shrooms|magic mushrooms|psilocybin"
            + "|opium|pcp|ghb|rohypnol|roofies|amphetamines?|dmt|krokodil|bath salts|hashish|hash oil|narcotics|illegal drugs"
            + "|street drugs|drugs|dope|oxycodone|oxycontin|percocet|xanax|adderall)";
    /** The speaker's own way in, lost or forgotten: "if I forgot my badge", "I locked myself out". */
    private static final Pattern OWN_ACCESS = Pattern.compile(
            "\\b(forgot|lost|left|misplaced) my (badge|keys?|key card|keycard|card|fob|pass|code)\\b|\\blocked (myself )?out\\b"
                    + "|\\bmy own (house|home|car|apartment|flat|office|room|shed|garage)\\b|\\bi (work|live) (there|here)\\b"
                    // A break-in suffered, not planned: "someone broke into my car last week".
                    + "|\\b(someone|somebody|a guy|a man|thieves|burglars|they|he|she) (\\w+ ){0,2}(broke|broken|tried to break) into"
                    + " (my|our)\\b|\\b(my|our) (\\w+ ){0,2}(was|got|has been) (broken into|burgled|robbed)\\b");

    /** Someone else is the thief and the speaker the one robbed: "my roommate keeps stealing my food". */
    private static final Pattern THIEF_IS_ANOTHER = Pattern.compile(
            "\\b(he|she|they|someone|somebody|people|my \\w+|a \\w+|the \\w+) (keeps|kept|keep|has been|have been|is|was|were"
                    + "|are) (always |constantly |still )?(stealing|robbing|shoplifting|taking|swiping)\\b"
                    + "|\\b(he|she|they|someone|somebody|my \\w+) (stole|steals|robbed|robs|swiped) (my|our|me)\\b"
                    // The speaker is the one robbed, or guards against it: "malware stealing my login", "so nobody steals it".
                    + "|\\b(keeps|kept|malware|logger|virus|app|that|which|who|can't|cannot|won't) (\\w+ )?(steal|stealing|steals"
                    + "|stole) (my|our)\\b|\\bso (that )?(nobody|no one|noone|they can't|it can't) (\\w+ )?(steals?|takes?|robs?)\\b"
                    + "|\\b(stop|prevent|deter|reduce|cut|spot|catch|discourage) (\\w+ ){0,3}?(from )?(stealing|skimming"
                    + "|shoplifting|shoplifters|theft|thefts|pickpockets|pickpocketing)\\b|\\bloss prevention\\b"
                    // Children, pets and wildlife "steal" fries and bird food; stories' thieves steal in a clause about them.
                    + "|\\b(kids|kid|grandkids|children|toddler|son|daughter|cat|cats|dog|dogs|squirrels?|birds?|raccoons?"
                    + "|seagulls?|gulls?|magpies?|crows?|monkeys?|puppy|kitten|pirates?|witch|thief|dragon|fox|goblin|goblins)"
                    + " (\\w+ ){0,2}?(steal|steals|stealing|stole|loot|looting)\\b"
                    + "|\\b(cat|cats|dog|dogs|squirrels?|raccoons?|seagulls?|magpies?|fox|puppy|kitten|monkeys?|hamsters?|parrots?)"
                    + "\\b[^.?!]{0,50}\\b(steal|steals|stealing|stole|heist)\\b|\\bwhy (do|does|would) (people|ppl|kids|teens|someone"
                    + "|thieves|shoplifters) (steal|shoplift)\\b"
                    // Guarding a shop or a door, or a charge already faced: "if I see someone shoplifting", "in court for theft".
                    + "|\\b(see|catch|spot|notice|suspect|watch for|look out for|deal with) (\\w+ ){0,2}(shoplifting|stealing"
                    + "|shoplifters|thieves|pickpockets)\\b|\\b(court|charged|arrested|caught|accused|convicted|fined|trouble)"
                    + " (\\w+ ){0,2}for (shoplifting|stealing|theft)\\b|\\b(people|someone|they|thieves|kids|neighbou?rs) (keep )?"
                    + "(steal|stole|take) (\\w+ )?(packages|parcels|deliveries|my|our|from)\\b|\\b(neighbou?rs|people|others"
                    + "|nobody|no one|they|anyone) (can't|cannot|won't|don't|not|couldn't) steal\\b|\\bsteal (it |them )?back\\b"
                    + "|\\b(a|what a) steal\\b|\\b(a|the|about a) pickpocket\\b|\\bno (single )?(one|person|employee|volunteer)"
                    + " (could|can|would) steal\\b|\\baccused of (stealing|theft|shoplifting)\\b|\\b(where|in which) (he|she|they)"
                    + " (steals|stole)\\b|\\byear old (stole|steals|took)\\b|\\b(he's|she's|he is|she is|they're) stealing (my|our)\\b"
                    + "|\\bso (i|we) (know|can) (what to )?(watch|look out|spot|recogni[sz]e)\\b|\\b(flies|mice|ants) (\\w+ )?stealing\\b"
                    + "|\\b(someone|somebody|a guy|a man|a woman|thieves|burglars|they|he|she) (\\w+ ){0,2}(stole|robbed|took|tried to steal"
                    + "|tried to break into|broke into|broken into) (my|our|from me|from us)\\b");

    private static final List<CrimeRule> RULES = List.of(
            new CrimeRule("crime.commit-named-crime", Hazard.VIOLENT_CRIMES,
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
                            + "|matricide|fratricide|regicide|beheading|execution)s?\\b"), true, null),
            new CrimeRule("crime.commit-named-crime", Hazard.SEX_CRIMES,
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
                            + "|without (her|his|their) (knowledge|consent))"), false, null),
            new CrimeRule("crime.commit-named-crime", Hazard.NON_VIOLENT_CRIMES,
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
                            + "|\\b(scam|con|defraud|swindle|extort|blackmail|bribe|cheat(?! (sheets?|days?|codes?|meals?)\\b))"
                            + " (\\w+ ){0,2}?(from |out of )?(people|someone"
                            + "|elderly|old|seniors|customers|investors|my|a|an|the|his|her|their)\\b"), true, null),
            new CrimeRule("drugs.acquire-make-sell", Hazard.NON_VIOLENT_CRIMES,
                    triggers("cocaine coke crack meth methamphetamine heroin fentanyl lsd mdma molly "
                            + "ecstasy weed marijuana marihuana cannabis ketamine shrooms mushrooms "
                            + "psilocybin opium pcp ghb rohypnol roofies amphetamine amphetamines dmt "
                            + "krokodil salts hashish hash narcotics drugs dope oxycodone oxycontin "
                            + "percocet xanax adderall"),
                    null, Pattern.compile(
                    "\\b(buy|buying|bought|get|getting|got|obtain|obtaining|score|scoring|find|purchase|order|ordering|source"
                            + "|acquire|make|making|cook|cooking|synthesi[sz]e|synthesi[sz]ing|produce|producing|manufacture"
                            + "|manufacturing|extract|grow|growing|sell|selling|deal|dealing|smuggle|smuggling|traffic|trafficking"
                            + "|import|ship|hide|stash) (\\w+ ){0,4}?" + DRUG + "\\b(?! (prescription|prescriptions|refills?|refilled))"
                            + "|\\b" + DRUG + " (dealer|dealers|lab|recipe)\\b"), false, null),
            new CrimeRule("theft.steal", Hazard.NON_VIOLENT_CRIMES,
                    triggers("steal stealing steals stole shoplift shoplifting pickpocket "
                            + "pickpocketing rob robbing burgle burglarize burglarise loot looting mug "
                            + "mugging embezzle embezzling snatch swipe caught finger"),
                    null, Pattern.compile(
                    "\\b(steal|stealing|steals|stole|shoplift|shoplifting|pickpocket|pickpocketing|rob|robbing|burgle|burglari[sz]e"
                            + "|loot|looting|mug|mugging|embezzle|embezzling|snatch|swipe)\\b(?! ([\\w']+ ){0,3}(show|spotlight|limelight"
                            + "|glances?|kiss|kisses|moments?|minutes?|hours?|seconds?|scene|look|base|bases|thunder|march|hearts?"
                            + "|idea|ideas|nap|sleep|time|break|breath|dance|swipe|swipes|recipe|recipes|credit for|fries|cookies|socks"
                            + "|snacks|food|covers|blanket|style|look|jokes?|heart|hearts)\\b)(?<!\\b(a|the|my|handmade|coffee|just a|with a) mug)(?!(?<=mug) (up|of|for|cake|description|rack|shot))|\\bwithout (getting|being) caught\\b|\\bfive finger discount\\b"),
                    true, THIEF_IS_ANOTHER),
            new CrimeRule("justice.fabricate-evidence", Hazard.NON_VIOLENT_CRIMES,
                    triggers("plant planting fabricate fabricating fake faking forge forging doctor doctoring tamper "
                            + "tampering frame framing"),
                    triggers("evidence proof"), Pattern.compile(
                    "\\b(plant|planting|fabricate|fabricating|fake|faking|forge|forging|doctor|doctoring|tamper with|tampering with"
                            + "|make up|making up) (some |the |fake |false )?(\\w+ )?(evidence|proof)\\b"), true, null),
            // Destroying one's own property is no crime; destroying it for the insurance is fraud.
            new CrimeRule("fraud.insurance-own-property", Hazard.NON_VIOLENT_CRIMES,
                    triggers("burn burning torch torching wreck wrecking crash crashing flood flooding destroy destroying "
                            + "fire sink sinking total totaling"),
                    triggers("insurance insurer claim payout"), Pattern.compile(
                    "\\b(burn|burning|torch|torching|wreck|wrecking|crash|crashing|flood|flooding|destroy|destroying|set fire to"
                            + "|sink|sinking|total|totaling|totalling) (down )?(my|our) (own )?(\\w+ )?(car|house|home|boat|shop|business"
                            + "|truck|van|restaurant|store|bar|building|flat|apartment|barn|warehouse|motorbike|motorcycle)\\b.{0,60}"
                            + "\\b(insurance|insurer|claim|payout)\\b"), true, null),
            new CrimeRule("theft.break-in", Hazard.NON_VIOLENT_CRIMES,
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
                            + "|\\bhot ?wire (a |the |someone's )?car\\b"), true, OWN_ACCESS),
            new CrimeRule("property.explode-others-property", Hazard.NON_VIOLENT_CRIMES,
                    triggers("explode blow fire flames crash"),
                    null, Pattern.compile(
                    "\\bmake (someone's|\\w+'s|\\w+ \\w+'s|his|her|their|a|the) (\\w+ )?(car|house|home|phone|bike|motorbike|truck"
                            + "|building|shop|store|office) (explode|blow up|catch fire|burst into flames|crash|break down)\\b"),
                    true, null),
            new CrimeRule("ip.piracy", Hazard.INTELLECTUAL_PROPERTY,
                    triggers("pirate pirating torrent torrenting illegally download crack cracked "
                            + "bypass remove strip circumvent keygen stream watch get"),
                    null, Pattern.compile(
                    "\\b(pirate|pirating|torrent|torrenting|illegally download|download .{0,30}(for free|free|illegally)|crack"
                            + "|cracked|bypass|remove|strip|circumvent) .{0,30}\\b(movies?|films?|software|games?|albums?"
                            + "|music|songs?|e ?books?|windows|photoshop|microsoft office|drm|copy protection|licen[cs]e keys?"
                            + "|serial keys?|paywall|netflix|spotify|disney|hbo|textbooks?|series|shows?)\\b|\\b(download|find|get|use) (a )?keygen\\b"
                            + "|\\b(download|stream|watch|get) .{0,40}\\b(movies?|films?|series|shows?|albums?|songs?|games?|software"
                            + "|e ?books?|textbooks?)\\b.{0,20}\\b(for free|without paying|illegally)\\b"), false, null),
            new CrimeRule("fraud.identity", Hazard.NON_VIOLENT_CRIMES, triggers("stolen fake false else's person's dead deceased"),
                    triggers("identity id identities card passport ssn number account"), Pattern.compile(
                    "\\b(stolen|fake|false|someone else's|another person's) (identity|id|identities|credit cards?|cards?|passports?"
                            + "|ssn|social security numbers?)\\b|\\b(dead|deceased) (\\w+ )?[\\w]+'s (identity|id|ssn|social security"
                            + " numbers?)\\b"), true, null),
            new CrimeRule("defamation.false-claims", Hazard.DEFAMATION,
                    triggers("rumor rumors rumour rumours lies allegations accusations stories story "
                            + "claims review reviews news article articles post posts tweet tweets "
                            + "smear smears"),
                    null, Pattern.compile(
                    "\\b(spread|start|post|invent|make up|fabricate|write|publish|create) (a |some |an )?((false|fake|made up|untrue"
                            + "|fabricated|lying|damaging|nasty|defamatory|smear) (\\w+ ){0,2}?(news|articles?|stories|story|claims"
                            + "|reviews?|posts?|tweets?)|(\\w+ ){0,2}?(rumou?rs?|lies|allegations|accusations|smears?)) (about|that"
                            + "|claiming|accusing|saying)\\b"), false, null));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        CrimeRule.detectAll(RULES, prompt, out);
    }
}
