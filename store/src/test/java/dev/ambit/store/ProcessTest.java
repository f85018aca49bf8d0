package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real child JVMs: one killed with SIGKILL mid-write, and one writing beside this process. */
class ProcessTest {
    @TempDir
    Path home;

    @Test
    @Timeout(120)
    void sigkillDuringWrites_losesNoAcknowledgedItemAndLeavesASoundFile() throws Exception {
        Path dir = home.resolve("store");
        StoreFixture.create(dir).close();
        Process child = start(dir, "crash", 1_000_000);
        Map<Long, String> acked = new LinkedHashMap<>();
        try (BufferedReader lines = reader(child)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    String[] parts = line.split(" ", 3);
                    acked.put(Long.parseLong(parts[1]), parts[2]);
                    if (acked.size() == 60) {
                        // SIGKILL on POSIX: no shutdown hooks, no close. It also closes our end of the pipe,
                        // so the acknowledgements checked are exactly those read so far.
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(child.exitValue() != 0, "the child was killed, not finished");
        assertTrue(acked.size() >= 60, "acknowledged " + acked.size());

        try (Store store = StoreFixture.open(dir)) {
            assertEquals("ok", store.integrityCheck());
            for (Map.Entry<Long, String> e : acked.entrySet()) {
                assertEquals(e.getValue(), store.item(e.getKey()).value());
            }
            assertTrue(store.verifyAudit().intact(), store.verifyAudit().problem());
        }
    }

    @Test
    @Timeout(120)
    void twoProcessesWritingAtOnce_bothSucceedWithoutCorruption() throws Exception {
        Path dir = home.resolve("store");
        StoreFixture.create(dir).close();
        int each = 25;
        Process child = start(dir, "child", each);
        Set<String> expected = new HashSet<>();
        try (BufferedReader lines = reader(child); Store store = StoreFixture.open(dir)) {
            String line = lines.readLine();
            assertEquals("ready", line, "the child opened the store while this process has it open");
            for (int i = 0; i < each; i++) {
                String value = "parent-" + i;
                store.add(NewItem.fact(value, "{}"));
                expected.add(value);
                expected.add("child-" + i);
            }
            String last = null;
            while ((line = lines.readLine()) != null) {
                last = line;
            }
            assertEquals("done", last);
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue());
        try (Store store = StoreFixture.open(dir)) {
            List<String> values = store.items().stream().map(Item::value).toList();
            assertEquals(expected, new HashSet<>(values));
            assertEquals(2 * each, values.size());
            assertEquals("ok", store.integrityCheck());
            assertTrue(store.verifyAudit().intact(), store.verifyAudit().problem());
        }
    }

    private static Process start(Path dir, String prefix, int count) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildWriter.class.getName(),
                        dir.toString(), StoreFixture.PASSPHRASE, prefix, Integer.toString(count))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
