package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private List<JsonNode> session(String input, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("chat", "--headless", "--model", TinyModel.path().toString(),
                "--seed", "5", "--max-tokens", "12"));
        args.addAll(List.of(extra));
        CliHarness.Result r = new CliHarness(home).runWithInput(input, args.toArray(String[]::new));
        assertEquals(0, r.code(), "end of input ends the session with exit 0: " + r);
        List<JsonNode> events = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    @Test
    void message_isAnsweredWithOneReplyEvent() throws Exception {
        List<JsonNode> events = session("{\"type\":\"message\",\"text\":\"Once upon a time\"}\n");
        assertEquals(1, events.size());
        JsonNode reply = events.get(0);
        assertEquals("reply", reply.path("type").asText());
        assertFalse(reply.path("text").asText().isEmpty());
        assertEquals("allow", reply.path("verdict").path("action").asText());
        assertTrue(reply.path("timing").path("tokens").asInt() > 0);
    }

    @Test
    void stream_emitsTokenEventsThatAddUpToTheReply() throws Exception {
        List<JsonNode> events = session("{\"type\":\"message\",\"text\":\"Once upon a time\"}\n", "--stream");
        JsonNode reply = events.get(events.size() - 1);
        assertEquals("reply", reply.path("type").asText());
        StringBuilder tokens = new StringBuilder();
        for (JsonNode e : events.subList(0, events.size() - 1)) {
            assertEquals("token", e.path("type").asText());
            tokens.append(e.path("text").asText());
        }
        assertTrue(events.size() > 1);
        assertEquals(reply.path("text").asText(), tokens.toString().strip());
    }

    @Test
    void badLines_getErrorEvents_andTheSessionGoesOn() throws Exception {
        String input = String.join("\n",
                "this is not json",
                "[1,2]",
                "{\"text\":\"no type\"}",
                "{\"type\":\"dance\"}",
                "{\"type\":\"message\"}",
                "{\"type\":\"message\",\"text\":\"  \"}",
                "{\"type\":\"command\",\"name\":\"fly\"}",
                "{\"type\":\"command\",\"name\":\"clear\"}",
                "{\"type\":\"message\",\"text\":\"Once upon a time\"}") + "\n";
        List<JsonNode> events = session(input);
        assertEquals(9, events.size(), "exactly one answer per line: " + events);
        List<String> codes = new ArrayList<>();
        for (JsonNode e : events.subList(0, 7)) {
            assertEquals("error", e.path("type").asText(), e.toString());
            assertFalse(e.path("message").asText().isEmpty());
            codes.add(e.path("code").asText());
        }
        assertEquals(List.of("bad_json", "bad_event", "bad_event", "unknown_type", "bad_event", "invalid_input", "unknown_command"), codes);
        assertEquals("done", events.get(7).path("type").asText());
        assertEquals("reply", events.get(8).path("type").asText());
    }
}
