package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ask and headless chat with the real tiny model, with and without a store. */
class ProfileWithModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    CliRun cli;
    String model;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(tmp);
        model = TinyModel.path().toString();
    }

    private JsonNode ask() throws Exception {
        CliRun.Result r = cli.run("ask", "--model", model, "--json", "--seed", "7", "--max-tokens", "4", "Once upon a time");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void ask_withoutStore_answersWithProfileNone() throws Exception {
        assertEquals("none", ask().get("profile").asText());
    }

    @Test
    void ask_withUnlockedStore_reportsProfileActive() throws Exception {
        assertEquals(0, cli.run("init").code());
        assertEquals("active", ask().get("profile").asText());
    }

    @Test
    void ask_withLockedStoreAndNoPassphrase_answersUnpersonalisedWithAWarning() throws Exception {
        assertEquals(0, cli.run("init").code());
        cli.env.remove("AMBIT_PASSPHRASE_FILE");
        CliRun.Result r = cli.run("ask", "--model", model, "--json", "--max-tokens", "4", "Once");
        assertEquals(0, r.code(), r.err());
        assertEquals("none", JSON.readTree(r.out()).get("profile").asText());
        assertTrue(r.err().contains("store is locked"), r.err());
    }

    @Test
    void headlessRemember_answersWithTheIdAfterTheCommit() throws Exception {
        assertEquals(0, cli.run("init").code());
        String in = "{\"type\":\"command\",\"name\":\"remember\",\"text\":\"I prefer metric units\"}\n"
                + "{\"type\":\"command\",\"name\":\"remember\"}\n";
        CliRun.Result r = cli.run(false, in, "chat", "--headless", "--model", model);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("remembered", first.get("type").asText());
        assertEquals(1, first.get("id").asLong());
        assertEquals("error", JSON.readTree(lines.get(1)).get("type").asText());
        CliRun.Result show = cli.run("profile", "show", "--json");
        assertEquals("I prefer metric units", JSON.readTree(show.out()).get("items").get(0).get("value").asText());
    }

    @Test
    void headlessRemember_withoutStore_isAnErrorEvent() throws Exception {
        String in = "{\"type\":\"command\",\"name\":\"remember\",\"text\":\"x\"}\n";
        CliRun.Result r = cli.run(false, in, "chat", "--headless", "--model", model);
        assertEquals(0, r.code(), r.err());
        JsonNode event = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("no_store", event.get("code").asText());
    }
}
