package dev.ambit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.Action;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationTest {
    @TempDir
    Path home;

    private Conversation conversation() {
        return Assistant.open(new AssistantConfig(new AmbitHome(home), ModelSettings.cpu(TinyModel.path())))
                .newConversation();
    }

    @Test
    void turns_areAnsweredAndKeptAsHistory_untilCleared() {
        Conversation c = conversation();
        Reply first = c.send("Once upon a time", TurnOptions.of(new Sampling(1, 0.8f, 20)), TokenSink.DISCARD);
        assertFalse(first.text().isEmpty());
        assertEquals(Action.ALLOW, first.verdict().action());
        assertEquals("stories260K.gguf", first.model());
        c.send("And then?", TurnOptions.of(new Sampling(2, 0.8f, 20)), TokenSink.DISCARD);
        assertEquals(2, c.turns());
        c.clear();
        assertEquals(0, c.turns());
    }

    @Test
    void blankInput_isRejectedAsInvalidInput() {
        Conversation c = conversation();
        assertThrows(InvalidInputException.class,
                () -> c.send("   ", TurnOptions.of(new Sampling(1, 0.8f, 5)), TokenSink.DISCARD));
        assertEquals(0, c.turns());
    }

    @Test
    void longConversations_dropTheOldestTurnsInsteadOfOverflowingTheContext() {
        Conversation c = conversation();
        String paragraph = "The little dog ran to the park and played with a red ball all day long. ".repeat(12);
        for (int i = 0; i < 12; i++) {
            c.send(paragraph, TurnOptions.of(new Sampling(i, 0.8f, 30)), TokenSink.DISCARD);
        }
        assertEquals(12, c.turns());
    }
}
