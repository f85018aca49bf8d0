package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learned profile lives in the store: what one command learns, the next one (a fresh open of the store)
 * applies, within the real bounds; pause, set, explain and incognito do what they say.
 */
class PersistentProfileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    CliRun cli;
    String model;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(tmp);
        model = TinyModel.path().toString();
        assertEquals(0, cli.run("init", "--jurisdiction", "eu").code());
    }

    private JsonNode ask(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("ask", "--model", model, "--json", "--seed", "7",
                "--max-tokens", "64"));
        args.addAll(List.of(extra));
        args.add("Tell me a story about a cat.");
        CliRun.Result r = cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static boolean applied(JsonNode reply, String dimension, String value) {
        for (JsonNode p : reply.get("preferences_applied")) {
            if (p.get("dimension").asText().equals(dimension) && p.get("value").asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void learnedInOneCommand_isAppliedInTheNext_andUnpersonalisedLeavesItOut() throws Exception {
        CliRun.Result learn = cli.run("profile", "learn", "--json", "keep it short");
        assertEquals(0, learn.code(), learn.err());
        assertTrue(JSON.readTree(learn.out()).get("persisted").asBoolean(), learn.out());
        assertFalse(learn.err().contains("not persisted"), learn.err());

        JsonNode reply = ask();
        assertTrue(applied(reply, "verbosity", "short"), reply.toString());
        assertTrue(reply.get("timing").get("tokens").asInt() <= 48, "short caps the reply: " + reply);
        JsonNode raw = ask("--unpersonalised");
        assertTrue(raw.get("preferences_applied").isEmpty(), raw.toString());
    }

    @Test
    void askLearnsFromTheStatement_andTheNextAskAppliesIt() throws Exception {
        CliRun.Result first = cli.run("ask", "--model", model, "--json", "--seed", "1", "--max-tokens", "8",
                "Please answer in bullet points from now on");
        assertEquals(0, first.code(), first.err());
        assertTrue(applied(ask(), "format", "bullets"));
    }

    @Test
    void headlessSession_learnsIntoTheStore_andTheNextSessionAppliesIt() throws Exception {
        String in = "{\"type\":\"message\",\"text\":\"call me Sam\"}\n";
        CliRun.Result r = cli.run(false, in, "chat", "--headless", "--model", model, "--max-tokens", "4");
        assertEquals(0, r.code(), r.err());
        JsonNode statement = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("statement", statement.get("source").asText());
        assertTrue(statement.get("persisted").asBoolean(), statement.toString());
        CliRun.Result next = cli.run(false, "{\"type\":\"message\",\"text\":\"hello\"}\n", "chat", "--headless",
                "--model", model, "--max-tokens", "4");
        JsonNode reply = JSON.readTree(next.out().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(applied(reply, "address", "Sam"), reply.toString());
    }

    @Test
    void incognitoHeadless_learnsAndWritesNothing() throws Exception {
        String in = "{\"type\":\"message\",\"text\":\"keep it short\"}\n";
        CliRun.Result r = cli.run(false, in, "chat", "--headless", "--incognito", "--model", model, "--max-tokens", "4");
        assertEquals(0, r.code(), r.err());
        JsonNode reply = JSON.readTree(r.out().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals("incognito", reply.get("profile").asText());
        CliRun.Result show = cli.run("profile", "show", "--json");
        assertTrue(JSON.readTree(show.out()).get("items").isEmpty(), show.out());
    }

    @Test
    void plainChat_preferGoodAndIncognito() throws Exception {
        String in = "/prefer no emojis please\nOnce upon a time\n/good\n/incognito\n/prefer keep it short\n/quit\n";
        CliRun.Result r = cli.run(false, in, "chat", "--model", model, "--max-tokens", "8");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("emoji = none: accepted"), r.out());
        assertTrue(r.out().contains("(incognito: nothing learned)"), r.out());
        JsonNode items = JSON.readTree(cli.run("profile", "show", "--json").out()).get("items");
        assertTrue(items.toString().contains("\"name\":\"emoji\""), items.toString());
        assertTrue(items.toString().contains("\"source\":\"feedback\""), "/good taught the learner: " + items);
        assertFalse(items.toString().contains("keep it short"), "learned while incognito: " + items);
    }

    @Test
    void pause_stopsLearning_resume_startsItAgain() {
        assertEquals(0, cli.run("profile", "pause").code());
        CliRun.Result paused = cli.run("profile", "learn", "--json", "keep it short");
        assertEquals(0, paused.code());
        assertTrue(paused.out().contains("\"persisted\":false"), paused.out());
        assertTrue(paused.err().contains("learning is paused"), paused.err());
        assertTrue(cli.run("profile", "show", "--json").out().contains("\"profile\":\"paused\""));
        assertEquals(0, cli.run("profile", "resume").code());
        assertTrue(cli.run("profile", "learn", "--json", "keep it short").out().contains("\"persisted\":true"));
    }

    @Test
    void set_isCheckedByTheBounds_andExplainTellsWhere() {
        CliRun.Result set = cli.run("profile", "set", "verbosity", "long");
        assertEquals(0, set.code(), set.err());
        assertEquals("verbosity set to long", set.out().strip());
        CliRun.Result refused = cli.run("profile", "set", "agreement", "agreeable");
        assertEquals(3, refused.code());
        assertTrue(refused.err().contains("global.dimension.agreement"), refused.err());
        assertEquals(2, cli.run("profile", "set", "verbosity", "enormous").code());
        assertEquals(2, cli.run("profile", "set", "colour", "blue").code());

        CliRun.Result explain = cli.run("profile", "explain", "verbosity");
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().contains("dimension:verbosity = long"), explain.out());
        assertTrue(explain.out().contains("from set"), explain.out());
        assertTrue(explain.out().contains("shapes your replies now"), explain.out());
        assertEquals(2, cli.run("profile", "explain", "nothing-like-this").code());
    }

    @Test
    void healthFact_underEu_needsConsent_andIsNotStoredByLearn() {
        CliRun.Result r = cli.run("profile", "learn", "--json", "I have diabetes");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("\"status\":\"needs-consent\"") && r.out().contains("eu.data.health"), r.out());
        assertTrue(cli.run("profile", "show", "--json").out().contains("\"items\":[]"));
    }
}
