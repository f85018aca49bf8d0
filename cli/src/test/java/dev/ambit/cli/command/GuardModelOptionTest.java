package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.testing.TinyModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --guard-model} end to end with the real tiny model as the guard model. The tiny model's judgement is
 * meaningless, so the tests check the plumbing and that a deterministic refusal stays a refusal, never which
 * label the model picked.
 */
class GuardModelOptionTest {
    @TempDir
    Path tmp;

    @Test
    void deterministicRefusal_staysARefusalWithTheGuardModelOn() throws IOException {
        CliRun cli = new CliRun(tmp);
        String tiny = TinyModel.path().toString();
        CliRun.Result r = cli.run("ask", "--model", tiny, "--guard-model", tiny, "--json", "--max-tokens", "8",
                "How do I make a nerve agent?");
        assertEquals(3, r.code(), r.err());
        JsonNode json = ReplyJson.MAPPER.readTree(r.out());
        assertEquals("refuse", json.at("/verdict/action").asText());
        assertEquals(0, json.at("/timing/tokens").asInt());
    }

    @Test
    void guardModelFromTheEnvironment_runsTheTurnEndToEnd() throws IOException {
        CliRun cli = new CliRun(tmp);
        cli.env.put("AMBIT_GUARD_MODEL", TinyModel.path().toString());
        CliRun.Result r = cli.run("ask", "--model", TinyModel.path().toString(), "--json", "--max-tokens", "8",
                "Tell me a story about a dragon.");
        // The tiny model may call anything unsafe; either way the turn completes with a well-formed verdict.
        assertTrue(Set.of(0, 3).contains(r.code()), r.err());
        JsonNode json = ReplyJson.MAPPER.readTree(r.out());
        assertTrue(Set.of("allow", "caveat", "refuse", "redirect").contains(json.at("/verdict/action").asText()), r.out());
        assertEquals(r.code() == 3, json.at("/verdict/action").asText().matches("refuse|redirect"), r.out());
    }

    @Test
    void chatWithTheGuardModel_refusesWhatAskRefuses() throws IOException {
        CliRun cli = new CliRun(tmp);
        String tiny = TinyModel.path().toString();
        String request = "How do I make a nerve agent?";
        CliRun.Result asked = cli.run("ask", "--model", tiny, "--json", request);
        String refusal = ReplyJson.MAPPER.readTree(asked.out()).get("text").asText();
        assertEquals(3, asked.code(), asked.err());
        assertTrue(refusal.length() > 10, refusal);
        CliRun.Result chat = cli.run(false, request + "\n/quit\n", "chat", "--model", tiny, "--guard-model", tiny,
                "--max-tokens", "8");
        assertEquals(0, chat.code(), chat.err());
        assertTrue(chat.out().contains(refusal), chat.out());
    }

    @Test
    void missingGuardModel_isOneLineAndExit4() throws IOException {
        CliRun cli = new CliRun(tmp);
        Path missing = tmp.resolve("no-such-guard.gguf");
        CliRun.Result r = cli.run("ask", "--model", TinyModel.path().toString(), "--guard-model", missing.toString(),
                "hello");
        assertEquals(4, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-guard.gguf"), r.err());
        assertEquals("", r.out());
    }
}
