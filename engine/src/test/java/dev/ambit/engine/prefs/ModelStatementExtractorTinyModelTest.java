package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.testing.TinyModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Plumbing with the real tiny model. Its judgement is meaningless (it writes children's stories), so these tests
 * check only that whatever it answers under the grammar is a valid candidate or none, and that the bounds decide
 * it; a grammar with a single sentence forces the one answer where a test needs a proposal.
 */
class ModelStatementExtractorTinyModelTest {
    private static final BoundRef SCHOOL = new BoundRef("school.dimension.tone", 2, "tone", "Example school policy");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static LocalModel model() {
        return TinyModel.shared(TinyModel.nativeDir());
    }

    @Test
    void realModel_underTheCatalogueGrammar_answersAValidCandidateOrNone() {
        ModelStatementExtractor extractor = new ModelStatementExtractor(model());
        ExtractorGrammar grammar = ExtractorGrammar.forBounds(RecordBounds.global());
        for (String statement : List.of("I like my answers with a bit more warmth", "zzz \u0000 \uFFFF", "x".repeat(3000))) {
            Optional<Candidate> c = extractor.propose(statement, grammar);
            assertEquals(Optional.empty(), extractor.lastFailure(), "the model's answer parsed");
            c.ifPresent(candidate -> {
                assertEquals(Candidate.Origin.MODEL, candidate.origin());
                assertTrue(candidate.isDimension(), candidate::toString);
                assertTrue(grammar.sentences().contains(candidate.name() + "=" + candidate.value()), candidate::toString);
            });
        }
    }

    @Test
    void realModel_forcedToProposeAValueOutsideTheBounds_isRejectedAndNothingIsStored() {
        RecordBounds bounds = RecordBounds.global().with(Dimension.TONE, DimensionRule.allowed(SCHOOL, "neutral"));
        ExtractorGrammar onlyWarm = new ExtractorGrammar(List.of(new ExtractorGrammar.Proposal(Dimension.TONE, "warm")), false);
        ModelStatementExtractor extractor = new ModelStatementExtractor(model());
        Candidate proposed = extractor.propose("be kinder to me", onlyWarm).orElseThrow(
                () -> new AssertionError("a one-sentence grammar forces the answer: " + extractor.lastFailure()));
        assertEquals(Candidate.Origin.MODEL, proposed.origin());

        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), bounds, CLOCK);
        List<Admission> out = learner.learn(List.of(proposed), 1);
        assertEquals(Admission.Status.REJECTED, out.get(0).status());
        assertEquals(SCHOOL, out.get(0).bound());
        assertEquals(Optional.empty(), learner.profile().dimension(Dimension.TONE));
    }

    @Test
    void realModel_inTheLearner_storesOnlyWhatTheBoundsPermit() {
        RecordBounds bounds = RecordBounds.global().with(Dimension.TONE, DimensionRule.allowed(SCHOOL, "neutral"));
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), bounds, CLOCK);
        learner.useModelExtractor(new ModelStatementExtractor(model()));
        for (Admission a : learner.learn("I like my answers with a bit more warmth", 1)) {
            if (a.storable() && a.candidate().isDimension()) {
                assertTrue(bounds.dimension(a.candidate().dimension()).permits(a.value()), a::toString);
            }
        }
        learner.profile().dimension(Dimension.TONE).ifPresent(i -> assertEquals("neutral", i.value()));
    }
}
