package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalModelTest {
    private static final Sampling SEVEN = new Sampling(7, 0.8f, 40);

    private static LocalModel model() {
        return TinyModel.shared(TinyModel.nativeDir());
    }

    @Test
    void load_reportsTheModelsTrainedContextAndMissingTemplate() {
        ModelInfo info = model().info();
        assertEquals("stories260K.gguf", info.name());
        assertEquals(2048, info.contextSize());
        assertFalse(info.embeddedTemplate());
    }

    @Test
    void flashAttention_loadsAndGenerates() {
        ModelSettings settings = new ModelSettings(TinyModel.path(), 256, 1, 0, false, KvCache.F16, true);
        LocalModel fused = LocalModel.load(settings, TinyModel.nativeDir());
        Generation g = fused.generate("Once upon a time", SEVEN, TokenSink.DISCARD);
        assertTrue(g.tokens() > 0 && !g.text().isBlank(), g.toString());
        assertEquals(256, fused.info().contextSize());
    }

    @Test
    void quantisedKvCache_onHeadsThatAreNotWholeBlocks_isRefusedBeforeLlamaCppCanAbort() {
        // The tiny model's heads have 8 values; llama.cpp would kill the process on a q8_0 cache.
        ModelSettings settings = new ModelSettings(TinyModel.path(), 256, 1, 0, false, KvCache.Q8_0, false);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LocalModel.load(settings, TinyModel.nativeDir()));
        assertTrue(e.getMessage().contains("heads of 8") && e.getMessage().contains("--kv-cache f16"), e.getMessage());
    }

    @Test
    void sameSeed_givesTheSameText_differentSeed_usuallyDiffers() {
        // Without the prompt cache each request evaluates its prompt the same way (see Assistant.reproducible).
        model().setPromptCaching(false);
        Generation a;
        Generation b;
        Generation c;
        try {
            a = model().generate("Once upon a time", SEVEN, TokenSink.DISCARD);
            b = model().generate("Once upon a time", SEVEN, TokenSink.DISCARD);
            c = model().generate("Once upon a time", new Sampling(8, 0.8f, 40), TokenSink.DISCARD);
        } finally {
            model().setPromptCaching(true);
        }
        assertFalse(a.text().isBlank());
        assertEquals(a.text(), b.text());
        assertNotEquals(a.text(), c.text());
    }

    @Test
    void streamedPieces_concatenateToTheReturnedText() {
        StringBuilder streamed = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        Generation g = model().generate("Once upon a time", SEVEN, piece -> {
            pieces.add(piece);
            streamed.append(piece);
            return true;
        });
        assertEquals(g.text(), streamed.toString());
        assertTrue(g.tokens() >= pieces.size(), "each piece holds at least one token");
        assertTrue(g.firstTokenMillis() > 0 && g.totalMillis() >= g.firstTokenMillis());
    }

    @Test
    void sinkReturningFalse_cancelsAfterThatPiece_andTheModelStaysUsable() {
        int[] seen = {0};
        Generation cut = model().generate("Once upon a time", new Sampling(1, 0.8f, 200), piece -> ++seen[0] < 3);
        assertEquals(Generation.Stop.CANCELLED, cut.stop());
        assertEquals(3, cut.tokens());
        Generation after = model().generate("Once upon a time", SEVEN, TokenSink.DISCARD);
        assertTrue(after.tokens() > 3, "a cancelled request must not break the next one");
    }

    @Test
    void tokenBudget_isRespected() {
        Generation g = model().generate("Once upon a time", new Sampling(3, 0.8f, 5), TokenSink.DISCARD);
        assertTrue(g.tokens() <= 5, "tokens: " + g.tokens());
    }

    @Test
    void promptLongerThanTheContext_isAClearInputError() {
        String huge = "the cat sat on the mat. ".repeat(2000);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> model().generate(huge, SEVEN, TokenSink.DISCARD));
        assertTrue(e.getMessage().contains("context holds 2048"), e.getMessage());
    }

    @Test
    void plainTemplate_isUsedForModelsWithoutOne() {
        String prompt = model().render(List.of(ChatMessage.system("Be kind."), ChatMessage.user("Hello")));
        assertEquals("Be kind.\n\nUser: Hello\nAssistant:", prompt);
        assertEquals(List.of("\nUser:"), model().stopStrings());
    }

    @Test
    void model_isConstructedOffTheCallersThread_onAThreadThatHasEnded() throws Exception {
        AtomicReference<Thread> constructor = new AtomicReference<>();
        String made = LocalModel.constructOffThread(() -> {
            constructor.set(Thread.currentThread());
            return "model";
        }, Path.of("x.gguf"));
        assertEquals("model", made);
        assertNotSame(Thread.currentThread(), constructor.get());
        constructor.get().join(1000);
        assertFalse(constructor.get().isAlive(), "the constructing thread (and its OpenMP pool) must end");
    }

    @Test
    void notAGgufFile_failsBeforeAnyNativeCall(@TempDir Path dir) throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.gguf"), "GGUF? no");
        ModelException e = assertThrows(ModelException.class,
                () -> LocalModel.load(ModelSettings.cpu(fake), TinyModel.nativeDir()));
        assertTrue(e.getMessage().contains(fake.toString()), e.getMessage());
    }
}
