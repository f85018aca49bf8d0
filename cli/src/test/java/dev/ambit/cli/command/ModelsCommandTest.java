package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.cli.AmbitCommand;
import dev.ambit.cli.CliContext;
import dev.ambit.engine.catalog.Sha256;
import dev.ambit.engine.testing.LoopbackModelServer;
import dev.ambit.engine.testing.TinyModel;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ambit models ...} and the first run, end to end against a real HTTP server on loopback. */
class ModelsCommandTest {
    static LoopbackModelServer server;
    @TempDir
    Path dir;
    Path home;
    Path catalogue;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void startServer() {
        server = LoopbackModelServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void writeCatalogue() throws Exception {
        home = dir.resolve("home");
        String digest = Sha256.of(TinyModel.path()).hex();
        long size = Files.size(TinyModel.path());
        catalogue = Files.writeString(dir.resolve("mirror.txt"), String.join("\n",
                "# a mirror for tests",
                "tiny | chat | " + server.url("/model.gguf") + " | " + digest + " | " + size
                        + " | MIT | none | 1GB | the tiny stories model",
                "broken | chat | " + server.url("/corrupt.gguf") + " | " + digest + " | " + size
                        + " | MIT | none | 1GB | serves corrupted bytes",
                "other | chat | https://models.example.org/other.gguf | " + "ab".repeat(32)
                        + " | 10 | Apache-2.0 | chatml | 2GB | another model",
                "default tiny", ""));
    }

    Run ambit(String stdin, boolean interactive, Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("AMBIT_HOME", home.toString(),
                "AMBIT_CATALOG", catalogue.toString()));
        env.putAll(extraEnv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), interactive);
        int code = AmbitCommand.run(args, context);
        return new Run(code, out.toString(), err.toString());
    }

    Run ambit(String... args) {
        return ambit("", false, Map.of(), args);
    }

    static void assertOneErrorLine(Run run, int code, String fragment) {
        assertEquals(code, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
        assertTrue(run.err().startsWith("ambit: "), run.err());
        assertTrue(run.err().contains(fragment), run.err());
    }

    @Test
    void list_json_showsTheCatalogue_thenPullInstallsAndListShowsIt() throws Exception {
        JsonNode before = new ObjectMapper().readTree(ambit("models", "list", "--json").out());
        assertEquals("tiny", before.get("default").asText());
        assertEquals(3, before.get("models").size());
        assertFalse(before.get("models").get(0).get("installed").asBoolean());

        Run pull = ambit("models", "pull", "tiny");
        assertEquals(0, pull.code(), pull.err());
        assertTrue(pull.out().startsWith("installed tiny ("), pull.out());
        assertTrue(pull.err().contains("ambit: tiny [") && pull.err().contains("100%"),
                "sparse progress lines when not on a terminal: " + pull.err());

        JsonNode after = new ObjectMapper().readTree(ambit("models", "list", "--json").out());
        JsonNode tiny = after.get("models").get(0);
        assertTrue(tiny.get("installed").asBoolean());
        assertTrue(tiny.get("default").asBoolean());
        assertEquals(Files.size(TinyModel.path()), tiny.get("size_bytes").asLong());
        assertTrue(ambit("models", "list").out().contains("* tiny"), "the table marks the default");

        Run again = ambit("models", "pull", "tiny");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("already installed"), again.out());

        Run verify = ambit("models", "verify");
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().startsWith("ok      tiny"), verify.out());
    }

    @Test
    void pull_badInputs_answerWithOneLineAndTheirExitCode() throws Exception {
        assertOneErrorLine(ambit("models", "pull", "nope"), 2, "no model called 'nope'");
        Run broken = ambit("models", "pull", "broken");
        assertEquals(7, broken.code());
        String last = broken.err().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("ambit: checksum mismatch for broken"), "progress, then the one error line: " + last);
        assertFalse(Files.exists(home.resolve("models").resolve("broken.gguf")), "nothing installed");

        Path bad = Files.writeString(dir.resolve("bad.txt"), "# ok\ntiny | chat | https://e.org/t.gguf | zz | 1 | MIT"
                + " | none | 1GB | d\n");
        assertOneErrorLine(ambit("models", "pull", "tiny", "--catalog", bad.toString()), 2, bad + " line 2: sha256");
        assertOneErrorLine(ambit("models", "list", "--catalog", dir.resolve("absent.txt").toString()), 2,
                "catalogue file not found");
        assertOneErrorLine(ambit("models", "rm", "tiny"), 2, "no installed model called 'tiny'");
        assertOneErrorLine(ambit("models", "default", "tiny"), 2, "no installed model called 'tiny'");
    }

    @Test
    void verify_findsADamagedInstall_rmRemovesIt() throws Exception {
        assertEquals(0, ambit("models", "pull", "tiny").code());
        Path installed = home.resolve("models").resolve("tiny.gguf");
        byte[] bytes = Files.readAllBytes(installed);
        bytes[bytes.length / 2] ^= 1;
        Files.write(installed, bytes);

        Run verify = ambit("models", "verify", "tiny");
        assertEquals(7, verify.code());
        assertTrue(verify.out().startsWith("FAILED  tiny"), verify.out());
        assertTrue(verify.err().contains("installed model tiny is damaged"), verify.err());

        Run rm = ambit("models", "rm", "tiny");
        assertEquals(0, rm.code(), rm.err());
        assertFalse(Files.exists(installed));
    }

    @Test
    void import_installsALocalFile_recognisedByItsDigest_andDefaultSelectsIt() {
        Run imported = ambit("models", "import", TinyModel.path().toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("matches the catalogue entry tiny"), imported.out());

        Run second = ambit("models", "import", TinyModel.path().toString(), "--name", "copy");
        assertEquals(0, second.code(), second.err());
        Run def = ambit("models", "default", "copy");
        assertEquals(0, def.code(), def.err());
        assertTrue(ambit("models", "list").out().contains("* copy"));

        assertOneErrorLine(ambit("models", "import", TinyModel.path().toString(), "--name", "other"), 7,
                "checksum mismatch");
        assertOneErrorLine(ambit("models", "import", dir.resolve("none.gguf").toString()), 2, "no such file");
    }

    @Test
    void firstRun_explainsInScripts_offersThePullAtATerminal_andThenAnswers() {
        Run scripted = ambit("ask", "--seed", "1", "--max-tokens", "8", "Once upon a time");
        assertOneErrorLine(scripted, 4, "ambit models pull tiny");

        Run declined = ambit("n\n", true, Map.of(), "ask", "--seed", "1", "--max-tokens", "8", "Once upon a time");
        assertEquals(4, declined.code());
        assertTrue(declined.err().contains("Download tiny now"), declined.err());

        Run accepted = ambit("y\n", true, Map.of(), "ask", "--seed", "1", "--max-tokens", "8", "Once upon a time");
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.out().startsWith("installed tiny"), accepted.out());
        assertTrue(accepted.out().lines().count() >= 2, "then the answer: " + accepted.out());

        Run gpu = ambit("", false, Map.of("AMBIT_GPU_LAYERS", "3"), "ask", "--seed", "1", "--max-tokens", "4",
                "Once");
        assertEquals(0, gpu.code(), gpu.err());
        if (!dev.ambit.engine.inference.NativeLibrary.gpuOffloadPossible(home.resolve("native"))) {
            assertTrue(gpu.err().startsWith("ambit: --gpu-layers 3 ignored: the llama.cpp library in use is CPU-only"),
                    gpu.err());
        }
        assertOneErrorLine(ambit("", false, Map.of("AMBIT_GPU_LAYERS", "many"), "ask", "Once"), 2,
                "AMBIT_GPU_LAYERS must be a whole number");
    }
}
