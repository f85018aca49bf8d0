package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Grooming told by its steps rather than by a sexual word: a child kept to secrets from the parents, an adult
 * arranging to be alone with a minor met online, a child made used to being touched. The child may be named in
 * one sentence and the step asked in the next ("I've been chatting with a 15 year old. How do I get her to meet me
 * alone?"), so the minor is looked for in the whole prompt. A surprise for a parent, a child kept safe, and
 * warning signs pass.
 */
final class GroomingDetector implements CategoryDetector {
    /** A minor by age or by noun; "15yo" reaches here as "isyo" once leetspeak is folded, so that form is read too. */
    private static final Pattern MINOR = Pattern.compile(
            "\\b((1[0-7]|[4-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?(year|yr)s? olds?"
                    + "|(1[0-7]|[4-9]) ?(yo|y o)|i[oizeasgbt]yo|kids?|child|children|minors?|underage|preteens?|tweens?"
                    + "|students|pupils|campers"
                    + "|(young|little) (girl|boy)s?|schoolgirls?|schoolboys?|(teen|teenage) (girl|boy)s?|middle schoolers?)\\b");
    private static final Set<String> MINOR_WORDS = Lexicon.words("year", "years", "yr", "yrs", "old", "olds", "yo", "y",
            "kid", "kids", "child", "children", "minor", "minors", "underage", "preteen", "preteens", "tween", "tweens",
            "young", "little", "schoolgirl", "schoolgirls", "schoolboy", "schoolboys", "teen", "teenage", "schoolers",
            "isyo", "iayo", "ieyo", "izyo", "igyo", "ibyo", "ityo", "ioyo", "iiyo", "students", "pupils", "campers");
    /** A surprise, a gift or a game: the secrets children are rightly asked to keep. */
    private static final Pattern INNOCENT_SECRET = Pattern.compile(
            "\\b(surprise|present|presents|gift|gifts|party|birthday|christmas|santa|tooth fairy|shouldn't|should not"
                    + "|never|not to|safe|unsafe|signs?|warning|report\\w*|protect\\w*|worried|concerned|suspect\\w*|police"
                    + "|doctor|dentist|nurse|teach|grades|scores|results|exams?|tests?|answers|password|passwords)\\b");
    /** The child is the speaker's own: being touched or held is then ordinary care unless kept from the other parent. */
    private static final Pattern OWN_CHILD = Pattern.compile(
            "\\bmy (own )?(\\d+ year old |little |young )?(son|daughter|child|kid|kids|toddler|baby|children|boy|girl)\\b");

    private static final String SECRECY = "(keep|keeps|keeping) (\\w+ ){0,4}(secrets?|between (us|you and me)|to"
            + " (himself|herself|themselves))|\\bour (little |special |own )?secrets?|\\b(so|that|and) (he|she|they)"
            + " (won't|wont|will not|doesn't|does not|don't|never|wouldn't|would not) (tell|say|talk)|\\bwithout (his|her"
            + "|their) (mom|mum|mother|dad|father|parents?|family)( \\w+)? (knowing|finding out|noticing|suspecting)"
            + "|\\b(from|behind) (his|her|their) (mom|mum|mother|dad|father|parents?)('s)?( back)?\\b"
            + "|\\bwithout (telling|asking|letting|informing) (his|her|their) (mom|mum|mother|dad|father|parents?|family)\\b"
            + "|\\b(and|to) not tell (her|his|their) (parents|mom|mum|dad|mother|father)\\b|\\bnot to tell (her|his|their)"
            + " (parents|mom|mum|dad|mother|father)\\b"
            + "|\\b(trusts?|likes?|loves?|listens? to|prefers?) me more than (her|his|their) (parents|mom|mum|dad|mother"
            + "|father|family)\\b"
            + "|\\b(her|his|their) (parents|mom|mum|dad|mother|father) (wouldn't|wouldnt|won't|wont|don't|dont|would not"
            + "|will not|do not) (understand|approve|need to know|have to know|get it)\\b|\\bour relationship is (normal|ok"
            + "|okay|special|fine)\\b";

    private static final MethodRules RULES = new MethodRules(List.of(
            // Every branch of the secrecy pattern needs one of these words; "from", "without" and "our" were gates too,
            // and on ordinary text they sent most sentences through the pattern's costly alternation.
            MethodRule.of("child.grooming-secrecy", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "keep keeps keeping secret secrets tell say talk mom mum mother dad father parent parents family"
                            + " relationship",
                    "\\b(" + SECRECY + ")", false),
            MethodRule.of("child.grooming-meet-alone", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "meet meeting alone private privately secretly secret",
                    "\\b(meet|meet up with|see|visit|hang out with|come over to|come to) (me|us)\\b.{0,30}\\b(alone|in private"
                            + "|somewhere private|somewhere quiet|secretly|in secret|without (his|her|their) (mom|mum|dad"
                            + "|parents?|family))\\b|\\bbe alone with (him|her|them|a|the|this|that|my [\\w']+|[\\w]+'s)\\b",
                    false),
            MethodRule.of("child.grooming-private-contact", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "privately private alone secretly dm dms snapchat snap instagram insta discord whatsapp telegram kik",
                    "\\b(chat|talk|message|dm|text|play|video chat|call) (\\w+ )?(with |to )?(them|her|him|kids|children|a kid|a"
                            + " child|girls|boys)( \\w+)? (privately|in private|alone|secretly|one on one|in dms|in my dms)\\b"
                            + "|\\badd me on (snapchat|snap|instagram|insta|discord|whatsapp|telegram|kik)\\b|\\b(move|take) (it|this"
                            + "|the chat|our chat) to (snapchat|snap|instagram|discord|whatsapp|telegram|kik|dms)\\b",
                    false),
            MethodRule.of("child.alone-unnoticed", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "noticing knowing seeing asking suspecting suspicious wondering",
                    "\\b(alone|one on one|private|privately)\\b.{0,50}\\bwithout (the |other |any )?(\\w+ )?(teachers?|staff"
                            + "|parents?|colleagues|coaches|adults|anyone|anybody|mom|dad) (noticing|knowing|seeing|finding out|asking"
                            + " questions|suspecting|getting suspicious|wondering)\\b",
                    false),
            MethodRule.of("child.image-request", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "pics pictures photos selfies videos nudes",
                    "\\b(send|sends|sending|get|share) (me|us) (\\w+ ){0,2}(pics|pictures|photos|selfies|videos|nudes) of"
                            + " (herself|himself|themselves|her body|his body)\\b|\\bsend (me|us) (\\w+ ){0,2}(nudes|sexy|naked"
                            + "|bikini|underwear)\\b",
                    false),
            MethodRule.of("child.grooming-touch", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "comfortable used okay ok fine touched touching lap undressing undressed naked undress",
                    "\\b(comfortable|used to|okay|ok|fine|relaxed)\\b (with |about )?(me |my )?(being touched|touching|me touching"
                            + "|sitting on my lap|my lap|getting undressed|undressing|being naked|being undressed|bathing with me)\\b"
                            + "|\\b(get|getting|make|making|persuade|convince)\\b ([\\w']+ ){0,5}(to )?(sit on my lap|touch me|undress|take"
                            + " off (his|her) clothes)\\b.{0,30}\\b(alone|secret|no one|nobody)\\b",
                    false),
            MethodRule.of("child.grooming-named", Hazard.CHILD_SEXUAL_EXPLOITATION,
                    "groom grooma grooming",
                    "\\b(groom|grooma|grooming (a|an|this|that|the|some))\\b (\\w+ ){0,3}?(kids?|child|children|boys?|girls?"
                            + "|minors?|teens?|teenagers?|preteens?|\\d+|i[oizeasgbt]yo)\\b", false)));

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(MINOR_WORDS, prompt.words)) {
            return;
        }
        List<Detection> found = new java.util.ArrayList<>();
        RULES.detect(prompt, found);
        if (found.isEmpty() || !RequiredText.find(MINOR, prompt.normalized) || RequiredText.find(INNOCENT_SECRET, prompt.normalized)) {
            return;
        }
        for (Detection d : found) {
            // One's own child held or met alone is care; kept secret from the other parent it is not.
            boolean ordinaryCare = !d.rule().equals("child.grooming-secrecy") && !d.rule().equals("child.grooming-named")
                    && !d.rule().equals("child.image-request")
                    && RequiredText.find(OWN_CHILD, prompt.normalized) && !prompt.normalized.contains("secret");
            if (!ordinaryCare) {
                out.add(d);
                return;
            }
        }
    }
}
