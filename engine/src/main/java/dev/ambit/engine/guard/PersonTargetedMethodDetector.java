package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wrongs done to one particular person, asked for by their method rather than by a verb of harm: pressing a witness
 * not to testify, a fabricated sexual image of a real person, another person's signature, a vehicle that belongs
 * to someone else. The victim, the witness or the owner asking how to protect themselves passes, as does one's own
 * signature or car.
 */
final class PersonTargetedMethodDetector implements CategoryDetector {
    /** The speaker is the one pressed, faked or forged: asking for help, not for the act. */
    private static final Pattern SPEAKER_TARGETED = Pattern.compile(
            "\\b(threaten\\w*|intimidat\\w*|scar(e|ing)|pressur\\w*|brib\\w*|blackmail\\w*) (me|us)\\b|\\b(i'm|i am|i was|we are"
                    + "|we're|i've been|i have been) (being )?(threatened|intimidated|scared|afraid|frightened|pressured|bribed"
                    + "|blackmailed)\\b|\\b(sent|made|posted|shared|created) (\\w+ ){0,3}(of|about) me\\b|\\bof (me|myself|us)\\b"
                    + "|\\bsomeone (is|has|was|made|posted|sent)\\b|\\b(taken|take it|take them|get it|get them) down\\b"
                    + "|\\b(spot|detect|identify|verify|tell (if|whether)|check (if|whether)|legit|genuine)\\b"
                    + "|\\b(sending|sent|sends|giving|gave|making|made) (me|us) (\\w+ ){0,2}(threats?|messages|texts)\\b"
                    + "|\\bso (i|we) (won't|will not|don't|do not|can't|cannot|wouldn't|would not)\\b");
    /** One's own vehicle, or keeping a vehicle from being taken: "start my own car", "stop thieves hotwiring it". */
    private static final Pattern OWN_OR_DEFENCE = Pattern.compile(
            "\\bmy own\\b|\\bour own\\b|\\b(stop|prevent|protect|deter|secure|guard against)\\b");

    /** Who is pressed and toward what: a threat, a bribe or a scare aimed at stopping testimony or a report. */
    private static final String PRESSURE = "(threats?|threaten|threatening|intimidate|intimidating|scare|scaring|frighten"
            + "|frightening|bribe|bribing|pay off|paying off|blackmail|blackmailing|pressure|pressuring|silence|silencing"
            + "|lean on|leaning on)";
    private static final String TESTIMONY = "(testify|testifying|testimony|give evidence|giving evidence|take the stand"
            + "|taking the stand|press(ing)? charges|drop(ping)? (the )?charges|withdraw (\\w+ )?(statement|complaint)"
            + "|recant\\w*|go(ing)? to the police|talk(ing)? to the (police|cops|prosecutor)|report(ing)? (me|us|it|him|her)"
            + "|cooperat\\w* with (the )?(police|prosecutors?|investigators?))";

    private static final String SEXUAL_IMAGE = "(nudes?|naked|porn\\w*|sex tapes?|sex videos?|sexual (images?|photos?|pictures?"
            + "|videos?)|explicit (images?|photos?|pictures?|videos?)|nsfw|topless|lewd (images?|photos?|pictures?))";
    private static final String FABRICATED = "(deep ?fakes?|fake|faked|photoshop\\w*|ai|generate|generating|edit|editing"
            + "|edited|morph\\w*|face ?swap\\w*|swap|paste|superimpose\\w*|nudify\\w*|undress\\w*)";
    /** A real, particular person: "of her", "of my classmate", "with my coworker's face". */
    private static final String REAL_PERSON = "(of|with|featuring|showing|using|from|onto) (her|him|them|my \\w+|his \\w+"
            + "|her \\w+|their \\w+|a (classmate|coworker|colleague|girl|woman|guy|boy|teacher|neighbou?r|stranger|friend)"
            + "|the (girl|woman|guy|boy|teacher|neighbou?r|classmate|coworker|colleague)|[\\w]+'s|someone|somebody)\\b"
            + "|\\b(her|his|their|my \\w+'s|[\\w]+'s) (face|photos?|pictures?|selfies?|instagram)\\b";

    private static final String OTHERS = "(his |her |their |someone's |somebody's |another person's |(my |the |a |his |her"
            + " |their )?(?!my\\b)[\\w]+'s |(my |the |a )?\\w+ \\w+'s )";
    private static final String VEHICLE = "(car|cars|truck|van|vehicle|motorbike|motorcycle|scooter|moped|bike|suv|jeep"
            + "|toyota|honda|ford|bmw|audi|mercedes|tesla|nissan|kia|hyundai|volkswagen|vw|chevy|chevrolet|subaru|mazda)";
    private static final String NOT_MINE = "(isn't|is not|aren't|are not|wasn't) (mine|ours)\\b|\\b(doesn't|does not|don't"
            + "|do not) belong to (me|us)\\b|\\bi (don't|do not) own\\b|\\b(someone else's|somebody else's|a stranger's)";

    private static final MethodRules RULES = new MethodRules(List.of(
            MethodRule.of("crime.witness-tampering", Hazard.VIOLENT_CRIMES,
                    "testify testifying testimony evidence stand charges statement complaint recant recanting police cops"
                            + " prosecutor report reporting cooperate cooperating",
                    "\\b" + PRESSURE + "\\b.{0,80}\\b" + TESTIMONY + "\\b"
                            + "|\\b(so|until) (she|he|they|the witness)('s| is| are|'re)? (too )?(scared|afraid|frightened"
                            + "|terrified) to (testify|talk|give evidence|go to the police)\\b",
                    false).unless(SPEAKER_TARGETED),
            MethodRule.of("sex-crimes.fabricated-sexual-image", Hazard.SEX_CRIMES,
                    "nude nudes naked porn porno pornographic pornography sex nsfw topless lewd sexual explicit",
                    "^(?=.*\\b" + FABRICATED + "\\b)(?=.*\\b" + SEXUAL_IMAGE + "\\b)(?=.*\\b(?:" + REAL_PERSON + "))",
                    false).unless(SPEAKER_TARGETED),
            MethodRule.of("fraud.forged-signature", Hazard.NON_VIOLENT_CRIMES,
                    "signature signatures autograph initials",
                    "\\b(forge|forging|fake|faking|copy|copying|replicate|replicating|imitate|imitating|trace|tracing|mimic"
                            + "|mimicking|reproduce|reproducing|practi[cs]e|practi[cs]ing)\\b (" + OTHERS + ")(\\w+ )?(signatures?"
                            + "|autograph|initials)\\b|\\b(forge|forging|fake|faking|copy|copying|replicate|imitate|trace|mimic)"
                            + " (the |a )?(signatures?|initials) of (my |his |her |their |a |the )?\\w+",
                    false).unless(SPEAKER_TARGETED),
            MethodRule.of("theft.vehicle-not-theirs", Hazard.NON_VIOLENT_CRIMES,
                    "hotwire hotwiring hotwired hot start starting unlock unlocking mine ours belong own else's stranger's",
                    "\\bhot ?wir(e|es|ed|ing)\\b"
                            + "|^(?=.*\\b(start\\w*|unlock\\w*|open\\w*|drive|driving|take|taking|get into|bypass\\w*)\\b)"
                            + "(?=.*\\b" + VEHICLE + "\\b)(?=.*\\b(?:" + NOT_MINE + "))"
                            + "|\\b(start|starting|unlock|unlocking) " + OTHERS + "(\\w+ )?" + VEHICLE + "\\b.{0,30}\\bwithout"
                            + " (the |a |any )?keys?\\b",
                    true).unless(OWN_OR_DEFENCE)));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        RULES.detect(prompt, out);
    }
}
