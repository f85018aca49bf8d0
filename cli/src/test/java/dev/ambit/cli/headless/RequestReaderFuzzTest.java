package dev.ambit.cli.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ambit.engine.testing.FuzzCampaign;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the headless protocol's line reader without a model, so that a campaign reaches
 * millions of lines ({@link HeadlessProtocolFuzzTest} drives the whole session with the tiny model, about 100
 * inputs a second). Contract: every line the session would read (split as {@link BufferedReader#readLine} splits)
 * is either a well-formed request or a {@link ProtocolException} with one of the documented codes and a message;
 * nothing else escapes, and nothing hangs. The README's "Reliability and fuzzing" section has the long run.
 */
public class RequestReaderFuzzTest {
    private static final Set<String> CODES = Set.of("bad_json", "bad_event", "unknown_type", "unknown_command");

    /** A short campaign in every build; {@code -Dambit.fuzz.runs=1000000 -Dambit.fuzz.seconds=3600} is the long one. */
    @Test
    void survivesAShortCampaign(@TempDir Path work) throws Exception {
        FuzzCampaign.assertSurvives(RequestReaderFuzzTest.class, "RequestReaderFuzzTestInputs/anyLine_isARequestOrATypedProtocolError", 30_000, 15, work);
    }

    @FuzzTest(maxDuration = "10s")
    void anyLine_isARequestOrATypedProtocolError(byte[] input) throws IOException {
        fuzzerTestOneInput(input);
    }

    /**
     * Called once by the Jazzer driver before the first input, so that loading and instrumenting Jackson is not
     * counted against the 10 s per-input timeout (on a busy machine it can pass for a hang).
     */
    public static void fuzzerInitialize() {
        RequestReader.read("{\"type\":\"command\",\"name\":\"clear\"}");
    }

    /** The same target for Jazzer's command-line driver, which runs a fixed number of executions. */
    public static void fuzzerTestOneInput(byte[] input) throws IOException {
        BufferedReader lines = new BufferedReader(new StringReader(new String(input, StandardCharsets.UTF_8)));
        String line;
        while ((line = lines.readLine()) != null) {
            if (!line.isBlank()) {
                check(line);
            }
        }
    }

    private static void check(String line) {
        HeadlessRequest request;
        try {
            request = RequestReader.read(line);
        } catch (ProtocolException e) {
            assertTrue(CODES.contains(e.code()), e.code());
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), line);
            return;
        }
        assertNotNull(request, line);
        if (request instanceof HeadlessRequest.Feedback f) {
            assertTrue(f.turn() > 0, line);
            assertEquals(f.up() ? "up" : "down", f.rating());
        } else if (request instanceof HeadlessRequest.Choose c) {
            assertTrue(c.turn() > 0, line);
        } else if (request instanceof HeadlessRequest.Message m) {
            assertNotNull(m.text(), line);
        } else if (request instanceof HeadlessRequest.Remember r) {
            assertNotNull(r.text(), line);
        } else if (request instanceof HeadlessRequest.Consent c) {
            assertFalse(c.fact().isEmpty(), line);
        }
    }
}
