package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Operational requests that name no crime word: making false documents, drugging or burning something of someone
 * else's, recruiting for terror or trafficking, luring a minor, doxxing. Each rule pairs an act verb with the kind
 * of target that makes the act harmful (a document, another person's drink, a group), so "a fake tan" or "burn
 * a CD" never reach it; like {@link CrimeDetector} it needs a request and skips protective sentences.
 */
final class OperationalIntentDetector implements CategoryDetector {
    private record Rule(String id, Hazard hazard, Trigger triggers, Pattern pattern) {}

    private static final String DOCUMENT = "(ids?|id cards?|identity cards?|passports?|driver'?s licen[cs]es?|driving licen[cs]es?"
            + "|licen[cs]es?|diplomas?|degrees?|certificates?|doctor'?s notes?|sick notes?|prescriptions?|banknotes?|bank notes?"
            + "|bills|money|cash|currency|dollars|euros|pounds|bank statements?|statements|payslips?|pay stubs?|documents?"
            + "|signatures?|tickets?|receipts?|invoices?|visas?|residence permits?|insurance claims?|claims?|transcripts?"
            + "|references?|vaccination (cards?|certificates?|pass(es)?))";
    private static final String OTHER = "(someone|somebody|a stranger|strangers|people|her|him|them|a (girl|guy|woman|man)"
            + "|(my|the|a|his|her|their) (\\w+ )?(date|girl|guy|woman|man|friend|wife|husband|partner|boyfriend|girlfriend|teacher"
            + "|boss|coworker|colleague|roommate|neighbou?r|ex|sister|brother|mother|father|mum|mom|dad)|[\\w]+'s)";
    /** A word, possessives included: "my ex's car", "the landlord's flat". */
    private static final String WORD = "[\\w']+";
    /** Buildings and belongings whose burning endangers or wrongs their owner: the places and property of the lexicon. */
    private static final String BURNABLE = burnable();
    private static final String MINOR = "((1[0-7]|[1-9]) ?(year|yr)s? olds?|minors?|underage \\w+|child|children|kids?|preteens?"
            + "|young (girl|boy)s?|little (girl|boy)s?|schoolgirls?|schoolboys?)";

    private static final List<Rule> RULES = List.of(
            new Rule("forgery.false-document", Hazard.NON_VIOLENT_CRIMES,
                    Trigger.ofText("fake forge forged forging counterfeit false falsify falsified doctor alter altered", false),
                    Pattern.compile("\\b(make|making|create|creating|print|printing|produce|producing|design|get|buy|order|obtain"
                            + "|file|submit|write|forge|forging) (a |an |some |my |the |\\w+'s )?(\\w+ )?(fake|forged|counterfeit"
                            + "|false|falsified|fraudulent|phony|phoney|bogus)( \\w+){0,2}? " + DOCUMENT + "\\b"
                            + "|\\b(to|i|we|you|me|one) (fake|forge|falsify|counterfeit|doctor) (a |an |my |the |his |her |their |some |\\w+'s )?(\\w+ ){0,2}?"
                            + DOCUMENT + "\\b"
                            + "|\\b(alter|change|edit|modify) (the )?(date|name|amount|photo|expiry) (on|in|of) (a |an |my |the |\\w+'s )?(\\w+ )?"
                            + DOCUMENT + "\\b")),
            new Rule("fraud.payment-card", Hazard.NON_VIOLENT_CRIMES,
                    Trigger.ofText("clone skim card cards", true),
                    Pattern.compile("\\b(clone|cloning|skim|skimming) (a |an |the |someone's |people's )?(\\w+ )?(credit |debit |bank )?cards?\\b"
                            + "|\\b(use|using|spend on|charge) (someone else's|another person's|a stolen|stolen|[\\w]+'s) (credit |debit |bank )?cards?"
                            + "\\b")),
            new Rule("hacking.records", Hazard.CODE_ABUSE,
                    Trigger.ofText("hack hacking grades grade marks records salary payroll system database server portal", false),
                    Pattern.compile("\\b(hack|hacking|hack into|break into|get into) (my |the |our |a |\\w+'s )?([\\w']+ ){0,3}?(system|systems"
                            + "|database|server|portal|payroll|grading|network|intranet|records|website)\\b"
                            + "|\\b(change|alter|edit|raise|delete|modify|fix) (my |the |our )?(\\w+ )?(grades|marks|records|salary|pay"
                            + "|absences?|attendance)\\b.{0,60}\\b(without (the |my |any )?(\\w+ )?(knowing|noticing|finding out)|secretly"
                            + "|hack\\w*|undetected)\\b")),
            new Rule("violence.drugging", Hazard.VIOLENT_CRIMES,
                    Trigger.ofText("drug roofie roofies spike", false),
                    Pattern.compile("\\b(drug|roofie|spike) " + OTHER + "( drinks?| (\\w+ )?drinks?)?\\b(?! (test|tests|dealer|dealers|addict))")),
            new Rule("violence.arson", Hazard.VIOLENT_CRIMES,
                    Trigger.ofText("fire burn torch firebomb", false),
                    Pattern.compile("\\b(set fire to|burn down|torch|firebomb) (" + WORD + " ){0,4}?" + BURNABLE + "\\b"
                            + "|\\bset (" + WORD + " ){0,4}?" + BURNABLE + " on fire\\b")),
            new Rule("terrorism.recruit-propaganda", Hazard.VIOLENT_CRIMES,
                    Trigger.ofText("recruit recruiting radicalise radicalize join propaganda manifesto", false),
                    Pattern.compile("\\b(recruit|recruiting|radicali[sz]e|radicali[sz]ing|join|joining) .{0,40}\\b(terrorists?|terror"
                            + "|jihadists?|jihad|isis|daesh|al qaeda|extremists?|militias?|cells?)\\b"
                            + "|\\b(write|create|make|draft) .{0,20}\\b(propaganda|manifesto)\\b.{0,50}\\b(recruit\\w*|isis|jihad\\w*"
                            + "|terror\\w*|attacks?|violence|kill\\w*)\\b|\\b(propaganda|manifesto) (for|recruiting) .{0,20}\\b(isis|jihad\\w*"
                            + "|terror\\w*)")),
            new Rule("weapons.placement", Hazard.INDISCRIMINATE_WEAPONS,
                    Trigger.ofText("bomb bombs explosive explosives ied", false),
                    Pattern.compile("\\b(put|place|hide|leave|plant|position) (\\w+ ){0,2}?(bombs?|explosives?|ieds?)\\b"
                            + ".{0,60}\\b(bring down|collapse|kill|crowd|crowded|stadium|station|bridge|building|people|maximum)\\b")),
            new Rule("trafficking.people", Hazard.SEX_CRIMES,
                    Trigger.ofText("sell smuggle traffic force forced brothel prostitution passports recruit", false),
                    Pattern.compile("\\b(sell|selling|smuggle|smuggling|traffic|trafficking) (a |the |some |young )?(girls?|women|woman"
                            + "|child|children|kids|people|migrants|humans|refugees|workers|boys?)\\b"
                            + "|\\bforce (\\w+ ){0,3}?(into (prostitution|sex work|labou?r)|to (work|stay|sell))\\b"
                            + "|\\b(keep|keeping|take|taking|hold|holding) (their|his|her|the workers'|workers') passports\\b"
                            + "|\\b(recruit|lure) .{0,40}\\b(prostitution|brothel|sex work)\\b")),
            new Rule("children.luring", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    Trigger.ofText("convince persuade lure trick pressure get", false),
                    Pattern.compile("\\b(convince|persuade|lure|trick|pressure|get) (a |an |the |my |this |that )?" + MINOR
                            + " (\\w+ ){0,2}?(to )?(meet (me|up)|come (with me|to my|over)|be alone with me|meet .{0,10}alone"
                            + "|keep (it|this|us|our \\w+) (a )?secret|send me|undress|get in my car)\\b")),
            new Rule("stalking.covert-tracking", Hazard.PRIVACY,
                    Trigger.ofText("track tracking follow monitor spy locate", false),
                    Pattern.compile("\\b(track|tracking|follow|monitor|spy on|locate) (my |his |her |their |\\w+'s |[\\w]+ [\\w]+'s )?([\\w'-]+ ){0,2}?"
                            + "\\w+ .{0,30}\\bwithout (her|him|them|his|their) (knowing|noticing|knowledge|consent)\\b")),
            new Rule("crime.witness-intimidation", Hazard.VIOLENT_CRIMES,
                    Trigger.ofText("threaten intimidate scare silence witness witnesses juror jurors", false),
                    Pattern.compile("\\b(threaten|intimidate|scare|silence) (a |the |my |this |that )?(\\w+ )?(witness|witnesses|juror"
                            + "|jurors|victim)\\b")),
            new Rule("privacy.doxxing", Hazard.PRIVACY,
                    Trigger.ofText("dox doxx doxing doxxing", false),
                    Pattern.compile("\\b(dox|doxx|doxing|doxxing) (a |an |the |this |that |my |some |\\w+'s )?(\\w+ )?\\w+")));

    private static String burnable() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(Lexicon.PROPERTY);
        all.addAll(Lexicon.STRUCTURE);
        // Not things one sets on fire: money, cards and services, "power" or "water" in "power plant", "water supply".
        all.removeAll(Lexicon.words("money", "cash", "identity", "credit", "card", "cards", "savings", "pension",
                "inheritance", "watch", "ring", "power", "supply", "water", "well", "wells", "lock", "base", "block",
                "crowd", "rally", "parade", "port", "plant", "concert", "festival"));
        return "(" + String.join("|", all) + ")";
    }

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        boolean[] fired = new boolean[RULES.size()]; // one detection per rule is all the guard reports
        for (Sentence s : prompt.distinct) {
            if (prompt.direction != Direction.OUTPUT && !s.operational() && !s.firstPerson() || s.aboutNotDoing()
                    || s.definitional()) {
                continue;
            }
            for (int r = 0; r < RULES.size(); r++) {
                Rule rule = RULES.get(r);
                // Protection is a costly pattern of its own: asked only of a sentence that matched a rule.
                if (!fired[r] && s.mentionsAny(rule.triggers()) && !(s.gameOrSport() && prompt.excused(s))
                        && s.has(rule.pattern()) && !s.protective()) {
                    out.add(new Detection(rule.hazard(), rule.id(), 1));
                    fired[r] = true;
                }
            }
        }
    }
}
