package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.DataCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-person facts in a lower-cased clause: where the user lives, what they do, and the special categories
 * the data bounds govern. Facts about other people ("my friend has diabetes") are not the user's and yield
 * nothing.
 */
final class FactRules {
    /** One phrasing of one kind of fact; group 1 (when present) is the value, otherwise {@code value}. */
    private record Rule(String fact, DataCategory category, Pattern pattern, String value) {}

    private static final String I_AM = "(?:^|\\b)(?:i'?m|i am|i'?ve been|i have been|i identify as|i was born|im)\\s+(?:a |an |"
            + "also |actually |proudly |openly |practising |practicing |devout |currently |now )*";
    private static final String HEALTH = "diabetes|asthma|cancer|depression|anxiety|adhd|add|autism|epilepsy|hiv|aids|"
            + "arthritis|migraines?|high blood pressure|hypertension|c[oe]eliac(?: disease)?|crohn'?s(?: disease)?|"
            + "multiple sclerosis|ms|long covid|bipolar(?: disorder)?|ptsd|ocd|dyslexia|a heart condition|heart disease|"
            + "insomnia|eczema|psoriasis|schizophrenia|an eating disorder|anorexia|bulimia|dementia|parkinson'?s|"
            + "alzheimer'?s|lupus|fibromyalgia|chronic (?:pain|fatigue)|a disability|hearing loss|tinnitus|"
            + "(?:a |an )?(?:\\w+ )?allerg(?:y|ies)(?: to \\w+)?|covid|a chronic illness|kidney disease|thyroid \\w+|"
            + "(?:type [12] )?diabetes|a mental illness|sleep apnea|endometriosis|pcos|ibs|cystic fibrosis|anemia|anaemia";

    private static final List<Rule> RULES = List.of(
            // health
            rule("condition", DataCategory.HEALTH, "\\b(?:i have|i'?ve got|i got|i suffer from|i(?:'m| am) suffering from|"
                    + "i was diagnosed with|i'?ve been diagnosed with|i live with|i(?:'m| am) living with|i(?:'m| am) recovering "
                    + "from|i struggle with|i(?:'m| am) being treated for|i deal with) ((?:type [12] |severe |mild |chronic )?(?:"
                    + HEALTH + "))\\b"),
            rule("condition", DataCategory.HEALTH, I_AM + "(diabetic|asthmatic|epileptic|pregnant|autistic|depressed|deaf|"
                    + "blind|disabled|bipolar|dyslexic|anorexic|hiv[- ]positive|immunocompromised|in a wheelchair|"
                    + "a wheelchair user|an amputee|on dialysis|in therapy|in recovery|a recovering alcoholic|sober|"
                    + "allergic to \\w+|lactose intolerant|gluten intolerant|on the autism spectrum)\\b"),
            rule("medication", DataCategory.HEALTH, "\\bi (?:take|am taking|'m taking|am on|'m on) ((?:insulin|metformin|"
                    + "antidepressants|sertraline|prozac|fluoxetine|lithium|methadone|chemo(?:therapy)?|statins|"
                    + "blood thinners|warfarin|an inhaler|hrt|prep|antipsychotics|ritalin|adderall|levothyroxine))\\b"),
            rule("condition", DataCategory.HEALTH, "\\bmy (?:therapist|psychiatrist|oncologist|diagnosis|chemo|"
                    + "blood sugar|insulin|medication)\\b", "mentioned their treatment"),
            // religion
            rule("religion", DataCategory.RELIGION, I_AM + "(muslim|christian|catholic|jewish|hindu|buddhist|sikh|atheist|"
                    + "agnostic|protestant|mormon|orthodox christian|evangelical|baptist|methodist|anglican|quaker|jain|"
                    + "pagan|shinto|taoist|lutheran|a jehovah'?s witness|religious)\\b"),
            rule("religion", DataCategory.RELIGION, "\\b(?:i (?:go to|attend|pray at) (?:the )?(church|mosque|synagogue|"
                    + "temple|mass|gurdwara)|i (?:keep|eat) (kosher|halal)|i(?:'m| am) fasting for (ramadan|lent|yom kippur)|"
                    + "i pray (?:five times|daily|every day))"),
            rule("religion", DataCategory.RELIGION, "\\bmy (?:faith|religion|religious beliefs?)\\b", "mentioned their faith"),
            // sexuality
            rule("sexuality", DataCategory.SEXUALITY, I_AM + "(gay|lesbian|bisexual|bi|queer|straight|asexual|ace|pansexual|"
                    + "heterosexual|homosexual|trans|transgender|non-binary|nonbinary)\\b(?! (?:to|about|up|with))"),
            rule("sexuality", DataCategory.SEXUALITY, "\\bi(?:'m| am) (?:attracted to|dating) (men|women|both)\\b"),
            rule("sexuality", DataCategory.SEXUALITY, "\\bmy (?:husband|wife|partner) and i are (?:both )?(men|women)\\b"),
            // politics
            rule("politics", DataCategory.POLITICS, "\\bi (?:vote|voted|always vote|will vote)(?: for)? (?:the )?([\\w ]{2,30}?)"
                    + "(?: party)?(?:$|,| because| since)"),
            rule("politics", DataCategory.POLITICS, I_AM + "(?:member of the |supporter of the )?(socialist|conservative|liberal|"
                    + "progressive|libertarian|communist|republican|democrat|tory|labour (?:supporter|voter|member)|"
                    + "green (?:party )?(?:supporter|voter|member)|left[- ]wing|right[- ]wing|marxist|anarchist|"
                    + "centrist|social democrat|nationalist|feminist activist)\\b"),
            rule("politics", DataCategory.POLITICS, "\\b(?:i(?:'m| am) a member of|i support|i belong to) (?:the )?"
                    + "([\\w ]{2,30}? party)\\b"),
            rule("politics", DataCategory.POLITICS, "\\bmy (?:political (?:views|beliefs|party)|politics)\\b",
                    "mentioned their politics"),
            // ethnicity
            rule("ethnicity", DataCategory.ETHNICITY, I_AM + "(?:of )?([\\w -]{2,30}?) (?:descent|heritage|origin|ancestry|"
                    + "background)\\b"),
            rule("ethnicity", DataCategory.ETHNICITY, I_AM + "(black|white|asian|hispanic|latino|latina|latinx|arab|"
                    + "mixed[- ]race|biracial|indigenous|aboriginal|roma|romani|first nations|pacific islander|"
                    + "south asian|east asian|african american|caucasian)\\b"),
            rule("ethnicity", DataCategory.ETHNICITY, "\\bmy (?:ethnicity|race|ethnic background) is ([\\w -]{2,30})"),
            // union
            rule("union", DataCategory.UNION_MEMBERSHIP, "\\b(?:i(?:'m| am) (?:a |an )?(?:member of (?:the |a )?|in (?:the |a )?)"
                    + "([\\w ]{0,30}?(?:trade )?union)|i(?:'m| am) (?:a |an )?(union (?:member|rep|representative)|shop steward)|"
                    + "i belong to (?:the |a )?([\\w ]{0,30}?union))\\b"),
            // biometrics and genetics
            rule("biometrics", DataCategory.BIOMETRICS, "\\bmy (fingerprints?|face ?id|iris scan|voiceprint|retina scan)\\b"),
            rule("genetics", DataCategory.GENETICS, "\\b(?:i carry (?:the )?([\\w-]+ (?:gene|mutation|variant))|"
                    + "my (dna|genome|genetic test)(?: results?)?)\\b"),
            // ordinary facts
            rule("location", null, "\\bi(?:'m| am)? ?(?:live|living|based|located|staying|settled)(?: now)? "
                    + "in ([\\p{L} .'-]{2,40}?)(?: now| these days| at the moment| currently)?$"),
            rule("location", null, "\\bi (?:moved|relocated) to ([\\p{L} .'-]{2,40}?)(?: recently| last \\w+)?$"),
            rule("hometown", null, "\\b(?:i(?:'m| am) from|i come from|i grew up in|my home ?town is) "
                    + "([\\p{L} .'-]{2,40})$"),
            rule("occupation", null, "\\b(?:i work as|i(?:'m| am) working as|my job is|my profession is|"
                    + "i(?:'m| am)|im) (?:a |an )?(?:senior |junior |trainee |student |retired |qualified |registered |experienced |"
                    + "seasoned |freelance |lead |principal |staff |professional )?"
                    + "(nurse|doctor|gp|teacher|engineer|software (?:engineer|developer)|developer|programmer|lawyer|solicitor|"
                    + "barrister|accountant|scientist|data scientist|researcher|designer|chef|cook|farmer|pharmacist|physician|"
                    + "surgeon|midwife|paramedic|carer|social worker|journalist|writer|author|architect|electrician|plumber|"
                    + "mechanic|pilot|police officer|firefighter|librarian|dentist|vet|veterinarian|therapist|psychologist|"
                    + "student|professor|lecturer|translator|musician|artist|photographer|consultant|manager|"
                    + "civil servant|student nurse|medical student|phd student|sysadmin|devops engineer|physiotherapist|"
                    + "optician|cleaner|driver|electrical engineer|mathematician|historian|economist|biologist|chemist|"
                    + "physicist|clinician|radiologist|care worker|shop assistant|barista|waiter|waitress|receptionist|"
                    + "entrepreneur|retiree|homemaker|stay-at-home (?:mum|mom|dad|parent))\\b(?! (?:book|show|game|movie))"),
            rule("occupation", null, "\\bi(?:'m| am) retired\\b", "retired"),
            rule("employer", null, "\\bi work (?:at|for) ([\\p{L}0-9&.' -]{2,40})$"),
            rule("diet", null, I_AM + "(vegetarian|vegan|pescatarian|teetotal)\\b"),
            rule("age", null, "\\bi(?:'m| am) (\\d{1,3})(?: years old| yrs old| y/?o)?$"),
            rule("family", null, "\\bi have (?:a |an |one |two |three |four |\\d+ )(?:little |young |grown[- ]up )?"
                    + "((?:son|daughter|kid|child|children|kids|sons|daughters|twins|baby|grandchildren|grandkids)\\b[\\w ]{0,20})"),
            rule("pets", null, "\\bi have (?:a |an |one |two |three |\\d+ )((?:dog|cat|puppy|kitten|dogs|cats|"
                    + "rabbit|hamster|parrot|horse)s?\\b[\\w ]{0,20})"),
            rule("name", null, "\\bmy name is ([\\p{L}' -]{1,40})$"),
            rule("birthday", null, "\\bmy birthday is ([\\w ,]{3,30})$"));

    private FactRules() {}

    private static Rule rule(String fact, DataCategory category, String regex) {
        return new Rule(fact, category, Pattern.compile(regex), null);
    }

    private static Rule rule(String fact, DataCategory category, String regex, String value) {
        return new Rule(fact, category, Pattern.compile(regex), value);
    }

    /** One fact found: its name, value and category. */
    record Found(String fact, String value, DataCategory category) {}

    /**
     * Facts stated in a lower-cased clause; {@code original} is the same clause with its case kept, so names and
     * places keep their capitals.
     */
    static List<Found> match(String clause, String original) {
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (found.stream().anyMatch(f -> f.fact().equals(rule.fact()))) {
                continue;
            }
            Matcher m = rule.pattern().matcher(clause);
            if (m.find()) {
                String value = rule.value();
                if (value == null) {
                    value = firstGroup(m, clause, original);
                }
                if (value != null && !value.isBlank()) {
                    found.add(new Found(rule.fact(), value.strip(), rule.category()));
                }
            }
        }
        return found;
    }

    private static String firstGroup(Matcher m, String clause, String original) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                boolean sameShape = original.length() == clause.length();
                return sameShape ? original.substring(m.start(g), m.end(g)) : m.group(g);
            }
        }
        return m.group().strip();
    }
}
