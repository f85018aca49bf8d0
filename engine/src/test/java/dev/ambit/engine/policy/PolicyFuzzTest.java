package dev.ambit.engine.policy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ambit.engine.testing.FuzzCampaign;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the policy parser, which reads every tier's TOML before a single turn runs.
 * Contract: any bytes either parse to a {@link Policy} or fail with a {@link PolicyException} that names the
 * origin; nothing else escapes (a bad policy must fail closed with exit 6, never with a stack trace), and
 * nothing hangs. Without {@code JAZZER_FUZZ=1} the {@code @FuzzTest} replays the seeds in
 * {@code PolicyFuzzTestInputs}; the README's "Reliability and fuzzing" section has the long run.
 */
public class PolicyFuzzTest {
    /** A short campaign in every build; {@code -Dambit.fuzz.runs=1000000 -Dambit.fuzz.seconds=3600} is the long one. */
    @Test
    void survivesAShortCampaign(@TempDir Path work) throws Exception {
        FuzzCampaign.assertSurvives(PolicyFuzzTest.class, "PolicyFuzzTestInputs/anyBytes_parseToAPolicyOrAPolicyException", 30_000, 15, work);
    }

    @FuzzTest(maxDuration = "10s")
    void anyBytes_parseToAPolicyOrAPolicyException(byte[] input) {
        fuzzerTestOneInput(input);
    }

    /**
     * Called once by the Jazzer driver before the first input: loading and instrumenting the TOML mapper's classes
     * took more than the 10 s per-input timeout on a busy machine, which the driver reported as a hang.
     */
    public static void fuzzerInitialize() {
        PolicyParser.parse("id = \"warm\"\ntier = 1\ntitle = \"Warm\"\nversion = 1\nsources = [\"warm-up\"]\n"
                .getBytes(StandardCharsets.UTF_8), "warm-up");
    }

    /** The same target for Jazzer's command-line driver, which runs a fixed number of executions. */
    public static void fuzzerTestOneInput(byte[] input) {
        Policy policy;
        try {
            policy = PolicyParser.parse(input, "fuzz.toml");
        } catch (PolicyException e) {
            assertTrue(e.getMessage().startsWith("policy fuzz.toml "), e.getMessage());
            return;
        }
        assertNotNull(policy.id());
    }
}
