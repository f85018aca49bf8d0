package dev.ambit.engine.guard;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An injury that already happened, asked about to treat it: "burned my hand on the stove, ice or butter?", "my son
 * cut his finger, does it need stitches?". The verb of harm is in the past and the question is first aid, so the
 * prompt is neither self-harm nor violence — unless the speaker says it was meant or wants it hidden.
 */
final class InjuryCare {
    private InjuryCare() {}

    private static final Pattern INJURY = Pattern.compile(
            "\\b(cut|burned|burnt|scalded|hit|bashed|knocked|sliced|scraped|grazed|bumped|banged|twisted|sprained|broke|jammed|stubbed"
                    + "|pricked|nicked|smashed|crushed|caught|trapped|slammed) (my|his|her|their|our) (own )?(\\w+ )?"
                    + "(hand|hands|finger|fingers|thumb|thumbs|arm|arms|leg|legs|foot|feet|toe|toes|knee|knees|head|face"
                    + "|lip|lips|wrist|wrists|ankle|ankles|elbow|tongue|palm|shin|forehead|chin|nose|eye|ear|back|skin"
                    + "|fingertip|knuckle|knuckles)\\b|\\b(cut|burned|burnt|scalded|nicked|sliced) (myself|himself|herself) (while |when |on "
                    + "|with )?(slicing|chopping|cutting|shaving|cooking|opening|peeling|carving|baking|ironing|gardening)\\b");
    private static final Pattern CARE = Pattern.compile(
            "\\b(stitch|stitches|ice|butter|bandage|plaster|band aid|bandaid|heal|heals|healing|infected|infection"
                    + "|swollen|swelling|blister|blisters|ointment|antiseptic|aloe|a&e|er|urgent care|doctor|gp|hospital"
                    + "|first aid|cold water|tetanus|scar|disinfect|clean (it|the (cut|wound|burn))|x ray|bleeding|broken"
                    + "|sprained|fractured|splint|numb|throbbing|hurts|stinging|stings|sore|red|swollen|what (do|should) i do|worry|worried|concussion|sleepy|dizzy"
                    + "|vomiting|throwing up|seems fine|symptoms|watch for|look out for)\\b");
    /** The speaker meant it, means to again, or wants it hidden: not an accident to treat. */
    private static final Pattern MEANT = Pattern.compile(
            "\\b(on purpose|deliberately|intentionally|again and again|hide|hiding|cover (it )?up|nobody (sees|notices)"
                    + "|no one (sees|notices)|make it look|pretend|deeper|worse|so it|so that|punish|wanted to)\\b");
    private static final Set<String> CUES = Lexicon.words(
            "stitch", "stitches", "ice", "butter", "bandage", "plaster", "heal", "healing", "infected", "infection",
            "swollen", "swelling", "blister", "doctor", "hospital", "aid", "scar", "bleeding", "broken", "tetanus",
            "ointment", "antiseptic", "aloe", "er", "gp", "disinfect", "clean", "ray", "sprained", "fractured",
            "splint", "numb", "throbbing", "hurts", "bandaid", "care", "stinging", "stings", "sore", "red", "do", "worry",
            "worried", "concussion", "sleepy", "dizzy", "vomiting", "fine", "symptoms", "watch");

    /**
     * Whether {@code s} tells of an injury that has already happened and the prompt asks how to treat it. The injury
     * must be in the sentence judged, so first aid asked in one sentence excuses no other sentence's request.
     */
    static boolean asked(Prompt prompt, Sentence s) {
        return Lexicon.mentionsAny(CUES, prompt.words) && s.has(INJURY) && CARE.matcher(prompt.normalized).find()
                && !MEANT.matcher(prompt.normalized).find();
    }
}
