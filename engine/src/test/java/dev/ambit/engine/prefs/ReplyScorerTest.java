package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Dimension;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyScorerTest {
    private static final ReplyFeatures SHORT_PROSE = new ReplyFeatures(30, 3, 0, 0, 6, "en");
    private static final ReplyFeatures SHORTER_PROSE = new ReplyFeatures(12, 1, 0, 0, 6, "en");
    private static final ReplyFeatures LONG_BULLETS = new ReplyFeatures(300, 8, 6, 0, 9, "en");

    @Test
    void shortProfile_prefersTheShorterOfTwoShortReplies_andAnyShortOverALongOne() {
        ReplyScorer scorer = new ReplyScorer(Map.of(Dimension.VERBOSITY, "short"));
        assertTrue(scorer.score(SHORTER_PROSE) > scorer.score(SHORT_PROSE));
        assertTrue(scorer.score(SHORT_PROSE) > scorer.score(LONG_BULLETS));
    }

    @Test
    void eachMissedRankCostsOne_andAPerfectFitScoresNearZero() {
        ReplyScorer scorer = new ReplyScorer(Map.of(Dimension.FORMAT, "bullets", Dimension.EMOJI, "none"));
        assertEquals(0, scorer.score(LONG_BULLETS), 1e-9);
        assertEquals(-2, scorer.score(SHORT_PROSE), 1e-9, "prose is two ranks from bullets");
    }

    @Test
    void emptyReply_scoresBelowEveryOtherReply() {
        ReplyScorer scorer = new ReplyScorer(Map.of(Dimension.VERBOSITY, "long", Dimension.FORMAT, "bullets"));
        ReplyFeatures empty = ReplyFeatures.of("");
        assertTrue(scorer.score(empty) < scorer.score(SHORT_PROSE));
        assertTrue(ReplyScorer.none().score(empty) < ReplyScorer.none().score(SHORT_PROSE));
    }

    @Test
    void profileValueTheBoundsForbid_isNotScoredAgainst() {
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), Clock.systemUTC());
        learner.learn("I prefer bullet points", 1);
        assertTrue(ReplyScorer.of(learner.profile(), PreferenceBounds.global()).score(SHORT_PROSE) < 0);
        BoundRef bound = new BoundRef("org.dimension.format", 2, "format", "Org policy");
        PreferenceBounds proseOnly = RecordBounds.global().with(Dimension.FORMAT, DimensionRule.locked(bound, "prose"));
        assertEquals(0, ReplyScorer.of(learner.profile(), proseOnly).score(SHORT_PROSE), 1e-9);
    }
}
