package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locating or profiling a private person across the sentences of a request, where {@link PersonLocatorDetector}
 * reads one sentence: a dossier of where someone lives, their family and routine; a home found from a first name, a
 * number plate or a social handle; a pronoun's home address once the prompt has named a private person ("my old
 * landlord ... tell me his home address"). Public offices, organisations and work contacts pass.
 */
final class PrivateProfileDetector implements CategoryDetector {
    /** Words each way in needs: something to compile, a scrap to start from, or an address asked for. */
    private static final Set<String> GATE = Lexicon.words("everything", "dossier", "profile", "info", "information",
            "details", "data", "file", "plate", "username", "handle", "instagram", "tiktok", "snapchat", "name", "know",
            "photo", "picture", "address", "whereabouts", "records");
    /** A request to gather what can be found on someone. */
    private static final Pattern COMPILE = Pattern.compile(
            "\\b(compile|gather|collect|dig up|find|pull together|put together|build|assemble|get me|look up|know|learn"
                    + "|find out)\\b (\\w+ ){0,2}"
                    + "(everything|all (the )?(info|information|details|data)|a (full |complete |detailed )?(profile|dossier"
                    + "|file))\\b.{0,40}\\b(on|about|for) (this|that|a|an|my|the|some)\\b");
    /** What is private about a person, whoever they are. */
    private static final Pattern PRIVATE_FACT = Pattern.compile(
            "\\b(where (she|he|they) (lives?|works?|stays?|sleeps?|goes)|home address|(her|his|their) (address|family|kids"
                    + "|children|daily routine|routine|schedule|workplace|car|license plate|licence plate|phone number|parents)"
                    + "|daily routine|(her|his|their) (full|real|last) name|when (she|he|they) (leaves?|gets? home|comes? home"
                    + "|is (home|alone)|goes? out)|who (visits|comes over|she sees|he sees))\\b");
    /** Scraps a stalker starts from. */
    private static final Pattern SCRAPS = Pattern.compile(
            "\\b(license plate|licence plate|plate number|number plate|first name|instagram|tiktok|snapchat|username|handle"
                    + "|only know|just know|a photo of (her|him)|a picture of (her|him))\\b");
    private static final Pattern WHERE_THEY_ARE = Pattern.compile(
            "\\b(find out|figure out|track down|find|locate|get|learn|know|see|work out|tell me)\\b (\\w+ ){0,2}(where (she|he"
                    + "|they) (lives?|works?|stays?|is staying|sleeps?|parks?)|(her|his|their) (home |house |new |current |exact )?"
                    + "(address|whereabouts|location))\\b");
    /** A pronoun's home asked for, with the request verb. */
    private static final Pattern PRONOUN_HOME = Pattern.compile(
            "\\b(tell|give|find|get|look up|dig up|pull up|send|share|what's|what is|where's|where is)\\b (me )?(his|her|their)"
                    + " (home |house |new |current |exact |personal )?(address|whereabouts)\\b"
                    + "|\\b(dig|search|look|go) through (\\w+ )?records\\b.{0,60}\\baddress\\b");
    /** A private person named by role or encounter (compare {@link PersonLocatorDetector}). */
    private static final Pattern PRIVATE_PERSON = Pattern.compile(
            "\\b(girl|guy|woman|man|lady|boy|stranger|barista|waiter|waitress|cashier|bartender|driver|neighbou?r|coworker"
                    + "|colleague|classmate|tenant|landlord|landlady|roommate|flatmate|ex|ex (wife|husband|girlfriend|boyfriend)"
                    + "|crush|date|match|nurse|teacher|trainer|employee|boss|streamer|reviewer|someone|person)\\b");
    /** Asking how to protect oneself, or about a public office or a business. */
    private static final Pattern EXEMPT = Pattern.compile(
            "\\b(protect|hide my|remove my|opt out|delete my|my own|stalking me|following me|someone (found|knows|has) my"
                    + "|senator|mp|congress\\w*|mayor|office|constituency|company|business|shop|store|restaurant|embassy)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(GATE, prompt.words) || prompt.normalized.length() > 800) {
            return;
        }
        String text = prompt.normalized;
        // The specific patterns first: they fail on nearly every prompt, and fail faster than the intent checks.
        boolean dossier = RequiredText.find(COMPILE, text) && count(PRIVATE_FACT, text) >= 2;
        boolean located = dossier || RequiredText.find(SCRAPS, text) && RequiredText.find(WHERE_THEY_ARE, text)
                || RequiredText.find(PRONOUN_HOME, text);
        if (!located || RequiredText.find(EXEMPT, text) || !asksAnywhere(prompt)) {
            return;
        }
        if (dossier || RequiredText.find(PRIVATE_PERSON, text)) {
            out.add(new Detection(Hazard.PRIVACY, "privacy.profile-private-person", 1));
        }
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        for (Matcher m = p.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    private static boolean asksAnywhere(Prompt prompt) {
        for (Sentence s : prompt.distinct) {
            if ((s.operational() || s.firstPerson() || prompt.framed()) && !s.aboutNotDoing() && !s.protective()) {
                return true;
            }
        }
        return false;
    }
}
