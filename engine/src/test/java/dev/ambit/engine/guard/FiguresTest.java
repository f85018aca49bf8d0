package dev.ambit.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Figures are tried only where one of their lead words occurs; that must rewrite exactly what the figure's pattern
 * would rewrite anywhere in the text.
 */
class FiguresTest {
    /** The two "shape" figures' patterns as written in {@link Figures}, applied everywhere. */
    private static final Pattern SHAPED = Pattern.compile("\\b(guns?|pistols?|rifles?|revolvers?|handguns?|bombs?"
            + "|grenades?|knife|knives|swords?|daggers?|missiles?|rockets?|bullets?|ak 47|ar 15|uzi)(?= shaped\\b)");
    private static final Pattern SHAPE_OF = Pattern.compile("(?<=\\b(shaped like|in the shape of|the shape of) (a |an )?)"
            + "(guns?|pistols?|rifles?|revolvers?|handguns?|bombs?|grenades?|knife|knives|swords?|daggers?|missiles?"
            + "|rockets?|bullets?)\\b");

    @Test
    void weaponShapedNovelty_isRewritten_whereverTheWeaponWordStands() {
        assertEquals("i want a novelty shaped cookie cutter", Figures.literalize("i want a gun shaped cookie cutter"));
        assertEquals("a cake in the shape of a novelty for my dad",
                Figures.literalize("a cake in the shape of a grenade for my dad"));
        assertEquals("it has begun shaped like a circle", Figures.literalize("it has begun shaped like a circle"));
    }

    @Test
    void leadWordSearch_rewritesWhatThePatternRewritesAnywhere() {
        List<String> pieces = List.of("gun", "guns", "begun", "shaped", "like", "a", "an", "the", "shape", "of", "in",
                "knife", "knives", "bullets", "cake", "ak", "47", "rocket", "rockets", "shotgun", "uzi", "cookie", "my");
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, words = 3 + random.nextInt(10); w < words; w++) {
                text.append(w == 0 ? "" : " ").append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            String expected = SHAPE_OF.matcher(SHAPED.matcher(t).replaceAll("novelty")).replaceAll("novelty");
            if (!t.contains("shape")) {
                expected = t;
            }
            assertEquals(expected, Figures.literalize(t), t);
        }
    }
}
