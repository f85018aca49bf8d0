package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.testing.TinyModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link LocalModel#generateConstrained} with the real tiny model: the grammar, not the model, bounds the text. */
class GenerateConstrainedTest {
    private static LocalModel model() {
        return TinyModel.shared(TinyModel.nativeDir());
    }

    @Test
    void answer_isASentenceOfTheGrammar_andGreedyRepeatsIt() {
        LocalModel model = model();
        String prompt = model.render(List.of(ChatMessage.user("Yes or no?")));
        String gbnf = "root ::= [ \\t\\n]? (\"yes\" | \"no\" | \"tone=warm\")\n";
        String first = model.generateConstrained(prompt, gbnf, 8, 3);
        assertTrue(Set.of("yes", "no", "tone=warm").contains(first), first);
        assertEquals(first, model.generateConstrained(prompt, gbnf, 8, 3));
    }

    @Test
    void badArguments_areRefusedBeforeTheModelRuns() {
        LocalModel model = model();
        assertThrows(IllegalArgumentException.class, () -> model.generateConstrained("p", "x ::= \"a\"", 4, 1));
        assertThrows(IllegalArgumentException.class, () -> model.generateConstrained("p", "root ::= \"a\"", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> model.generateConstrained("p", "root ::= \"a\"", 4, -1));
        assertThrows(InvalidInputException.class, () -> model.generateConstrained("p", "root ::= \"a\"",
                model.info().contextSize(), 1));
    }
}
