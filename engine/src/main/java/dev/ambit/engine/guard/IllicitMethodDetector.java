package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Crimes asked for by their method rather than by a verb of harm: turning one drug into another or pressing pills,
 * making a firearm illegal (a silencer from a solvent trap, automatic fire, an unserialised print), impersonating a
 * bank, borrowing in a dead relative's name, cleaning dirty money, a botnet against a site, hiding a tracker on a
 * partner's car, picking a neighbour's lock, sabotaging a railway or a grid. Each rule needs a request
 * ({@link MethodRule#asks}), so definitions, histories and protection questions pass.
 */
final class IllicitMethodDetector implements CategoryDetector {
    private static final String PERSONAL = "(my |his |her |their |our |a |the |someone's |somebody's |[\\w]+'s )";
    /** The speaker on the receiving end: checking a message, a call or a tracker someone else sent or hid. */
    private static final Pattern TARGETED = Pattern.compile(
            "\\b(spot|detect|identify|recogni[sz]e|tell (if|whether)|check (if|whether|for)|legit|genuine|received|got a"
                    + "|called me|called|texted me|emailed me|sent me|someone (is|has|put|hid|installed)|on me|tracking me"
                    + "|following me|is (it|this|that) (a |an )?(real|scam|fake)|stop (someone|somebody|people|him|her|them|anyone)"
                    + "|without me (knowing|noticing))\\b");
    /** "fake" reads as fiction elsewhere; a forged note works in real life, so only a stated prop or a check excuses it. */
    private static final Pattern PROP_OR_TARGETED = Pattern.compile(
            "\\b(prop|props|costume|halloween|stage|on screen|onscreen|spot|detect|identify|recogni[sz]e|tell (if|whether)"
                    + "|check (if|whether)|legit|genuine|received|got a)\\b");
    /** A chemistry question about the past: who first made it, when, why. */
    private static final Pattern HISTORY = Pattern.compile(
            "\\b(history|historical|discovered|discovery|invented|first (made|synthesi[sz]ed)|who|when|why|century)\\b");
    private static final List<MethodRule> RULES = List.of(
            MethodRule.of("drugs.convert-or-press", Hazard.NON_VIOLENT_CRIMES,
                    "crack press pressing stamp stamping counterfeit fake",
                    "\\b(turn|turning|convert|converting|cook|cooking|make|making|rock) (\\w+ ){0,3}(cocaine|coke|powder)"
                            + " (\\w+ ){0,2}(into|in to|to) crack\\b|\\bcrack (from|out of) (\\w+ )?(cocaine|coke|powder)\\b"
                            + "|\\bpill press\\b|\\b(press|pressing|stamp|stamping) (\\w+ ){0,3}(pills|bars|tablets|xanax|oxys?"
                            + "|fentanyl|mdma|ecstasy)\\b|\\b(counterfeit|fake) (xanax|oxy|oxys|oxycodone|adderall|percocet"
                            + "|pills|bars)\\b",
                    false),
            MethodRule.of("weapons.illegal-modification", Hazard.NON_VIOLENT_CRIMES,
                    "suppressor suppressors silencer silencers auto automatic select machine sear switch link print"
                            + " printing printed serial shotgun barrel untraceable ghost unregistered unserialized unserialised books",
                    "\\b(solvent trap|oil filter|fuel filter|flashlight tube)s?\\b.{0,50}\\b(suppressor|silencer)s?\\b"
                            + "|\\b(make|making|build|building|convert|turn|turning|drill|machine|diy|homemade|home made)"
                            + " (\\w+ ){0,4}(suppressor|silencer)s?\\b"
                            + "|\\b(convert|converting|turn|turning|make|making|modify|modifying|mod)\\b.{0,40}\\b(full auto"
                            + "|fully automatic|full automatic|automatic fire|select fire|machine gun)\\b|\\b(auto sear|glock switch"
                            + "|lightning link)s?\\b|\\b(3d print|3d printing|3d printed|print|printing) (\\w+ ){0,3}(gun|guns"
                            + "|pistol|pistols|rifle|firearm|firearms|receiver|lower)\\b(?! (shaped|shape|cookie|toy|prop|model|holder"
                            + "|rack|case|mount|stand|replica))|\\b(untraceable|ghost|unregistered"
                            + "|unserialized|unserialised|off the books) (gun|guns|pistol|rifle|firearm|firearms)\\b"
                            + "|\\b(file|remove|scratch|grind|erase) (off )?(the )?serial numbers?\\b"
                            + "|\\b(saw|sawing|cut|cutting) (off|down) (\\w+ ){0,2}(shotgun|barrel)\\b",
                    false),
            MethodRule.of("fraud.impersonation", Hazard.NON_VIOLENT_CRIMES,
                    "pretend pretending pose posing impersonate impersonating impersonation claim claiming spoof spoofing"
                            + " phishing",
                    "\\b(pretend|pretending|pose|posing|claim|claiming|act|acting) (to be|as|i'm|i am|that i'm|that i am)"
                            + " (from |calling from )?(\\w+ )?(their|the|a|an|his|her|someone's)? ?(bank|bank's|irs|hmrc|police"
                            + "|tax office|microsoft|apple|amazon|paypal|tech support|social security|government|grandson"
                            + "|granddaughter|fraud department|post office|courier)\\b|\\bimpersonat\\w* (a |an |the |their |his"
                            + " |her )?(bank|police|officer|irs|hmrc|government|official|tax|paypal|amazon|microsoft|ceo)\\b"
                            + "|\\bspoof(ing)? (a |the |their |my )?(bank|caller id|number|phone number|email|sender)\\b"
                            + "|\\b(write|writing|create|creating|make|making|generate|draft|design|build|send|sending|craft|set up)"
                            + " (\\w+ ){0,3}phishing (email|emails|page|pages|site|website|text|texts|sms|kit|message|link)s?\\b",
                    false).unless(TARGETED),
            MethodRule.of("fraud.identity-of-another", Hazard.NON_VIOLENT_CRIMES,
                    "name names identity identities ssn",
                    "\\b(take out|taking out|apply for|applying for|open|opening|get|getting|borrow|borrowing|claim|claiming"
                            + "|collect|collecting|cash|cashing|run up|max out)\\b.{0,30}\\b(loan|loans|credit|card|cards|mortgage"
                            + "|account|accounts|benefits|pension|checks?|cheques?|money)\\b.{0,20}\\b(in|under|using|with) (my |his |her |their"
                            + " |a |the |someone's |somebody's )?(dead|late|deceased|dying|stolen|fake|someone else's"
                            + "|somebody else's|stranger's|dead \\w+'s|late \\w+'s|deceased \\w+'s|\\w+ \\w+'s)"
                            + " ?(\\w+ )?(name|names|identity|identities|ssn|details)\\b",
                    false),
            MethodRule.of("fraud.launder", Hazard.NON_VIOLENT_CRIMES,
                    "money cash funds proceeds profits earnings income crypto bitcoin",
                    "\\b(launder|laundering|clean|cleaning|wash|washing|legitimi[sz]e|hide|hiding) (\\w+ ){0,2}(dirty"
                            + "|drug|illegal|stolen|criminal|untaxed|black|ransom|bribe) (money|cash|funds|proceeds|profits"
                            + "|earnings|income)\\b|\\b(launder|laundering) (the |my |our |some |his |her |their )?(\\w+ )?(money|cash"
                            + "|funds|proceeds|profits|earnings|crypto|bitcoin)\\b",
                    false),
            MethodRule.of("cyber.botnet-ddos", Hazard.CODE_ABUSE,
                    "botnet botnets ddos dos denial booter stresser",
                    "\\b(build|building|create|creating|set up|setting up|setup|run|running|rent|renting|hire|hiring|get|make|making|launch"
                            + "|launching|start|use|using|code|write|control|grow)\\b.{0,30}\\b(botnet|ddos|dos attack|denial of"
                            + " service|booter|stresser)\\b|\\bddos(ing)? (\\w+ ){0,3}(site|website|server|servers|school"
                            + "|network|him|her|them|my|a|the|someone|rival|competitor|game|stream|company)\\b"
                            + "|\\b(with|using|via) (a |an |my |our )?(botnet|ddos|booter|stresser)\\b",
                    false).unless(CrimeRule.OWN_SYSTEM),
            MethodRule.of("stalking.covert-tracker", Hazard.PRIVACY,
                    "airtag airtags tile tracker trackers tracking gps spyware stalkerware keylogger",
                    "\\b(hide|hiding|put|putting|place|placing|plant|planting|attach|attaching|stick|slip|install"
                            + "|installing|sneak|use|using) (\\w+ ){0,3}(airtag|tile|gps tracker|tracker|tracking device|gps"
                            + "|spyware|stalkerware|tracking app|spy app|keylogger)s?\\b.{0,40}\\b(in|on|into|under|onto|to)"
                            + " (my |his |her |their |the |someone's )?(wife|husband|girlfriend|boyfriend|partner|ex|spouse"
                            + "|fiance|fiancee|crush|neighbou?r|coworker|colleague|boss|roommate|date|someone|somebody"
                            + "|stranger)('s)?\\b|\\btrack (my |his |her )?(wife|husband|girlfriend|boyfriend|partner|ex|spouse"
                            + "|crush|fiance|fiancee)('s)? (\\w+ ){0,2}(with|using|via|without)\\b",
                    false).unless(TARGETED),
            MethodRule.of("privacy.covert-phone-access", Hazard.PRIVACY,
                    "secretly remotely behind knowing noticing finding",
                    "\\b(read|reading|see|seeing|check|checking|monitor|monitoring|access|accessing|spy on|spying on|look at"
                            + "|go through|going through|intercept|intercepting|view|viewing|get into|mirror|clone)\\b.{0,40}\\b(texts|texting"
                            + "|messages|whatsapp|dms|emails|chats|call log|calls|phone|snapchat|browsing history|inbox)\\b.{0,40}"
                            + "(\\bwithout (him|her|them|my \\w+|\\w+) (knowing|noticing|finding out|knowing about it)|\\bsecretly"
                            + "|\\bremotely|\\bbehind (his|her|their) back)\\b|\\bsecretly (read|see|check|monitor|access|spy on"
                            + "|look at|go through|view)\\b.{0,30}\\b(texts|messages|whatsapp|dms|emails|chats|phone)\\b",
                    false).unless(TARGETED),
            MethodRule.of("theft.others-lock-or-parcels", Hazard.NON_VIOLENT_CRIMES,
                    "pick picking bump bumping shim jimmy packages parcels deliveries",
                    "\\b(pick|picking|bump|bumping|shim|shimming|jimmy|jimmying|force|forcing) (the |a )?(lock|locks|padlock"
                            + "|deadbolt|door) (on|of) (\\w+ ){0,2}(neighbou?rs?'s?|someone's|somebody's|his|her|their"
                            + "|(?!my )\\w+'s)\\b|\\b(pick|picking|bump|bumping|shim|shimming) (my |the |a |our )?(neighbou?r's|neighbou?rs'"
                            + "|someone's|somebody's|landlord's|ex's|roommate's|(?!own)\\w+ \\w+'s) (\\w+ ){0,2}(lock|locks|padlock"
                            + "|deadbolt)\\b|\\b(grab|grabbing|take|taking|swipe|swiping|nick|nicking|snatch|snatching|steal"
                            + "|stealing) (\\w+ ){0,2}(packages|parcels|deliveries)\\b.{0,30}\\b(porch|porches|doorstep|doorsteps"
                            + "|front doors?|without)\\b",
                    true),
            MethodRule.of("infrastructure.sabotage", Hazard.VIOLENT_CRIMES,
                    "derail derailing railway railroad rail tracks signal signals grid substation substations transformer"
                            + " supply treatment reservoir pipeline main dam plant power",
                    "\\b(derail|derailing)\\b (\\w+ ){0,3}(train|trains|tram|trams|locomotive|freight|subway|metro)\\b"
                            + "|\\b(sabotage|sabotaging|damage|damaging|disable|disabling|tamper with|tampering with|poison"
                            + "|poisoning|contaminate|contaminating|blow up|blowing up|knock out|knocking out|take out|attack"
                            + "|attacking|cut|cutting) (\\w+ ){0,4}(railway|railways|rail line|railroad|train tracks|tracks"
                            + "|signal system|signalling|power grid|grid|substation|substations|transformer station"
                            + "|water supply|water treatment|reservoir|pipeline|gas main|dam|power plant)\\b"
                            + "|\\b(knock out|cut|kill|take out|shut off|black out) (the )?power (to|for|in|across) (a |an |the"
                            + " |our |my |whole |entire |this )*(neighbou?rhood|city|town|block|district|region|area"
                            + "|hospital|county|state)\\b",
                    true),
            MethodRule.of("fraud.forged-document", Hazard.NON_VIOLENT_CRIMES,
                    "fake forged forge counterfeit phony bogus",
                    "\\b(make|making|create|creating|write|writing|generate|print|printing|produce|forge|forging|get|buy|design"
                            + "|need|want)\\b.{0,30}\\b(fake|forged|counterfeit|phony|bogus|convincing fake)\\b (\\S+ ){0,2}?(doctor's"
                            + " note|doctors note|sick note|medical certificate|bills|banknotes|notes|diploma|degree|transcripts?"
                            + "|prescriptions?|pay ?stubs?|bank statements?|ids?|passports?|licen[cs]es?|driver's licen[cs]e|visas?"
                            + "|vaccination (card|certificate)s?|receipts?|invoices?|reviews?)\\b",
                    false).unless(PROP_OR_TARGETED),
            // "my old VPN login still works: how do I pull the customer database before they notice?"
            MethodRule.of("cyber.exfiltrate-unnoticed", Hazard.CODE_ABUSE,
                    "before notice notices",
                    "\\b(pull|download|copy|export|grab|dump|take|extract|transfer|siphon|scrape)\\b.{0,40}\\b(database|data"
                            + "|files|records|client list|customer list|contacts|source code|emails|customer details)\\b.{0,60}"
                            + "\\bbefore (they|anyone|someone|the company|it|my (old |former )?(boss|employer|company|team|manager)"
                            + "|management|security|the admins?|the it team|hr) (\\w+ )?(notices?|finds? out|realizes?|realises?"
                            + "|catch(es)? on|revokes?|cuts?|disables?|shuts?|deactivates?|removes?|locks?)\\b",
                    false).unless(Pattern.compile("\\b(my own|backup|back up|migrat\\w*|gdpr|my personal|permission"
                            + "|authori[sz]ed)\\b")),
            MethodRule.of("cyber.unauthorised-target", Hazard.CODE_ABUSE,
                    "permission authorization authorisation consent mine ours don't dont isn't",
                    "\\b(payload|exploit|inject\\w*|hack\\w*|breach|crack|brute ?force|dump|scan|ddos|attack|deface|access)"
                            + "\\b.{0,60}\\b((i|we) (don't|do not|dont) own|without (the owner's |the owners |their |his |her )?"
                            + "(permission|authori[sz]ation|consent)|(is|are) not (mine|ours)|isn't mine)\\b",
                    false),
            MethodRule.of("violence.corrosive-attack", Hazard.VIOLENT_CRIMES,
                    "acid bleach boiling lye cleaner gasoline petrol oil spray ammonia",
                    "\\b(throw|throwing|splash|splashing|pour|pouring|spray|spraying|squirt)\\b (\\w+ ){0,2}(acid|bleach|boiling"
                            + " water|lye|drain cleaner|gasoline|petrol|hot oil|pepper spray|ammonia)\\b (\\w+ ){0,2}(on|at|in|into"
                            + "|onto|over) (\\w+ ){0,2}(face|eyes|him|her|them|someone|somebody|person|people|crowd|ex|ex's)\\b",
                    true),
            MethodRule.of("violence.body-disposal", Hazard.VIOLENT_CRIMES,
                    "body bodies corpse corpses remains",
                    "\\b(hide|hiding|dispose of|disposing of|get rid of|getting rid of|dissolve|dissolving|bury|burying|burn"
                            + "|burning|dump|dumping|move|moving) (a |the |his |her |their |my \\w+'s |\\w+'s )?(dead )?(body"
                            + "|bodies|corpse|corpses|remains)\\b(?! (fat|hair|odou?r|lotion|wash|spray|weight|heat|image|paint"
                            + "|language|shop|of (the|my) (essay|text|email|letter)))",
                    true),
            MethodRule.of("sex-crimes.incapacitate-for-sex", Hazard.SEX_CRIMES,
                    "drunk wasted high unconscious drugged sedated",
                    "\\b(get|getting|make|making|keep) (\\w+ ){1,2}(drunk|wasted|high|passed out|unconscious|drugged|sedated"
                            + "|too drunk)\\b.{0,40}\\b(sex|sleep with|hook up|take advantage|touch|undress|have her|have him)\\b",
                    false),
            MethodRule.of("trafficking.deceptive-recruitment", Hazard.SEX_CRIMES,
                    "recruit recruiting lure luring bring bringing ship shipping import importing traffic",
                    "\\b(recruit|recruiting|lure|luring|bring|bringing|ship|shipping|import|importing|traffic)\\b (\\w+ ){0,3}"
                            + "(girls|women|boys|workers|migrants|children|teens)\\b.{0,60}\\b(massage parlou?r|brothel|strip club"
                            + "|without (them|their) (knowing|consent)|take their passports|keep their passports|can't leave"
                            + "|cannot leave|pay off (a |the |their )?debt)",
                    false),
            MethodRule.of("violence.untraceable-poison", Hazard.VIOLENT_CRIMES,
                    "untraceable undetectable traceable detectable trace show autopsy toxicology",
                    "\\b(poison|poisons|toxin|toxins|drug|drugs|substance|substances|chemical|chemicals)\\b.{0,40}\\b(untraceable"
                            + "|undetectable|least traceable|hardest to (trace|detect)|(won't|wouldn't|doesn't|does not|will not"
                            + "|would not|not) show up|leaves? no trace|no trace|not show on)\\b|\\b(untraceable|undetectable"
                            + "|least traceable|least detectable) (poison|poisons|toxin|toxins|drug|drugs|substance|way to poison)\\b",
                    true).onAnyQuestion(),
            MethodRule.of("violence.sabotage-vehicle-or-device", Hazard.VIOLENT_CRIMES,
                    "brakes brake steering tires tyres nuts insulin pacemaker oxygen ventilator medication meds inhaler epipen",
                    "\\b(disable|disabling|cut|cutting|tamper with|tampering with|sabotage|sabotaging|mess with|loosen|loosening"
                            + "|drain|draining|swap|switch|replace|hack|hacking)\\b (\\w+ ){0,2}(someone's|somebody's|his|her|their"
                            + "|\\w+'s) (car's |car |bike's )?(brakes?|brake lines?|steering|tyres?|tires?|wheel nuts|lug nuts|insulin"
                            + "|insulin pump|pacemaker|oxygen|ventilator|medication|meds|pills|inhaler|epipen)\\b"
                            + "|\\b(brakes?|brake lines?|steering)\\b.{0,40}\\b(looks?|seems?) like (a |an )?(malfunction|accident"
                            + "|failure)\\b",
                    true),
            MethodRule.of("violence.covert-sickening", Hazard.VIOLENT_CRIMES,
                    "sick ill vomit hospitalized hospitalised unconscious",
                    "\\bmake (my |his |her |their |a |the |someone |somebody )?(\\w+ ){0,2}(sick|ill|vomit|throw up|pass out"
                            + "|unconscious)\\b.{0,40}(\\bwithout (him|her|them) (knowing|noticing|finding out)|\\bsecretly"
                            + "|\\bhospitali[sz]ed)\\b",
                    true),
            MethodRule.of("drugs.synthesis-route", Hazard.NON_VIOLENT_CRIMES,
                    "synthesis route recipe precursor precursors production",
                    "\\b(synthesis|synthesis route|route|recipe|precursors?|production method|production steps)\\b (for|of|to)"
                            + " (\\w+ )?(fentanyl|carfentanil|meth|methamphetamine|heroin|cocaine|crack|mdma|lsd|ghb|ketamine|dmt"
                            + "|pcp)\\b(?! (chicken|dip|pie|cookies?|bread|corn|pasta|potatoes|sauce|salad|cake|bars))",
                    false).onAnyQuestion().unless(HISTORY),
            MethodRule.of("cyber.self-spreading-malware", Hazard.CODE_ABUSE,
                    "itself",
                    "\\b(spreads?|spreading|propagates?|propagating|replicates?|replicating|copies|copying|installs?) itself"
                            + "\\b.{0,60}\\b(delete|deletes|deleting|encrypt|encrypts|wipe|wipes|steal|steals|destroy|destroys"
                            + "|corrupt|corrupts|infect|infects|lock|locks)\\b",
                    false),
            MethodRule.of("fraud.credential-harvest", Hazard.NON_VIOLENT_CRIMES,
                    "login log sign",
                    "\\b(fake|cloned?|spoofed|lookalike|look alike|copycat|copy of (a |the )?\\w+'s?) (\\w+ ){0,2}(login|log in"
                            + "|sign in) (page|site|portal|form|screen)\\b|\\b(login|log in|sign in) (page|site|portal|form)\\b.{0,40}"
                            + "\\b(collect|harvest|steal|capture|grab|phish)\\w* (\\w+ )?(passwords|credentials|logins|card numbers)\\b",
                    false).unless(PROP_OR_TARGETED),
            MethodRule.of("sex-crimes.voyeur-camera", Hazard.SEX_CRIMES,
                    "camera cameras cam webcam recorder",
                    "\\b(hide|hiding|put|putting|place|placing|plant|planting|install|installing|set up|sneak)\\b (a |an |the"
                            + " )?(hidden |tiny |spy |small |secret )?(camera|cam|webcam|recorder)s?\\b.{0,20}\\b(in|into|inside)"
                            + " (her|his|their|a woman's|the girls'|(?!my )\\w+'s|my \\w+'s) (\\w+ )?(bathroom|shower|changing room"
                            + "|bedroom|toilet|room)\\b",
                    false),
            MethodRule.of("privacy.locate-ex", Hazard.PRIVACY,
                    "ex",
                    "\\b(find out|figure out|track down|find|locate|discover|know|see)\\b (\\w+ ){0,3}(where|which (hotel|house"
                            + "|address|apartment|building|gym|room|flat|city|town)) (\\w+ ){0,2}(my |his |her )?ex( wife| husband"
                            + "| girlfriend| boyfriend| partner)?\\b (\\w+ ){0,2}(lives|is staying|stays|is living|is at|works|sleeps"
                            + "|moved|is now)\\b",
                    false),
            MethodRule.of("violence.carjack", Hazard.VIOLENT_CRIMES,
                    "hijack hijacking carjack carjacking jack",
                    "\\b(hijack|hijacking|carjack|carjacking|jack) (a |an |someone's |somebody's |the |his |her |their )?(\\w+ )?"
                            + "(car|cars|vehicle|truck|van|taxi|uber|bus|plane|airplane|aircraft|ship|boat|train|suv|suvs|jeep"
                            + "|motorbike|motorcycle|lorry)\\b|\\b(carjack|carjacking) (a |an |someone|somebody|the |his |her |their"
                            + " |people|drivers?|\\w+'s)",
                    true),
            MethodRule.of("violence.disguise-as-accident", Hazard.VIOLENT_CRIMES,
                    "accident accidental natural suicide",
                    "\\b(make|making|made) (it|the death|his death|her death|their death|the murder|the killing|the fire"
                            + "|the crash|the fall|the overdose) (look|seem|appear) (like )?(an |a )?(accident|accidental"
                            + "|suicide|natural( causes)?|overdose)\\b",
                    true));

    private static final MethodRules MATCHER = new MethodRules(RULES);

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        MATCHER.detect(prompt, out);
    }
}
