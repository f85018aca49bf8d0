package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplyFeaturesTest {
    @Test
    void shortBulletedReplyWithEmoji_isMeasuredAsSuch() {
        ReplyFeatures f = ReplyFeatures.of("Here you go:\n- the first point is this\n- the second point is that\n- done \uD83D\uDE00");
        assertEquals(3, f.bulletLines());
        assertEquals(1, f.emoji());
        assertEquals("short", f.observed().get(Dimension.VERBOSITY));
        assertEquals("bullets", f.observed().get(Dimension.FORMAT));
        assertEquals("some", f.observed().get(Dimension.EMOJI));
    }

    @Test
    void germanProse_isDetectedAsGerman() {
        ReplyFeatures f = ReplyFeatures.of("Das ist eine gute Frage. Ich denke, die Antwort ist nicht so einfach, "
                + "und wir sollten mit der Geschichte beginnen, die zu dem Problem führt.");
        assertEquals("de", f.language());
        assertEquals("prose", f.observed().get(Dimension.FORMAT));
    }

    @Test
    void readingLevel_separatesSimpleFromTechnicalText() {
        ReplyFeatures simple = ReplyFeatures.of("The cat sat on the mat. It was a big cat. The cat was red. "
                + "It had a hat. The hat was fun. The cat ran to the sun.");
        ReplyFeatures technical = ReplyFeatures.of("Pharmacokinetic variability necessitates individualised "
                + "therapeutic monitoring, particularly regarding immunosuppressive medications administered "
                + "concurrently with cytochrome inhibitors, considering interindividual metabolic heterogeneity and "
                + "nonlinear elimination characteristics documented pharmacologically.");
        assertEquals("beginner", simple.observed().get(Dimension.EXPERTISE));
        assertEquals("expert", technical.observed().get(Dimension.EXPERTISE));
        assertTrue(ReplyFeatures.of("").observed().isEmpty());
    }
}
