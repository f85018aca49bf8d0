package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety through the real command: {@code ambit chat --headless} runs as a child JVM, receives hundreds of
 * durable writes, and is killed with SIGKILL at a random point. Afterwards every write it acknowledged is in the
 * store with its exact value, nothing else is there but writes that were sent, {@code PRAGMA integrity_check}
 * says ok, the audit chain verifies, and the store takes new writes.
 *
 * <p>{@code -Dambit.crash.runs=N} sets the number of runs (default 8, for CI); {@code -Dambit.crash.seed=S}
 * replays a failing run's schedule (the seed is in every failure message). New kinds of durable write (feedback,
 * preference updates) join {@link #WRITES} with their request and the check of their acknowledgement.
 */
class CrashSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITES_PER_RUN = 150;

    /** A durable write the headless protocol offers: its request line and, from its answer, what must survive. */
    record WriteKind(String name, Function<String, String> request, Function<JsonNode, Long> acknowledgedId) {}

    static final List<WriteKind> WRITES = List.of(new WriteKind("remember",
            text -> JSON.createObjectNode().put("type", "command").put("name", "remember").put("text", text).toString(),
            event -> "remembered".equals(event.path("type").asText()) ? event.get("id").asLong() : null));

    @TempDir
    Path tmp;

    @Test
    @Timeout(600)
    void sigkillAtRandomPoints_losesNoAcknowledgedWriteAndLeavesASoundStore() throws Exception {
        int runs = Integer.getInteger("ambit.crash.runs", 8);
        long seed = Long.getLong("ambit.crash.seed", new Random().nextLong());
        Random random = new Random(seed);
        Path model = TinyModel.path();
        int acknowledgedInAll = 0;
        for (int run = 0; run < runs; run++) {
            Path home = tmp.resolve("run-" + run);
            Path passphrase = tmp.resolve("passphrase-" + run);
            Files.writeString(passphrase, "crash test passphrase " + run + "\n");
            CliHarness cli = new CliHarness(home).env("AMBIT_KDF", "test")
                    .env("AMBIT_PASSPHRASE_FILE", passphrase.toString());
            CliHarness.Result init = cli.run("init");
            assertEquals(0, init.code(), init.toString());

            int killAfter = random.nextInt(WRITES_PER_RUN);
            String context = "seed " + seed + ", run " + run + ", kill after " + killAfter + " acknowledgements";
            Outcome outcome = crashRun(home, passphrase, model, run, killAfter, random);
            acknowledgedInAll += outcome.acknowledged().size();
            check(cli, home, outcome, context);
        }
        assertTrue(acknowledgedInAll >= runs * 10L || runs < 3,
                "the runs acknowledged too few writes to mean anything (" + acknowledgedInAll + "), seed " + seed);
    }

    /** What one run sent and what the child acknowledged before it was killed. */
    private record Outcome(Set<String> sent, Map<Long, String> acknowledged) {}

    private Outcome crashRun(Path home, Path passphrase, Path model, int run, int killAfter, Random random)
            throws Exception {
        List<String> texts = new ArrayList<>();
        List<WriteKind> kinds = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < WRITES_PER_RUN; i++) {
            WriteKind kind = WRITES.get(random.nextInt(WRITES.size()));
            String text = "run " + run + " write " + i + " " + Long.toHexString(random.nextLong());
            texts.add(text);
            kinds.add(kind);
            input.append(kind.request().apply(text)).append('\n');
        }
        Process child = start(home, passphrase, model);
        // Written from another thread: the child answers while we read, and a full pipe would block both sides.
        Thread writer = new Thread(() -> {
            try (OutputStream stdin = child.getOutputStream()) {
                stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The child was killed before it read everything: expected.
            }
        });
        writer.start();
        Map<Long, String> acknowledged = new LinkedHashMap<>();
        int answered = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode event = JSON.readTree(line);
                Long id = kinds.get(answered).acknowledgedId().apply(event);
                assertTrue(id != null, "write " + answered + " was not acknowledged: " + line);
                acknowledged.put(id, texts.get(answered));
                answered++;
                if (answered > killAfter) {
                    // A little jitter so the kill lands anywhere in the next write, not just between two.
                    Thread.sleep(random.nextInt(3));
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
        writer.join(10_000);
        return new Outcome(new HashSet<>(texts), acknowledged);
    }

    private void check(CliHarness cli, Path home, Outcome outcome, String context) throws Exception {
        Path db = home.resolve("store").resolve("ambit.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1), context);
        }
        CliHarness.Result show = cli.run("profile", "show", "--json");
        assertEquals(0, show.code(), context + "\n" + show);
        Map<Long, String> stored = new HashMap<>();
        for (JsonNode item : JSON.readTree(show.out()).get("items")) {
            stored.put(item.get("id").asLong(), item.get("value").asText());
        }
        for (Map.Entry<Long, String> ack : outcome.acknowledged().entrySet()) {
            assertEquals(ack.getValue(), stored.get(ack.getKey()), context + ": acknowledged write " + ack.getKey());
        }
        System.out.printf("crash %s: %d acknowledged, %d stored%n", context, outcome.acknowledged().size(),
                stored.size());
        for (String value : stored.values()) {
            // A write may commit just before the kill and never be acknowledged; it must still be one we sent.
            assertTrue(outcome.sent().contains(value), context + ": a value nobody wrote: " + value);
        }
        CliHarness.Result audit = cli.run("audit", "verify");
        assertEquals(0, audit.code(), context + "\n" + audit);
        CliHarness.Result after = cli.run("profile", "remember", "written after the crash");
        assertEquals(0, after.code(), context + "\n" + after);
    }

    private static Process start(Path home, Path passphrase, Path model) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "chat", "--headless", "--model", model.toString(), "--passphrase-file", passphrase.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMBIT_HOME", home.toString());
        pb.environment().remove("AMBIT_MODEL");
        pb.environment().remove("AMBIT_PASSPHRASE_FILE");
        pb.redirectError(home.resolve("child-stderr.txt").toFile());
        return pb.start();
    }
}
