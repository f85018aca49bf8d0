package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scams, theft and intrusion asked by their method: a message dressed as a courier's or a bank's that asks for a
 * payment, accounts opened in someone else's name, a statement or payslip edited to deceive, a fake fundraiser,
 * cash skimmed from an employer's till, a keyless car relayed or a catalytic converter cut off in a car park, a
 * site flooded with requests, and an institution's login forced to change one's records. The twins pass: the
 * speaker checking a message they received, their own system, their own car, their own name, protection.
 */
final class FraudTheftMethodDetector {
    /** The speaker received it, is checking it, or was the victim. */
    private static final Pattern TARGETED = Pattern.compile(
            "\\b(spot|detect|identify|recogni[sz]e|tell (if|whether)|check (if|whether)|legit|is (it|this|that) (a |an )?(real"
                    + "|scam|fake)|received|got (a|an|this)|sent me|in my (own )?name|my identity|someone (opened|is using|used"
                    + "|took|stole)|victim|report\\w*|freeze|awareness|training|simulation|catch (an? )?(employee|cashier|staff)"
                    + "|suspect\\w*|stop (someone|people|thieves|them)|(asked|asking|told|telling|wants) me)\\b");
    /** The speaker's own car, or the speaker worried about thieves. */
    private static final Pattern OWN_VEHICLE_OR_TARGETED = Pattern.compile(
            "\\b(my|our) (own )?(\\w+ )?(car|cars|vehicle|truck|van|suv|prius|tesla)\\b|" + TARGETED.pattern());
    /** Testing or recovering one's own system. */
    private static final Pattern OWN_SYSTEM = Pattern.compile(
            "\\b(my own|our own|load test\\w*|stress test\\w*|legally|authori[sz]ed|with permission|pen ?test\\w*|forgot"
                    + " (my|the)|locked out of my|reset my|it department)\\b");
    /** Run by {@link CovertHarmMethodDetector} in one pass with its own rules, so a sentence is looked up once. */
    static final List<MethodRule> RULES = List.of(
            MethodRule.of("fraud.impersonating-message", Hazard.NON_VIOLENT_CRIMES,
                    "looks look appears appear seems seem pretends pretending posing fake spoof forge impersonate",
                    "^(?=.*\\b(link|pay|fee|fees|click|verify|log in|login|password|card|details|convincing|urgent|account|code"
                            + "|pin)\\b)"
                            + ".*\\b(looks?|appears?|seems?|pretends?|pretending|posing|made to look) (like )?(it's |it is |its |to"
                            + " be |it came |it comes |as if it's )?(from|by) (the |a |an |their |his |her )?(usps|ups|fedex|dhl"
                            + "|royal mail|post office|bank|irs|hmrc|paypal|amazon|apple|microsoft|netflix|google|venmo|zelle"
                            + "|government|police|courier|delivery company|tax office|social security|medicare|\\w+ bank)\\b"
                            + "|\\b(fake|spoof|forge|impersonate)\\w* (a |an )?(text|sms|email|call|message|letter|voicemail) (from"
                            + "|as) (my |the |a |their |her |his )?(\\w+ )?(bank|paypal|irs|hmrc|amazon|police|post office)\\b",
                    false).onAnyQuestion().unless(TARGETED),
            // "charge customers twice in a way that looks like a bank glitch"
            MethodRule.of("fraud.disguised-overcharge", Hazard.NON_VIOLENT_CRIMES,
                    "glitch error mistake bug accident",
                    "\\b(charge|charging|bill|billing|invoice|invoicing|debit|debiting|overcharge|overcharging)\\b.{0,40}\\b(twice"
                            + "|double|again|extra|more|hidden)\\b.{0,50}\\b(looks?|seems?|appears?|passes?|pass) (off )?(like|as) (a |an )?"
                            + "(\\w+ )?(glitch|error|mistake|bug|accident)\\b",
                    false).unless(TARGETED),
            // A romance opened to sell an investment: trust built on a dating app, then money asked for.
            MethodRule.of("fraud.romance-investment", Hazard.NON_VIOLENT_CRIMES,
                    "invest investing investment crypto money wire transfer",
                    "^(?=.*\\b(dating (app|site|profile)s?|tinder|bumble|hinge|romance|romantic|lonely (men|women|people|widows?"
                            + "|widowers?)|widows?|widowers?)\\b)(?=.*\\b(build|gain|earn|win|get)\\b (\\w+ ){0,2}(trust|confidence"
                            + "|feelings)\\b)(?=.*\\b(invest|investing|send (me )?money|wire|transfer|crypto|gift cards?|loan me)\\b)",
                    false).unless(Pattern.compile("\\b(scammers?|scams?|scammed|fraudsters?|red flags?|warning|spot|recogni[sz]e"
                            + "|avoid|victim|mom|mum|dad|grandma|grandpa|mother|father|aunt|uncle|is (he|she|this) (real|legit))\\b")),
            // "what time do sites leave tools unattended, and how do I load them into a van fast"
            MethodRule.of("theft.unattended-goods", Hazard.NON_VIOLENT_CRIMES,
                    "unattended unguarded unlocked deserted",
                    "\\b(what time|when|which (days?|hours?|times?|nights?))\\b.{0,60}\\b(unattended|unguarded|unlocked|deserted"
                            + "|no one around|nobody around)\\b.{0,60}\\b(load|grab|take|lift|nab|swipe|snatch|carry off|haul)\\b",
                    false).unless(OWN_VEHICLE_OR_TARGETED),
            MethodRule.of("fraud.return-fraud", Hazard.NON_VIOLENT_CRIMES,
                    "return returning refund",
                    "\\b(return|returning)\\b.{0,40}\\b(worn|used|opened|broke|broken|damaged)\\b.{0,60}\\b(full refund|as new"
                            + "|never (been )?(worn|used|opened)|saying (they|it) (were|was) (new|unworn|unused|never))\\b",
                    false).unless(TARGETED),
            MethodRule.of("theft.clone-access-card", Hazard.NON_VIOLENT_CRIMES,
                    "clone cloning copy duplicate skim",
                    "\\b(clone|cloning|copy|copying|duplicate|duplicating|skim|skimming)\\b (a |an |the |someone's |somebody's |[\\w]+'s )?"
                            + "(hotel |key |access |badge |rfid |nfc |room |office )*(card|cards|badge|badges|fob|fobs)\\b.{0,40}"
                            + "\\b(other (rooms|offices|people's|apartments|flats)|someone else's|get into (other|their|his|her)"
                            + "|without (permission|them knowing))\\b",
                    false).unless(TARGETED),
            MethodRule.of("fraud.exploit-vulnerable", Hazard.NON_VIOLENT_CRIMES,
                    "elderly old senile dementia vulnerable grandma grandpa grandmother grandfather neighbor neighbour aunt"
                            + " uncle widow",
                    "\\b(get|convince|trick|pressure|make|persuade)\\b (my |our |an |the |this )?([\\w']+ ){0,4}?(to )?(sign over"
                            + "|transfer|give me|change (her|his|their) will|add me to|leave me)\\b.{0,60}(\\bwithout (her|his|their)"
                            + " (family|kids|children|son|daughter|lawyer|knowing)|\\bsecretly|\\bbefore (she|he|they) (notices?"
                            + "|realizes?|dies))\\b",
                    false).unless(TARGETED),
            MethodRule.of("theft.fence-stolen-goods", Hazard.NON_VIOLENT_CRIMES,
                    "stolen shoplifted boosted nicked hot",
                    "\\b(return|returning|sell|selling|fence|fencing|pawn|pawning|offload|move|flip)\\b (the |some |my |these"
                            + " |those )?(stolen|shoplifted|boosted|nicked|hot) (items|goods|stuff|merchandise|things|phones?|bikes?"
                            + "|jewell?ery|laptops?|cars?|electronics|gear)\\b",
                    false).unless(TARGETED),
            MethodRule.of("fraud.accounts-in-anothers-name", Hazard.NON_VIOLENT_CRIMES,
                    "name names identity ssn social",
                    "\\b(open|opening|apply for|applying for|take out|taking out|get|getting|sign up for|signing up for)\\b"
                            + " (\\w+ ){0,3}(credit cards?|cards?|loans?|accounts?|credit|mortgages?|phone contracts?|lines? of"
                            + " credit|bank accounts?)\\b (\\w+ ){0,2}(in|under|with|using) (their|his|her|someone's|somebody's"
                            + "|someone else's|another person's|a stranger's|the victim's|the owner's|(the |my )?[\\w]+'s)"
                            + " (name|names|identity|ssn|social security( number)?|details)\\b"
                            + "|\\busing (their|his|her|someone's|somebody's|a stranger's|the) (ssn|social security (card|number)"
                            + "|identity|stolen identity)\\b",
                    false).unless(TARGETED),
            MethodRule.of("fraud.doctored-document", Hazard.NON_VIOLENT_CRIMES,
                    "statement statements payslip payslips paystub paystubs stub stubs transcript transcripts return returns"
                            + " receipt receipts diploma passport licence license bill bills report records",
                    "\\b(edit|editing|alter|altering|change|changing|modify|modifying|photoshop|photoshopping|doctor|doctoring"
                            + "|fake|faking|fudge|fudging|tweak|tweaking|forge|forging)\\b (\\w+ ){0,3}(bank statements?|pay ?stubs?"
                            + "|payslips?|pay slips?|transcripts?|tax returns?|receipts?|diplomas?|medical records?|passports?"
                            + "|driver's licen[cs]es?|utility bills?|credit reports?)\\b.{0,60}\\b(to (show|say|look like|read"
                            + "|prove|inflate|hide|reflect)|so (that )?(the|my|it|they) (\\w+ )?(approves?|accepts?|believes?|thinks?"
                            + "|won't notice|doesn't notice|hires?|qualif\\w+|passes|looks? (real|legit|genuine)))\\b",
                    false).unless(TARGETED),
            MethodRule.of("fraud.fake-fundraiser", Hazard.NON_VIOLENT_CRIMES,
                    "donation donations charity charities fundraiser fundraising gofundme crowdfunding",
                    "\\b(fake|bogus|sham|phony|scam|fraudulent)\\b (\\w+ )?(donation|charity|fundraiser|fundraising|gofundme"
                            + "|crowdfunding)\\b|\\b(donation|donations|charity|fundraiser|gofundme)\\b.{0,60}\\b(keep (the|all"
                            + " the|most of the) (money|funds|donations)|pocket (the|it)|without (it )?being traced|for myself)\\b",
                    false).unless(TARGETED),
            MethodRule.of("theft.from-employer", Hazard.NON_VIOLENT_CRIMES,
                    "register till drawer skim skimming pocket pocketing embezzle embezzling",
                    "\\b(skim|skimming|pocket|pocketing|take|taking|steal|stealing|pinch|nick|embezzl\\w+)\\b (\\w+ ){0,3}(cash"
                            + "|money|bills|notes|funds)\\b.{0,60}\\b(without (the |my )?(manager|boss|owner|count|audit|anyone)"
                            + "|register|till|drawer|every shift|each shift|from work|from the company)\\b",
                    false).unless(TARGETED),
            MethodRule.of("theft.vehicle-method", Hazard.NON_VIOLENT_CRIMES,
                    "relay keyless fob catalytic converter converters",
                    "\\b(relay attack|relay box|signal (amplifier|booster|relay)|key fob (cloner|clone|emulator)|can (bus )?injection"
                            + "|keyless (entry )?(repeater|hack))\\b.{0,60}\\b(cars?|vehicles?|drive (it|them) (off|away)|steal"
                            + "|unlock|start)\\b|\\b(get|cut|saw|take|remove|pull|steal|swipe)\\b (\\w+ ){0,2}(catalytic"
                            + " converters?)\\b.{0,60}\\b(fast|quick|quickly|under \\d+|in (a|the) (parking lot|car park|street"
                            + "|lot)|without (being|getting) (seen|caught|noticed))\\b",
                    false).unless(OWN_VEHICLE_OR_TARGETED),
            MethodRule.of("cyber.flood-site", Hazard.CODE_ABUSE,
                    "flood floods flooding overwhelm overwhelms bombard hammer",
                    "\\b(flood|floods|flooding|overwhelm|overwhelms|bombard|bombards|hammer|hammers)\\b ([\\w']+ ){0,3}(website"
                            + "|site|server|servers|api|endpoint|network|game server)\\b (\\w+ ){0,2}with (requests|traffic|packets"
                            + "|connections|queries)\\b",
                    false).unless(OWN_SYSTEM),
            MethodRule.of("cyber.force-institution-login", Hazard.CODE_ABUSE,
                    "brute force crack cracking hack hacking bypass guess",
                    "^(?=.*\\b(grades?|marks|gpa|transcripts?|attendance|school's|university's|college's|teacher's|employer's"
                            + "|company's|boss's|work's|district's|professor's|lecturer's|principal's|manager's|exam answers"
                            + "|test answers|midterm answers)\\b).*\\b(brute ?forc\\w*|crack\\w*|hack\\w*|break into|bypass\\w*"
                            + "|guess\\w*) (into )?([\\w']+ ){0,4}(login|logins|password|passwords|account|accounts|portal|panel"
                            + "|system|database|server|credentials)\\b",
                    false).unless(OWN_SYSTEM),
            MethodRule.of("cyber.crash-others-site", Hazard.CODE_ABUSE,
                    "crash down offline",
                    "\\b(make|get|force)\\b (the |a |their |his |her |(my |our )?[\\w]+'s )(\\w+ )?(website|site|server|servers"
                            + "|network|portal|app|game server)\\b (crash|go down|go offline|stop working|lag out)\\b",
                    false).unless(OWN_SYSTEM));
}
