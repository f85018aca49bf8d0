package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random and malformed protocol lines: the session never crashes, answers every non-blank line with exactly one
 * final event (reply, result or error), and keeps going.
 */
class HeadlessFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INTERMEDIATE = Set.of("token");
    /** One data directory for all tries: each would otherwise unpack its own copy of the native library. */
    private static final Path HOME = Path.of("target", "fuzz-home").toAbsolutePath();

    @Property(tries = 60)
    void anyLines_getExactlyOneFinalAnswerEach(@ForAll("lines") @Size(min = 1, max = 6) List<String> lines) throws Exception {
        String input = String.join("\n", lines) + "\n";
        CliHarness.Result r = new CliHarness(HOME).runWithInput(input, "chat", "--headless", "--stream",
                "--model", TinyModel.path().toString(), "--seed", "1", "--max-tokens", "2");
        assertEquals(0, r.code(), r.toString());
        long expected = lines.stream().filter(l -> !l.isBlank()).count();
        long finals = 0;
        for (String out : r.out().split("\n")) {
            if (out.isBlank()) {
                continue;
            }
            JsonNode event = JSON.readTree(out);
            assertTrue(event.hasNonNull("type"), out);
            if (!INTERMEDIATE.contains(event.get("type").asText())) {
                finals++;
            }
        }
        assertEquals(expected, finals, "input:\n" + input + "\noutput:\n" + r.out());
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(60).map(s -> s.replace('\n', ' ').replace('\r', ' '));
        Arbitrary<String> types = Arbitraries.of("message", "command", "feedback", "choose", "", "MESSAGE", "nope");
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(JSON::valueToTree).map(Object::toString),
                Arbitraries.of("null", "42", "[]", "{}", "true", "\"Once upon a time\""));
        Arbitrary<String> events = net.jqwik.api.Combinators.combine(types, texts, Arbitraries.of("text", "name", "turn", "x"))
                .as((type, value, key) -> "{\"type\":\"" + type + "\",\"" + key + "\":" + value + "}");
        return Arbitraries.oneOf(garbage, events, Arbitraries.of("{", "}", "[", "\"\"", "{\"type\":", "   "))
                .list();
    }
}
