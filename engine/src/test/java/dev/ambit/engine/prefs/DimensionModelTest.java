package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.Dimension;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionModelTest {
    private static final List<String> VERBOSITY = Dimension.VERBOSITY.vocabulary();

    @Test
    void evidenceOfTheEarlierLearner_keepsItsRanking() {
        DimensionModel legacy = DimensionModel.fromJson(Dimension.VERBOSITY,
                "{\"evidence\":2,\"utility\":{\"short\":-1.2,\"medium\":0.3,\"long\":2.4}}");
        assertEquals(List.of("long", "medium", "short"), legacy.ranking(VERBOSITY));
        assertEquals(2, legacy.evidence());
    }

    @Test
    void posterior_survivesTheJsonRoundTrip() {
        DimensionModel model = new DimensionModel(Dimension.VERBOSITY);
        model.prefer("short", "medium", VERBOSITY);
        model.rate("long", false, VERBOSITY);
        DimensionModel read = DimensionModel.fromJson(Dimension.VERBOSITY, model.toJson());
        assertEquals(model.confidence(VERBOSITY), read.confidence(VERBOSITY), 1e-12);
        assertEquals(model.ranking(VERBOSITY), read.ranking(VERBOSITY));
    }

    @Test
    void pickOnAnOrderedDimension_favoursTheValuesOnTheWinnersSide() {
        DimensionModel model = new DimensionModel(Dimension.VERBOSITY);
        model.prefer("medium", "short", VERBOSITY);
        double[] p = model.posterior(VERBOSITY);
        assertTrue(p[1] > p[0] && p[2] > p[0], "medium over short rules short out, not long: " + java.util.Arrays.toString(p));
        assertEquals(p[1], p[2], 1e-12, "medium and long explain the pick equally well");
    }

    @Test
    void pickBetweenTwoUnlikelyValues_isWorthLessThanOneThatTestsTheFavourite() {
        DimensionModel model = new DimensionModel(Dimension.VERBOSITY);
        for (int i = 0; i < 3; i++) {
            model.prefer("short", "medium", VERBOSITY);
        }
        assertTrue(model.informationGain("medium", "long", VERBOSITY) < model.informationGain("short", "medium", VERBOSITY));
    }
}
