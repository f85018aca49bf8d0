package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliHarness cli() {
        return new CliHarness(home);
    }

    private String model() {
        return TinyModel.path().toString();
    }

    @Test
    void json_printsOneObjectWithTheContractFields() throws Exception {
        CliHarness.Result r = cli().run("ask", "--model", model(), "--json", "--seed", "7", "--max-tokens", "24", "Once upon a time");
        assertEquals(0, r.code(), r.toString());
        JsonNode reply = JSON.readTree(r.out());
        assertFalse(reply.path("text").asText().isEmpty());
        assertEquals("allow", reply.path("verdict").path("action").asText());
        assertTrue(reply.path("verdict").path("bounds").isArray());
        assertTrue(reply.path("preferences_applied").isArray());
        assertEquals("stories260K.gguf", reply.path("model").asText());
        assertEquals("none", reply.path("profile").asText());
        assertTrue(reply.path("timing").path("tokens").asInt() > 0);
        assertTrue(reply.path("timing").has("first_token_ms"));
        assertTrue(reply.path("timing").has("tokens_per_s"));
        assertEquals(1, r.out().strip().lines().count(), "exactly one JSON line on stdout");
    }

    @Test
    void sameSeed_repeatsExactly() throws Exception {
        String[] args = {"ask", "--model", model(), "--json", "--seed", "7", "--max-tokens", "30", "Once upon a time"};
        String a = JSON.readTree(cli().run(args).out()).path("text").asText();
        String b = JSON.readTree(cli().run(args).out()).path("text").asText();
        assertEquals(a, b);
    }

    @Test
    void plainMode_streamsTheReplyToStdout() {
        CliHarness.Result r = cli().run("ask", "--model", model(), "--seed", "3", "--max-tokens", "12", "Once upon a time");
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().isBlank());
        assertFalse(r.out().startsWith("{"));
    }

    @Test
    void modelFromTheEnvironment_isUsedWhenNoFlagIsGiven() {
        CliHarness.Result r = cli().env("AMBIT_MODEL", model()).run("ask", "--max-tokens", "5", "--seed", "1", "Hello");
        assertEquals(0, r.code(), r.toString());
    }

    @Test
    void dashReadsTheInputFromStdin() throws Exception {
        CliHarness.Result r = cli().runWithInput("Once upon a time\n", "ask", "--model", model(), "--json", "--max-tokens", "5", "-");
        assertEquals(0, r.code(), r.toString());
        assertTrue(JSON.readTree(r.out()).has("text"));
    }

    @Test
    void bestOf_listsEveryCandidatesScoreAndTheKeptOne() throws Exception {
        CliHarness.Result r = cli().run("ask", "--model", model(), "--json", "--seed", "7", "--max-tokens", "16",
                "--best-of", "3", "Once upon a time");
        assertEquals(0, r.code(), r.toString());
        JsonNode bestOf = JSON.readTree(r.out()).path("best_of");
        assertEquals(3, bestOf.path("n").asInt());
        assertEquals(3, bestOf.path("scores").size());
        assertEquals(0, bestOf.path("chosen").asInt(), "no profile: every candidate fits alike, the first is kept");
        assertEquals(7, bestOf.path("chosen_seed").asInt());
    }

    @Test
    void bestOfOutsideItsRange_isBadUsage_beforeAnyModelLoads() {
        CliHarness.Result r = cli().run("ask", "--model", "no-such-model.gguf", "--best-of", "0", "hello");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--best-of"), r.err());
    }
}
