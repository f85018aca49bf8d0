package dev.ambit.cli.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.cli.AmbitCommand;
import dev.ambit.cli.CliContext;
import dev.ambit.engine.testing.TinyModel;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless preference events, against the real tiny model. */
class HeadlessPreferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private List<JsonNode> session(String... lines) throws Exception {
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(Map.of("AMBIT_HOME", home.toString()),
                new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true), false);
        int code = AmbitCommand.run(new String[] {"chat", "--headless", "--model", TinyModel.path().toString(), "--seed", "5",
            "--max-tokens", "40"}, context);
        assertEquals(0, code);
        List<JsonNode> events = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            events.add(JSON.readTree(line));
        }
        return events;
    }

    @Test
    void statementFeedbackCompareAndChoose_eachAnswerWithAPreferenceEvent() throws Exception {
        List<JsonNode> events = session(
                "{\"type\":\"message\",\"text\":\"I prefer bullet points. Tell me about the moon.\"}",
                "{\"type\":\"feedback\",\"turn\":1,\"rating\":\"down\",\"reason\":\"too long\"}",
                "{\"type\":\"command\",\"name\":\"compare\"}",
                "{\"type\":\"choose\",\"turn\":1,\"pick\":\"a\"}",
                "{\"type\":\"choose\",\"turn\":1,\"pick\":\"a\"}",
                "{\"type\":\"feedback\",\"turn\":7,\"rating\":\"up\"}",
                "{\"type\":\"feedback\",\"turn\":1,\"rating\":\"sideways\"}");
        assertEquals(8, events.size(), events.toString());
        JsonNode stated = events.get(0);
        assertEquals("preference", stated.get("type").asText());
        assertEquals("statement", stated.get("source").asText());
        assertEquals("format", stated.get("candidates").get(0).get("dimension").asText());
        JsonNode reply = events.get(1);
        assertEquals("reply", reply.get("type").asText());
        assertEquals(1, reply.get("turn").asInt());
        assertTrue(reply.get("preferences_applied").toString().contains("bullets"), reply.toString());
        JsonNode feedback = events.get(2);
        assertEquals("feedback", feedback.get("source").asText());
        assertEquals("short", feedback.get("profile").get("verbosity").get("value").asText());
        JsonNode compare = events.get(3);
        assertEquals("compare", compare.get("source").asText());
        assertTrue(compare.get("a").get("text").isTextual() && compare.get("b").get("text").isTextual());
        String dimension = compare.get("dimension").asText();
        JsonNode choice = events.get(4);
        assertEquals("choice", choice.get("source").asText());
        assertEquals(compare.get("a").get("value").asText(), choice.get("picked").asText());
        assertEquals(dimension, choice.get("dimension").asText());
        assertEquals("unknown_turn", events.get(5).get("code").asText(), "a comparison is chosen once");
        assertEquals("unknown_turn", events.get(6).get("code").asText());
        assertEquals("bad_event", events.get(7).get("code").asText());
    }

    @Test
    void specialCategoryFact_isStoredOnlyAfterTheConsentCommand() throws Exception {
        List<JsonNode> events = session(
                "{\"type\":\"message\",\"text\":\"I have asthma.\"}",
                "{\"type\":\"command\",\"name\":\"consent\",\"fact\":\"condition\"}",
                "{\"type\":\"command\",\"name\":\"consent\",\"fact\":\"condition\"}");
        assertEquals(4, events.size(), events.toString());
        assertEquals("needs-consent", events.get(0).get("candidates").get(0).get("status").asText());
        assertEquals(0, events.get(1).get("preferences_applied").size(), "not applied before consent");
        assertEquals("consent", events.get(2).get("source").asText());
        assertEquals("accepted", events.get(2).get("updates").get(0).get("status").asText());
        assertEquals("unknown_fact", events.get(3).get("code").asText());
    }

    @Test
    void unpersonalisedMessage_appliesNoPreference_andLearnsNothing() throws Exception {
        List<JsonNode> events = session(
                "{\"type\":\"message\",\"text\":\"Keep it short.\"}",
                "{\"type\":\"message\",\"text\":\"No emojis please. Tell me a story.\",\"unpersonalised\":true}");
        assertEquals(3, events.size(), events.toString());
        assertEquals("reply", events.get(2).get("type").asText());
        assertEquals(0, events.get(2).get("preferences_applied").size(), events.get(2).toString());
    }
}
