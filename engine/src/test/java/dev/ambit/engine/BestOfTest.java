package dev.ambit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.policy.MergeMode;
import dev.ambit.engine.prefs.PreferenceBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.Profile;
import dev.ambit.engine.prefs.ReplyFeatures;
import dev.ambit.engine.prompt.PromptAssembler;
import dev.ambit.engine.testing.TinyModel;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Best-of-n reranking with the real tiny model: the learned profile picks among differently seeded candidates. */
class BestOfTest {
    private static final Sampling SAMPLING = new Sampling(11, 0.9f, 200);
    private static final Guard GUARD = new Guard(
            EffectivePolicy.merge(BundledPolicies.load().chain("eu"), MergeMode.STRICT), new DeterministicGuard());

    private static Conversation conversation(PreferenceLearner learner) {
        LocalModel model = TinyModel.shared(TinyModel.nativeDir());
        Conversation conversation = new Conversation(model, new PromptAssembler(), GUARD, "none");
        conversation.personalise(learner);
        return conversation;
    }

    @Test
    void shortVerbosityProfile_keepsTheShortestCandidate() {
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), Clock.systemUTC());
        learner.learn("keep it short", 1);
        Conversation conversation = conversation(learner);
        boolean rerankedAwayFromTheFirst = false;
        // Several seeds, so at least one turn's shortest candidate is not simply the first one generated.
        for (long seed = 11; seed < 14; seed++) {
            conversation.clear();
            BestOfReplies best = conversation.sendBestOf("Tell me a story about a dog.",
                    TurnOptions.of(new Sampling(seed, 0.9f, 200)), 5);
            List<Integer> words = best.candidates().stream().map(r -> ReplyFeatures.of(r.text()).words()).toList();
            System.out.println("best of 5, verbosity=short, seed " + seed + ": candidate words " + words + ", kept "
                    + best.chosen());
            assertEquals(5, best.candidates().size());
            int shortest = words.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertEquals(shortest, words.get(best.chosen()), "kept candidate " + best.chosen() + " of " + words);
            rerankedAwayFromTheFirst |= best.chosen() != 0;
        }
        assertTrue(rerankedAwayFromTheFirst, "some turn should keep a candidate other than the first");
    }

    @Test
    void oneStatement_isLearnedOnce_andOnlyTheKeptReplyJoinsTheHistory() {
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), Clock.systemUTC());
        Conversation conversation = conversation(learner);
        BestOfReplies best = conversation.sendBestOf("Keep it short. Tell me about the sea.", TurnOptions.of(SAMPLING), 3);
        assertEquals(1, learner.profile().dimension(dev.ambit.engine.policy.Dimension.VERBOSITY).orElseThrow()
                .provenance().evidenceCount(), "three candidates, one statement");
        assertEquals(1, conversation.turns());
        assertEquals(3, best.scores().size());
        assertThrows(InvalidInputException.class, () -> conversation.sendBestOf("hi", TurnOptions.of(SAMPLING), 0));
    }

    @Test
    void withoutAProfile_everyCandidateScoresTheSame_andTheFirstIsKept() {
        LocalModel model = TinyModel.shared(TinyModel.nativeDir());
        BestOfReplies best = new Conversation(model, new PromptAssembler(), GUARD, "none")
                .sendBestOf("Once upon a time", TurnOptions.of(SAMPLING), 3);
        assertEquals(0, best.chosen());
        assertEquals(1, best.scores().stream().distinct().count(), best.scores().toString());
    }
}
