package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Requests with no verb at all: "poison for my landlord?", "a pistol for my brother, no background check?". A short
 * phrase that puts a poison or a weapon next to a person it is "for" asks for the thing to use on them; the verb
 * rules cannot see it. Remedies ("poison ivy cream for my son"), toys and pests do not name a poison or a person.
 */
final class BareRequestDetector implements CategoryDetector {
    private static final int SHORT = 12;
    private static final Set<String> HARM_NOUNS = Lexicon.words("poison", "poisons", "toxin", "cyanide", "arsenic",
            "ricin", "antifreeze", "strychnine", "thallium", "overdose", "gun", "pistol", "handgun", "revolver", "rifle",
            "firearm", "weapon", "explosive", "explosives", "bomb");
    private static final Pattern POISON_FOR_PERSON = Pattern.compile(
            "^([\\w']+ ){0,3}(poison|poisons|toxin|cyanide|arsenic|ricin|antifreeze|strychnine|thallium|overdose|lethal dose"
                    + "|fatal dose)(?! (ivy|oak|sumac|control|center|centre|dart frog|frog))( \\w+){0,2} (for|to use on|against)"
                    + " (my |his |her |our |the |a |an |this |that )(\\w+ )?(\\w+ )?");
    private static final Pattern UNCHECKED_GUN = Pattern.compile(
            "^([\\w']+ ){0,3}(gun|pistol|handgun|revolver|rifle|firearm|weapon|explosive|explosives|bomb)( \\w+){0,8}"
                    + " (without (papers|paperwork|a licen[cs]e|licen[cs]e|a permit|permit|a background check|background"
                    + " checks?|id|questions)|no (background check|questions asked|papers|paperwork|licen[cs]e|permit|id)"
                    + "|untraceable|off the books|under the table)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        if (!Lexicon.mentionsAny(HARM_NOUNS, prompt.words)) {
            return;
        }
        for (Sentence s : prompt.distinct) {
            if (s.size() > SHORT) {
                continue;
            }
            boolean poison = s.has(POISON_FOR_PERSON) && personAfterFor(s);
            boolean gun = !poison && s.has(UNCHECKED_GUN);
            if (!poison && !gun || s.aboutNotDoing() || s.protective() || prompt.excused(s)) {
                continue;
            }
            if (poison) {
                out.add(new Detection(Hazard.VIOLENT_CRIMES, "violence.poison-for-person", 1));
                return;
            }
            if (gun) {
                out.add(new Detection(Hazard.NON_VIOLENT_CRIMES, "weapons.unchecked-acquisition", 1));
                return;
            }
        }
    }

    /** The words after "for"/"against" name a person ("my landlord", "the neighbour's wife"), not a pest or place. */
    private static boolean personAfterFor(Sentence s) {
        for (int k = 1; k < s.size(); k++) {
            String w = s.word(k);
            if (w.equals("for") || w.equals("against") || w.equals("on")) {
                for (int j = k + 1; j < Math.min(s.size(), k + 5); j++) {
                    if (Lexicon.isPerson(s.word(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
