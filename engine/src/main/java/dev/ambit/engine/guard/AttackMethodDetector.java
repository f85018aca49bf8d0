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
                    "looks look looking pretending pretend appears appear impersonating impersonate spoof spoofed posing as"
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
