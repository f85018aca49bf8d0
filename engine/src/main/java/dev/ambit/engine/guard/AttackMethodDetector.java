package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Attacks asked by their working part rather than by a verb of crime: an injection payload that dumps a table, a
 * message dressed as a bank's to harvest logins, a relay box to open someone's keyless car, a shop's security tag
 * taken off to walk out, a venue's weakest checkpoint for a bomb. Defence, detection, awareness training, one's
 * own car and a tag the cashier forgot pass.
 */
final class AttackMethodDetector implements CategoryDetector {
    private static final String WEAPON = "(bomb|bombs|explosives?|ied|ieds|gun|guns|firearms?|weapons?|knife|knives|blade"
            + "|pipe bomb|suicide vest|vest|grenade|grenades|acid)";

    private static final MethodRules RULES = new MethodRules(List.of(
            MethodRule.of("code-abuse.injection-payload", Hazard.CODE_ABUSE,
                    "injection injections sqli",
                    "^(?=.*\\b(sql ?injections?|sqli|nosql injection|command injection)\\b)(?=.*\\b(payloads?|strings?|query"
                            + "|queries|working|exploit|dump|dumps|dumping|extract\\w*|steal|bypass|log in as|login as)\\b)(?=.*\\b("
                            + "dump|dumps|dumping|extract\\w*|steal|bypass|users? table|passwords?|credentials|admin|database"
                            + "|login page|someone's|\\w+'s (site|shop|store|login|website|page|database))\\b)",
                    false).unless(Pattern.compile("\\b(prevent\\w*|protect\\w*|defend\\w*|sanitiz\\w*|sanitis\\w*"
                            + "|parameteri[sz]ed|prepared statements?|detect\\w*|fix\\w*|patch\\w*|my own|ctf|dvwa|juice shop"
                            + "|lab|what is|explain)\\b")),
            MethodRule.of("fraud.impersonated-message", Hazard.NON_VIOLENT_CRIMES,
                    "looks look looking pretending pretend appears appear impersonating impersonate spoof spoofed posing"
                            + " official",
                    "^(?=.*\\b(text|texts|sms|email|emails|e mail|message|messages|page|site|website|letter|dm|notification"
                            + "|login page|form)\\b)(?=.*\\b(looks? like (it's |it is |its |it came |it comes |it was )?from|looking"
                            + " like (it's |it is )?from|pretending to be|pretend to be|appears? to (be|come) from|impersonat\\w+"
                            + "|spoof\\w*|posing as|as if (it's |it is |it was |it came )?from|official looking)\\b)(?=.*\\b(click"
                            + "|enter|confirm|log ?in|login|sign in|card (number|details)|passwords?|bank details|details"
                            + "|verify|locked|suspended|frozen|pin|ssn|security code)\\b)",
                    false).unless(Pattern.compile("\\b(spot|recogni[sz]e|report\\w*|is this|is it|real or fake|legit\\w*"
                            + "|training|awareness|simulat\\w*|received|got (a|an|this|one)|someone sent|scam(med)? me"
                            + "|protect\\w*|warn)\\b")),
            MethodRule.of("theft.relay-attack", Hazard.NON_VIOLENT_CRIMES,
                    "relay amplifier booster repeater",
                    "^(?=.*\\b(relay (attack|box|device|kit)|signal (amplifier|booster|repeater|relay)|key ?fob (signal )?"
                            + "(relay|amplifier|repeater|booster))\\b)(?=.*\\b(car|cars|bmw|audi|mercedes|tesla|range rover"
                            + "|vehicle|keyless|fob)\\b)",
                    false).unless(Pattern.compile("\\b(mine|my (own )?(car|vehicle|bmw)|faraday|protect\\w*|prevent\\w*"
                            + "|stop|secure|how do(es)? (they|relay attacks?|it) work)\\b")),
            MethodRule.of("theft.security-tag", Hazard.NON_VIOLENT_CRIMES,
                    "tag tags detacher",
                    "^(?=.*\\b(security|ink|alarm|anti theft|sensor|shop|store|clothing|clothes) tags?|\\btags? (off|from)\\b)"
                            + "(?=.*\\b(without (a |the |any )?(detacher|tool|magnet|key|setting off|triggering|beeping|the alarm)"
                            + "|walk out|leave the (store|shop)|so i can (walk|leave|take)|past the (alarm|gate|sensor)|at home"
                            + "|with a (magnet|rubber band|lighter))\\b)",
                    false).unless(Pattern.compile("\\b(receipt|paid|bought|purchased|cashier (forgot|left|didn't)|forgot to"
                            + " (remove|take)|staff|employee|i work)\\b")),
            MethodRule.of("terrorism.weapon-past-security", Hazard.INDISCRIMINATE_WEAPONS,
                    "finding noticing detecting seeing catching spotting",
                    "\\b(bring|get|carry|take|sneak|smuggle|slip)\\b (a |an |some |my )?" + WEAPON + "\\b.{0,30}\\b(into|in|through"
                            + "|past|inside)\\b.{0,40}\\bwithout (the )?(\\w+ )?(security|guards?|staff|metal detectors?|police|anyone"
                            + "|scanners?|bouncers?) (finding|noticing|detecting|seeing|catching|spotting)\\b",
                    false).unless(Pattern.compile("\\b(game|fortnite|gta|airsoft|paintball|nerf|water gun|glue gun|toy)\\b")),
            MethodRule.of("terrorism.vehicle-bomb", Hazard.INDISCRIMINATE_WEAPONS,
                    "fertilizer fertiliser explosives ammonium propane cylinders",
                    "\\b(van|truck|car|vehicle|lorry)s? (full of|loaded with|packed with|filled with|carrying) (\\w+ )?(fertili[sz]er"
                            + "|explosives|ammonium nitrate|gas cylinders|propane tanks)\\b.{0,60}\\b(near|outside|next to|in front"
                            + " of|beside|under|by) (a |an |the )?(\\w+ )?(building|embassy|school|station|stadium|office|courthouse"
                            + "|headquarters|hq|crowd|market|parliament|church|mosque|synagogue)\\b",
                    false),
            MethodRule.of("fraud.sell-fakes", Hazard.NON_VIOLENT_CRIMES,
                    "fake counterfeit forged",
                    "\\b(sell|selling|resell|flog|pass off|offload)\\b (\\w+ ){0,2}(fake|counterfeit|forged) (\\w+ )?(tickets|ids"
                            + "|passports|documents|money|notes|bills|vouchers|gift cards|coupons|licen[cs]es|degrees|diplomas)\\b",
                    false).unless(Pattern.compile("\\b(spot|scam(med)?|avoid|bought|buying|got sold|report\\w*|tell if"
                            + "|check|protect\\w*|legit|real or)\\b")),
            MethodRule.of("theft.utility-tap", Hazard.NON_VIOLENT_CRIMES,
                    "noticing knowing paying finding",
                    "\\b(tap into|hook into|hook up to|steal|siphon|piggyback on|leech|use)\\b (\\w+ )?[\\w]+'s (electricity|power"
                            + "|wifi|internet|gas|water|cable|power supply)\\b.{0,30}\\bwithout (them|him|her|anyone) (noticing|knowing"
                            + "|finding out|paying)\\b",
                    false),
            MethodRule.of("code-abuse.others-password", Hazard.CODE_ABUSE,
                    "password passwords passcode pin",
                    "\\b(get|find|figure out|guess|crack|learn|see)\\b (out )?(the |his |her |their )?(password|passcode|pin)"
                            + " (to|for|of|on) (my [\\w]+'s|his|her|their|[\\w]+'s) (laptop|phone|computer|account|email|instagram"
                            + "|facebook|ipad|tablet|wifi|snapchat)\\b",
                    false).unless(Pattern.compile("\\b(my own|forgot|lost|reset|recover|with (his|her|their) permission"
                            + "|she asked|he asked)\\b")),
            MethodRule.of("theft.stolen-device", Hazard.NON_VIOLENT_CRIMES,
                    "stolen",
                    "\\b(unlock|wipe|bypass|jailbreak|reset|remove the icloud|remove icloud|sell|flash)\\b.{0,20}\\bstolen"
                            + " (phone|iphone|laptop|ipad|device|macbook|tablet|android|samsung)\\b",
                    false).unless(Pattern.compile("\\b(my stolen|was stolen|got stolen|report\\w*|find my|track|recover\\w*"
                            + "|police|insurance)\\b")),
            MethodRule.of("terrorism.most-casualties", Hazard.INDISCRIMINATE_WEAPONS,
                    "casualties deaths fatalities victims dead count kills",
                    "\\b(would|could|will|to|i|we|might) (cause|get|kill|hurt|injure|maximi[sz]e|produce|lead to|result in)\\b"
                            + ".{0,30}\\b(the )?(most|maximum|max|highest|greatest|more|as many) (casualties|deaths|fatalities"
                            + "|victims|dead)\\b|\\b(maximi[sz]e|maximum|max) (the )?(casualties|deaths|fatalities|victims|body count)\\b"
                            // "which stations would be best to attack for the most victims"
                            + "|\\bfor (the )?(most|maximum|max|highest|greatest|biggest|largest) (casualties|deaths|fatalities"
                            + "|victims|dead|body count|kills)\\b",
                    false).unless(Pattern.compile("\\b(history|historically|ever|was|were|did|caused|prevent\\w*|reduce"
                            + "|minimi[sz]e|evacuat\\w*|game|simulation|earthquake|flood|hurricane|disease|pandemic|war|battle"
                            + "|triage|hospital)\\b")),
            // "soft targets with big crowds and little police presence": choosing where an attack meets no resistance.
            MethodRule.of("terrorism.soft-target", Hazard.INDISCRIMINATE_WEAPONS,
                    "soft police security guards cops policing",
                    "\\bsoft targets?\\b|\\b(big|huge|large|biggest|largest|packed|dense|massive) crowds?\\b.{0,40}\\b(little|no|low"
                            + "|least|light|barely any|hardly any|minimal|without|lax|weak|thin) (police|security|guards?|cops|policing)\\b",
                    false).unless(Pattern.compile("\\b(improve|increase|hire|hiring|more security|our event|my event|we host"
                            + "|evacuat\\w*|stay safe|pickpockets?|anxious|anxiety|history|historically|term|define|definition"
                            + "|mean|means|meaning|policy|study|studies|report|news)\\b")),
            // "which self-checkout tricks do stores have the hardest time catching"
            MethodRule.of("theft.undetected-trick", Hazard.NON_VIOLENT_CRIMES,
                    "catch catching detect detecting notice noticing spot spotting",
                    "\\b(self ?checkouts?|checkouts?|shoplift\\w*|tills?)\\b.{0,40}\\b(hardest|harder|hard|difficult|least"
                            + " likely|unlikely|can't|cannot|can not|don't|never|rarely|struggle) (time )?(to )?(catch|catching"
                            + "|detect|detecting|notice|noticing|spot|spotting)\\b",
                    false).unless(Pattern.compile("\\b(my (own )?(store|shop)|our (store|shop)|i (run|own|manage)|staff"
                            + "|employees|loss prevention|train\\w*)\\b")),
            MethodRule.of("theft.evade-store-checks", Hazard.NON_VIOLENT_CRIMES,
                    "noticing seeing catching knowing spotting",
                    "\\b(swap|switch|change|peel|replace|scan|skip|ring up|hide|pocket|conceal|stuff|slip|walk out|take)\\b.{0,40}"
                            + "\\bwithout (the )?(\\w+ ){0,2}(cashier|staff|self checkout|checkout|security|store|employees?|cameras?"
                            + "|clerk|guard|shop)s? (noticing|seeing|catching|knowing|spotting|finding out)\\b",
                    false),
            MethodRule.of("theft.vehicle-break-in", Hazard.NON_VIOLENT_CRIMES,
                    "car cars vehicle vehicles truck van",
                    "\\b(open|unlock|get into|break into|pop|jimmy|smash)\\b (a |the |someone's |this |that |[\\w]+'s )?(\\w+ )?"
                            + "(car|vehicle|truck|van|car door|car window)s?\\b.{0,40}\\bso (i|we) can (take|grab|steal|get) (what's"
                            + "|whats|what is|the stuff|things|stuff|the|their|his|her)\\b",
                    false).unless(Pattern.compile("\\b(my own|mine|locked (my|the) keys|my keys|my car)\\b")),
            MethodRule.of("terrorism.security-gap", Hazard.INDISCRIMINATE_WEAPONS,
                    "weakest least lax laxest weak easiest blind spot spots gaps unguarded unmonitored screened searched"
                            + " sneak smuggle slip",
                    "^(?=.*\\b(weakest|least|lax|laxest|weak|easiest|blind spots?|gaps?|unguarded|unmonitored|not (checked"
                            + "|screened|searched)|without being (searched|screened|checked|scanned|detected))\\b)(?=.*\\b"
                            + WEAPON + "\\b)|\\b(sneak|smuggle|slip)\\b.{0,20}\\b(a |an |some )?" + WEAPON + "\\b.{0,40}\\b(in|into"
                            + "|inside|through|past)\\b",
                    false).unless(Pattern.compile("\\b(game|fortnite|gta|movie|film|novel|airsoft|paintball|nerf|water gun"
                            + "|glue gun|heat gun|nail gun|toy|improve|tighten|audit\\w*|assess\\w*|report)\\b"))));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        RULES.detect(prompt, out);
    }
}
