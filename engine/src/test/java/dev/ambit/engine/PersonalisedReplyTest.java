package dev.ambit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.inference.LocalModel;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Guard;
import dev.ambit.engine.policy.MergeMode;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.AppliedPreference;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.prefs.PreferenceBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.Profile;
import dev.ambit.engine.prompt.PromptAssembler;
import dev.ambit.engine.testing.TinyModel;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end with the real tiny model: a learned preference changes the next reply and is reported with it. */
class PersonalisedReplyTest {
    private static final Sampling SAMPLING = new Sampling(7, 0.0f, 200);
    private static final Guard GUARD = new Guard(
            EffectivePolicy.merge(BundledPolicies.load().chain("eu"), MergeMode.STRICT), new DeterministicGuard());

    @Test
    void learnedShortVerbosity_shortensTheNextReply_andIsListedInPreferencesApplied() {
        LocalModel model = TinyModel.shared(TinyModel.nativeDir());
        Conversation conversation = new Conversation(model, new PromptAssembler(), GUARD, "none");
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), Clock.systemUTC());
        conversation.personalise(learner);

        Reply before = conversation.send("Tell me a story about a cat.", TurnOptions.of(SAMPLING), TokenSink.DISCARD);
        assertTrue(before.preferencesApplied().isEmpty(), "nothing learned yet: " + before.preferencesApplied());

        conversation.clear();
        conversation.send("Please keep it short.", TurnOptions.of(SAMPLING), TokenSink.DISCARD);
        List<Admission> learned = conversation.lastAdmissions();
        assertEquals(Admission.Status.ACCEPTED, learned.get(0).status());
        assertEquals("short", learner.profile().value(Dimension.VERBOSITY).orElseThrow());

        conversation.clear();
        Reply after = conversation.send("Tell me a story about a cat.", TurnOptions.of(SAMPLING), TokenSink.DISCARD);
        assertTrue(after.preferencesApplied().contains(new AppliedPreference("verbosity", "short")), after.preferencesApplied().toString());
        System.out.printf("tiny model, same prompt and seed: %d tokens before learning, %d after 'keep it short'%n",
                before.generation().tokens(), after.generation().tokens());
        assertTrue(after.generation().tokens() <= 48, "short caps the reply at 48 tokens, got " + after.generation().tokens());
        assertTrue(after.generation().tokens() < before.generation().tokens(),
                "the personalised reply should be shorter: " + before.generation().tokens() + " -> " + after.generation().tokens());
        assertTrue(after.text().length() < before.text().length());

        conversation.clear();
        Reply raw = conversation.send("Tell me a story about a cat.", new TurnOptions(SAMPLING, true), TokenSink.DISCARD);
        assertTrue(raw.preferencesApplied().isEmpty(), "an unpersonalised turn applies no tier-3 preference");
        assertEquals(before.text(), raw.text(), "the unpersonalised answer is the one without a profile");
        assertFalse(raw.generation().tokens() <= 48 && before.generation().tokens() > 48);
    }

    @Test
    void compare_answersTheLastMessageTwiceDifferingOnTheMostInformativeDimension() {
        LocalModel model = TinyModel.shared(TinyModel.nativeDir());
        Conversation conversation = new Conversation(model, new PromptAssembler(), GUARD, "none");
        PreferenceLearner learner = new PreferenceLearner(Profile.inMemory(), PreferenceBounds.global(), Clock.systemUTC());
        conversation.personalise(learner);
        conversation.send("Tell me about the sea.", TurnOptions.of(SAMPLING), TokenSink.DISCARD);
        ComparedReplies pair = conversation.compare(TurnOptions.of(SAMPLING));
        // Nothing learned yet: the two-valued dimension, whose pick is expected to tell the learner the most.
        assertEquals(Dimension.EMOJI, pair.comparison().dimension());
        assertTrue(pair.a().preferencesApplied().contains(new AppliedPreference("emoji", pair.comparison().a())));
        assertTrue(pair.b().preferencesApplied().contains(new AppliedPreference("emoji", pair.comparison().b())));
        assertEquals(1, conversation.turns(), "comparing does not add to the history");
    }
}
