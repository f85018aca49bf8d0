package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.testing.TinyModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyGrammarTest {
    @Test
    void grammar_allowsExactlyTheLabels_withSpecialCharactersEscaped() {
        assertEquals("root ::= [ \\t\\n]? [ \\t\\n]? (\"safe\" | \"unsafe\\nS1\" | \"a\\\"b\\\\c\")",
                new LabelGrammar(List.of("safe", "unsafe\nS1", "a\"b\\c")).gbnf());
    }

    @Test
    void answers_matchTheirLabelAfterStripping_andOthersMatchNothing() {
        LabelGrammar g = new LabelGrammar(List.of("safe", "unsafe\nS1"));
        assertEquals(java.util.Optional.of("safe"), g.match("\n\nsafe "));
        assertEquals(java.util.Optional.of("unsafe\nS1"), g.match("unsafe\nS1"));
        assertEquals(java.util.Optional.empty(), g.match("unsafe"));
    }

    @Test
    void classify_withBadLabels_isRejectedBeforeTheModelRuns() {
        LocalModel model = TinyModel.shared(TinyModel.nativeDir());
        assertThrows(IllegalArgumentException.class, () -> model.classify("x", List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> model.classify("x", List.of("a", "a"), 1));
        assertThrows(IllegalArgumentException.class, () -> model.classify("x", List.of("a", " "), 1));
    }

    @Test
    void classify_withAPromptBeyondTheContext_isInvalidInput() {
        LocalModel model = TinyModel.shared(TinyModel.nativeDir());
        String huge = "word ".repeat(model.info().contextSize() * 2);
        var e = assertThrows(dev.ambit.engine.InvalidInputException.class, () -> model.classify(huge, List.of("a", "b"), 1));
        assertTrue(e.getMessage().contains("context"), e.getMessage());
    }
}
