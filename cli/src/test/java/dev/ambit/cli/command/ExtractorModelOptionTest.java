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
 * {@code --extractor-model} end to end with the real tiny model. Its judgement is meaningless, so the tests check
 * the plumbing: the rules' candidates stand, anything the model adds is marked and decided by the bounds, and a
 * wrong model is one line and exit 4. Never which preference the model picked.
 */
class ExtractorModelOptionTest {
    @TempDir
    Path tmp;

    @Test
    void learnJson_withTheTinyExtractorModel_keepsTheRulesCandidatesAndMarksAnyModelOne() throws IOException {
        CliRun cli = new CliRun(tmp);
        CliRun.Result r = cli.run("profile", "learn", "--dry-run", "--json", "--extractor-model",
                TinyModel.path().toString(), "keep it short");
        assertEquals(0, r.code(), r.err());
        JsonNode candidates = ReplyJson.MAPPER.readTree(r.out()).get("candidates");
        assertTrue(candidates.size() == 1 || candidates.size() == 2, r.out());
        JsonNode first = candidates.get(0);
        assertEquals("verbosity", first.get("dimension").asText());
        assertEquals("short", first.get("value").asText());
        assertEquals("rules", first.get("extractor").asText());
        if (candidates.size() == 2) {
            JsonNode model = candidates.get(1);
            assertEquals("model", model.get("extractor").asText(), r.out());
            assertTrue(model.has("dimension"), "the model proposes dimensions only: " + r.out());
            assertTrue(Set.of("accepted", "clamped", "rejected").contains(model.get("status").asText()), r.out());
        }
    }

    @Test
    void learnJson_fromTheEnvironment_runsAndEveryCandidateNamesItsExtractor() throws IOException {
        CliRun cli = new CliRun(tmp);
        cli.env.put(ExtractorModelOptions.ENV, TinyModel.path().toString());
        CliRun.Result r = cli.run("profile", "learn", "--json", "I would like my answers a bit warmer");
        assertEquals(0, r.code(), r.err());
        for (JsonNode c : ReplyJson.MAPPER.readTree(r.out()).get("candidates")) {
            assertTrue(Set.of("rules", "model").contains(c.get("extractor").asText()), r.out());
        }
    }

    @Test
    void missingExtractorModel_isOneLineAndExit4() throws IOException {
        CliRun cli = new CliRun(tmp);
        Path missing = tmp.resolve("no-such-extractor.gguf");
        CliRun.Result r = cli.run("profile", "learn", "--json", "--extractor-model", missing.toString(), "keep it short");
        assertEquals(4, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-extractor.gguf"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void chatWithTheExtractorModel_learnsAndAnswers() throws IOException {
        CliRun cli = new CliRun(tmp);
        String tiny = TinyModel.path().toString();
        CliRun.Result chat = cli.run(false, "/prefer keep it short\n/quit\n", "chat", "--model", tiny,
                "--extractor-model", tiny, "--max-tokens", "8");
        assertEquals(0, chat.code(), chat.err());
        assertTrue(chat.out().contains("verbosity"), chat.out());
    }

    @Test
    void headlessChatWithTheExtractorModel_marksEachStatementCandidatesExtractor() throws IOException {
        CliRun cli = new CliRun(tmp);
        String tiny = TinyModel.path().toString();
        CliRun.Result chat = cli.run(false, "{\"type\":\"message\",\"text\":\"keep it short\"}\n", "chat", "--headless",
                "--model", tiny, "--extractor-model", tiny, "--max-tokens", "4");
        assertEquals(0, chat.code(), chat.err());
        JsonNode statement = chat.out().lines().map(l -> {
            try {
                return ReplyJson.MAPPER.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).filter(j -> j.toString().contains("\"candidates\"")).findFirst().orElseThrow(() -> new AssertionError(chat.out()));
        assertEquals("rules", statement.findValue("candidates").get(0).get("extractor").asText(), chat.out());
    }

    @Test
    void askWithAMissingExtractorModel_isOneLineAndExit4() throws IOException {
        CliRun cli = new CliRun(tmp);
        CliRun.Result r = cli.run("ask", "--model", TinyModel.path().toString(), "--extractor-model",
                tmp.resolve("gone.gguf").toString(), "hello");
        assertEquals(4, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("gone.gguf"), r.err());
    }
}
