package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.prefs.PreferenceLearner;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety through the real command: {@code ambit chat --headless} runs as a child JVM, receives hundreds of
 * durable writes of every kind the protocol offers ({@code remember}, messages that state a preference,
 * {@code feedback} on a reply, {@code compare} then {@code choose}; see {@link CrashScript}), and is killed with
 * SIGKILL at a random point. Afterwards every fact it acknowledged is in the store with its exact value, nothing
 * else is there but facts that were sent, the learner's stored state is at least the state its last
 * acknowledgement reported (and exactly it when nothing later committed), each dimension's stored evidence and
 * value come from the same update (one transaction, acknowledged or not), {@code PRAGMA integrity_check} says
 * ok, the audit chain verifies, and the store takes new writes.
 *
 * <p>{@code -Dambit.crash.runs=N} sets the number of runs (default 8, for CI); {@code -Dambit.crash.seed=S}
 * replays a failing run's schedule (the seed is in every failure message).
 */
class CrashSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITES_PER_RUN = 150;

    @TempDir
    Path tmp;

    @Test
    @Timeout(600)
    void sigkillAtRandomPoints_losesNoAcknowledgedWriteAndLeavesASoundStore() throws Exception {
        int runs = Integer.getInteger("ambit.crash.runs", 8);
        long seed = Long.getLong("ambit.crash.seed", new Random().nextLong());
        Random random = new Random(seed);
        Path model = TinyModel.path();
        Map<CrashScript.Kind, Integer> acknowledgedInAll = new EnumMap<>(CrashScript.Kind.class);
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
            Outcome outcome = crashRun(home, passphrase, model, CrashScript.generate(random, run, WRITES_PER_RUN),
                    killAfter, random, context);
            outcome.kinds().forEach((kind, n) -> acknowledgedInAll.merge(kind, n, Integer::sum));
            check(cli, home, outcome, context);
        }
        System.out.println("crash: acknowledged in all " + acknowledgedInAll + ", seed " + seed);
        int total = acknowledgedInAll.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= runs * 10L || runs < 3,
                "the runs acknowledged too few writes to mean anything (" + total + "), seed " + seed);
    }

    /**
     * What one run sent and what the child acknowledged before it was killed: the facts by id, the learner's
     * state in the last acknowledged preference event (null before the first), how many learner writes were sent
     * but not answered (any of them may have committed before the kill), and the acknowledgements by kind.
     */
    private record Outcome(Set<String> sentFacts, Map<Long, String> facts, JsonNode learner, int unansweredLearnerWrites,
            Map<CrashScript.Kind, Integer> kinds) {}

    private Outcome crashRun(Path home, Path passphrase, Path model, List<CrashScript.Request> requests, int killAfter,
            Random random, String context) throws Exception {
        StringBuilder input = new StringBuilder();
        requests.forEach(r -> input.append(r.line()).append('\n'));
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
        Map<Long, String> facts = new LinkedHashMap<>();
        Map<CrashScript.Kind, Integer> kinds = new EnumMap<>(CrashScript.Kind.class);
        JsonNode learner = null;
        int answered = 0;
        List<JsonNode> answer = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode event = JSON.readTree(line);
                answer.add(event);
                if (!CrashScript.isFinal(event)) {
                    continue;
                }
                CrashScript.Request request = requests.get(answered);
                JsonNode acknowledged = acknowledgement(request, answer, context + ", request " + answered);
                if (request.kind() == CrashScript.Kind.REMEMBER) {
                    facts.put(acknowledged.get("id").asLong(), request.fact());
                } else if (request.kind().writes) {
                    learner = acknowledged;
                }
                kinds.merge(request.kind(), 1, Integer::sum);
                answer.clear();
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
        Set<String> sent = new HashSet<>();
        int unanswered = 0;
        for (int i = 0; i < requests.size(); i++) {
            CrashScript.Request r = requests.get(i);
            if (r.fact() != null) {
                sent.add(r.fact());
            }
            if (i >= answered && r.kind().writes && r.kind() != CrashScript.Kind.REMEMBER) {
                unanswered++;
            }
        }
        return new Outcome(sent, facts, learner, unanswered, kinds);
    }

    /** The event that acknowledges {@code request} durably; fails when the answer is anything else. */
    private static JsonNode acknowledgement(CrashScript.Request request, List<JsonNode> answer, String context) {
        JsonNode last = answer.get(answer.size() - 1);
        JsonNode ack = switch (request.kind()) {
            case REMEMBER -> last.path("type").asText().equals("remembered") ? last : null;
            case STATEMENT -> last.path("type").asText().equals("reply") ? CrashScript.preference(answer, "statement") : null;
            case FEEDBACK -> CrashScript.preference(answer, "feedback");
            case COMPARE -> CrashScript.preference(answer, "compare");
            case CHOOSE -> CrashScript.preference(answer, "choice");
        };
        assertTrue(ack != null, context + ": " + request.line() + " was not acknowledged: " + answer);
        if (request.kind().writes && request.kind() != CrashScript.Kind.REMEMBER) {
            assertTrue(ack.path("persisted").asBoolean(false) && ack.has("evidence"),
                    context + ": a learner write not reported as persisted: " + ack);
        }
        return ack;
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
        JsonNode items = JSON.readTree(show.out()).get("items");
        checkFacts(items, outcome, context);
        checkLearner(items, outcome, context);
        CliHarness.Result audit = cli.run("audit", "verify");
        assertEquals(0, audit.code(), context + "\n" + audit);
        CliHarness.Result after = cli.run("profile", "remember", "written after the crash");
        assertEquals(0, after.code(), context + "\n" + after);
    }

    /** Remembered facts are the store's items of kind {@code fact} without a name (learned facts have one). */
    private static void checkFacts(JsonNode items, Outcome outcome, String context) {
        Map<Long, String> stored = new HashMap<>();
        for (JsonNode item : items) {
            if (item.get("kind").asText().equals("fact") && item.get("name").asText().isEmpty()) {
                stored.put(item.get("id").asLong(), item.get("value").asText());
            }
        }
        for (Map.Entry<Long, String> ack : outcome.facts().entrySet()) {
            assertEquals(ack.getValue(), stored.get(ack.getKey()), context + ": acknowledged write " + ack.getKey());
        }
        System.out.printf("crash %s: %d facts acknowledged, %d stored; acknowledged %s%n", context,
                outcome.facts().size(), stored.size(), outcome.kinds());
        for (String value : stored.values()) {
            // A write may commit just before the kill and never be acknowledged; it must still be one we sent.
            assertTrue(outcome.sentFacts().contains(value), context + ": a value nobody wrote: " + value);
        }
    }

    /**
     * The learner's evidence per dimension (kind {@code feedback} in the store) only grows, one observation per
     * update, and each preference event reports it after the commit. So the stored count is at least the last
     * acknowledged one and at most that plus the unanswered learner writes (each adds at most one per dimension);
     * where it equals the acknowledged count nothing later committed, and the stored value must be exactly the
     * acknowledged one (or absent where none was reported; events report the values of comparable dimensions).
     *
     * <p>An update's evidence and value commit in one transaction and carry the same provenance time, so evidence
     * whose update must have set the value (a statement, or a confidence past
     * {@link PreferenceLearner#STORE_CONFIDENCE}) has a stored value of that same time: the value that update
     * produced, even when the kill came before its acknowledgement. Two commits would leave the new evidence beside
     * the previous value here.
     */
    private static void checkLearner(JsonNode items, Outcome outcome, String context) {
        Map<String, JsonNode> storedEvidence = new HashMap<>();
        Map<String, JsonNode> storedValues = new HashMap<>();
        for (JsonNode item : items) {
            String name = item.get("name").asText();
            switch (item.get("kind").asText()) {
                case "feedback" -> storedEvidence.put(name, item);
                case "preference" -> storedValues.put(name, item);
                default -> { }
            }
        }
        JsonNode evidence = outcome.learner() == null ? JSON.createObjectNode() : outcome.learner().get("evidence");
        JsonNode profile = outcome.learner() == null ? JSON.createObjectNode() : outcome.learner().get("profile");
        Set<String> dimensions = new HashSet<>(storedEvidence.keySet());
        evidence.fieldNames().forEachRemaining(dimensions::add);
        int paired = 0;
        for (String d : dimensions) {
            int acknowledged = evidence.path(d).asInt(0);
            JsonNode evidenceItem = storedEvidence.get(d);
            int stored = evidenceItem == null ? 0 : evidence(evidenceItem.get("value").asText(), context);
            JsonNode valueItem = storedValues.get(d);
            String where = context + ", dimension " + d + ": stored evidence " + stored + ", acknowledged "
                    + acknowledged + ", unanswered learner writes " + outcome.unansweredLearnerWrites();
            assertTrue(stored >= acknowledged, where + ": an acknowledged update is lost");
            assertTrue(stored <= acknowledged + outcome.unansweredLearnerWrites(), where + ": updates nobody sent");
            boolean reported = Dimension.byName(d).map(PreferenceLearner.COMPARABLE::contains).orElse(false);
            if (stored == acknowledged && reported) {
                JsonNode value = profile.path(d).path("value");
                assertEquals(value.isMissingNode() ? null : value.asText(),
                        valueItem == null ? null : valueItem.get("value").asText(), where);
            }
            if (reported && evidenceItem != null && setsTheValue(evidenceItem.get("provenance"))) {
                assertTrue(valueItem != null, where + ": evidence of an update that set the value, and no value");
                assertEquals(time(evidenceItem, where), time(valueItem, where),
                        where + ": the stored value is not the one the stored evidence's update produced");
                paired++;
            }
        }
        System.out.printf("crash %s: %d dimensions' evidence and value checked as one update%n", context, paired);
    }

    /**
     * Whether the update that wrote this evidence also wrote the dimension's value: a rating or choice does once the
     * learner's confidence reaches the threshold, and a statement always does (its evidence carries confidence 1).
     * The confidence is stored rounded to three decimals, so only a rounded value strictly past the threshold is
     * sure to have reached it.
     */
    private static boolean setsTheValue(JsonNode provenance) {
        return provenance.path("confidence").asDouble(0) > PreferenceLearner.STORE_CONFIDENCE;
    }

    private static Instant time(JsonNode item, String where) {
        String time = item.path("provenance").path("time").asText("");
        assertTrue(!time.isEmpty(), where + ": an item without a provenance time: " + item);
        return Instant.parse(time);
    }

    private static int evidence(String modelJson, String context) {
        try {
            return JSON.readTree(modelJson).get("evidence").asInt();
        } catch (IOException e) {
            throw new AssertionError(context + ": stored learner evidence is not JSON: " + modelJson, e);
        }
    }

    private static Process start(Path home, Path passphrase, Path model) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "chat", "--headless", "--model", model.toString(), "--passphrase-file", passphrase.toString(),
                "--seed", "1", "--max-tokens", "8"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMBIT_HOME", home.toString());
        pb.environment().remove("AMBIT_MODEL");
        pb.environment().remove("AMBIT_PASSPHRASE_FILE");
        pb.redirectError(home.resolve("child-stderr.txt").toFile());
        return pb.start();
    }
}
