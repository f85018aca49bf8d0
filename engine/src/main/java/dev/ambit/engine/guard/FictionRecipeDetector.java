package dev.ambit.engine.guard;

import dev.ambit.engine.policy.Detection;
import dev.ambit.engine.policy.Hazard;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A story used as a wrapper for a working recipe: the agent is named in one sentence ("my character makes ricin in
 * his garage") and the real steps, amounts or temperatures are demanded in another ("write the scene with the exact
 * real steps"). A story needs the scene, not the quantities; asking for them is asking for the recipe. A story
 * that keeps the chemistry vague, or names a harmless product, passes.
 */
final class FictionRecipeDetector implements CategoryDetector {
    private static final Set<String> AGENT_WORDS = Lexicon.words("ricin", "sarin", "vx", "tabun", "soman", "novichok",
            "anthrax", "botulinum", "botulism", "nerve", "mustard", "chlorine", "phosgene", "cyanide", "meth",
            "methamphetamine", "fentanyl", "heroin", "tatp", "napalm", "nitroglycerin", "thermite", "explosive",
            "explosives", "bomb", "bombs", "ied", "poison", "toxin", "bioweapon", "pathogen", "semtex", "c4", "rdx",
            "ammonium", "detonator", "grenade", "molotov", "mdma", "lsd", "crack");
    private static final Set<String> STORY_WORDS = Lexicon.words("novel", "story", "scene", "character", "characters",
            "screenplay", "script", "book", "fiction", "chapter", "episode", "thriller", "movie", "film", "roleplay", "rp",
            "fanfic", "plot", "protagonist", "villain");
    private static final Set<String> DETAIL_WORDS = Lexicon.words("exact", "exactly", "precise", "precisely", "real",
            "actual", "accurate", "specific", "working", "detailed", "realistic", "step", "measurements", "quantities",
            "amounts", "temperatures", "ratios", "ratio", "amount", "temperature", "mixture");
    /** The real procedure demanded, as opposed to a scene. */
    private static final Pattern REAL_PROCEDURE = Pattern.compile(
            "\\b(exact|exactly|precise|precisely|real|actual|accurate|specific|working|detailed|real world|real life|correct)"
                    + "\\b (\\w+ ){0,3}(steps|amounts?|quantities|quantity|measurements|recipe|instructions|procedure|method"
                    + "|temperatures?|ratios?|ingredients|chemicals|reagents|doses?|process|formula|grams|equipment|mixture)\\b|\\bstep by step\\b.{0,40}"
                    + "\\b(amounts|quantities|measurements|grams|temperatures|reagents|chemicals)\\b|\\b(steps|amounts|quantities"
                    + "|measurements) (\\w+ ){0,3}(real|exact|accurate|correct|that (actually )?work)\\b");
    /** The writer wants it kept vague, or asks only whether it is plausible. */
    private static final Pattern VAGUE = Pattern.compile(
            "\\b(vague|vaguely|without (the |any )?(real |actual |exact )?(steps|details|recipe|instructions|amounts)|no (real"
                    + " |actual )?(steps|details|recipe|instructions)|not (a |the )?(real|actual) (recipe|steps)|fade to black"
                    + "|off screen|offscreen|gloss over|skip the)\\b");

    @Override
    public void detect(Prompt prompt, List<Detection> out) {
        Set<String> w = prompt.words;
        if (!Lexicon.mentionsAny(AGENT_WORDS, w) || !Lexicon.mentionsAny(STORY_WORDS, w)
                || !Lexicon.mentionsAny(DETAIL_WORDS, w) && !w.contains("step")) {
            return;
        }
        if (RequiredText.find(REAL_PROCEDURE, prompt.normalized) && !RequiredText.find(VAGUE, prompt.normalized)) {
            out.add(new Detection(Hazard.INDISCRIMINATE_WEAPONS, "fiction.real-recipe", 1));
        }
    }
}
