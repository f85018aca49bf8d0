package dev.ambit.cli.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.profile.KdfCost;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal chat's actions on the real engine with a real store: consent, forgetting, incognito. */
class EngineChatActionsTest {
    @TempDir
    Path home;

    private static char[] pass() {
        return "tui store passphrase".toCharArray();
    }

    private Assistant assistant(AmbitHome ambitHome) {
        Assistant assistant = Assistant.open(new AssistantConfig(ambitHome, ModelSettings.cpu(TinyModel.path())));
        assistant.attachProfile(Profile.open(ambitHome, pass()));
        return assistant;
    }

    private static boolean has(ProfileView view, String id) {
        return view.items().stream().anyMatch(i -> i.id().equals(id));
    }

    @Test
    void consentedHealthFact_isStoredAndOutlivesTheChat_declinedOneIsNot_andForgetErases() {
        AmbitHome ambitHome = new AmbitHome(home);
        Profile.create(ambitHome, pass(), KdfCost.TEST, "eu").close();
        try (Assistant assistant = assistant(ambitHome)) {
            EngineChatActions actions = new EngineChatActions(assistant, () -> new Sampling(1, 0.0f, 8));
            assertEquals(ProfileView.Learning.ON, actions.profile().learning());
            actions.send("I have diabetes", false, TokenSink.DISCARD);
            List<ConsentRequest> asked = actions.pendingConsents();
            assertEquals(1, asked.size(), asked.toString());
            assertEquals("health", asked.get(0).category());
            assertTrue(asked.get(0).reason().contains("eu.data.health"), asked.get(0).reason());
            assertFalse(has(actions.profile(), "fact:condition"), "nothing stored before the yes");
            assertTrue(actions.answerConsent(asked.get(0), true).done());

            actions.send("I am a Buddhist", false, TokenSink.DISCARD);
            List<ConsentRequest> second = actions.pendingConsents();
            assertEquals(1, second.size(), second.toString());
            assertFalse(actions.answerConsent(second.get(0), false).done());
            assertTrue(actions.prefer("keep it short").done());
        }
        try (Assistant assistant = assistant(ambitHome)) {
            EngineChatActions actions = new EngineChatActions(assistant, () -> new Sampling(1, 0.0f, 8));
            ProfileView view = actions.profile();
            assertTrue(has(view, "fact:condition") && has(view, "dimension:verbosity"), view.items().toString());
            assertFalse(has(view, "fact:religion"), "declined: " + view.items());
            assertTrue(actions.forget("verbosity").done());
        }
        try (Assistant assistant = assistant(ambitHome)) {
            assertFalse(has(new EngineChatActions(assistant, () -> new Sampling(1, 0.0f, 8)).profile(), "dimension:verbosity"));
        }
    }

    @Test
    void startedIncognito_appliesTheProfileButWritesNothing() {
        AmbitHome ambitHome = new AmbitHome(home);
        Profile.create(ambitHome, pass(), KdfCost.TEST, "eu").close();
        try (Assistant assistant = assistant(ambitHome)) {
            new EngineChatActions(assistant, () -> new Sampling(1, 0.0f, 8)).prefer("keep it short");
            EngineChatActions incognito = new EngineChatActions(assistant, () -> new Sampling(1, 0.0f, 8), true);
            assertEquals(ProfileView.Learning.INCOGNITO, incognito.profile().learning());
            var reply = incognito.send("call me Sam. Tell me a story", false, TokenSink.DISCARD);
            assertEquals("incognito", reply.profile());
            assertTrue(reply.preferencesApplied().stream().anyMatch(p -> p.dimension().equals("verbosity")));
            assertFalse(incognito.prefer("answer in German").done());
            assertEquals(1, assistant.profile().orElseThrow().items().stream().filter(i -> i.kind().equals("preference")).count(),
                    "only the preference stated before going incognito is stored");
        }
    }
}
