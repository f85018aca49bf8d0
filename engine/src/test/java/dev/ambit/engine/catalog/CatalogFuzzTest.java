package dev.ambit.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ambit.engine.testing.FuzzCampaign;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the {@code models.txt} parser. Contract: any text either parses to a catalogue that
 * survives {@code format()} and a second parse unchanged, or fails with a {@link CatalogException} naming the
 * source and the line; nothing else escapes, and nothing hangs. Without {@code JAZZER_FUZZ=1} this runs the seed
 * corpus in {@code CatalogFuzzTestInputs}; the README's "Reliability and fuzzing" section has the long run.
 */
public class CatalogFuzzTest {
    /**
     * A short campaign in every build (Jazzer's driver in a child JVM, coverage-guided, seeded from the inputs
     * directory); {@code -Dambit.fuzz.runs=1000000 -Dambit.fuzz.seconds=3600} is the long one.
     */
    @Test
    void survivesAShortCampaign(@TempDir Path work) throws Exception {
        FuzzCampaign.assertSurvives(CatalogFuzzTest.class, "CatalogFuzzTestInputs/anyText_parsesAndRoundTripsOrFailsWithALineNumber", 30_000, 15, work);
    }

    @FuzzTest(maxDuration = "10s")
    void anyText_parsesAndRoundTripsOrFailsWithALineNumber(byte[] input) {
        fuzzerTestOneInput(input);
    }

    /**
     * Called once by the Jazzer driver before the first input: loading and instrumenting the parser's classes can
     * take more than the 10 s per-input timeout on a busy machine, which the driver would report as a hang.
     */
    public static void fuzzerInitialize() {
        Catalog warm = Catalog.parse("warm-up | chat | https://example.invalid/warm.gguf | " + "0".repeat(64)
                + " | 1 | MIT | chatml | 2GB | Warm-up entry.\n", "warm-up");
        Catalog.parse(warm.format(), "warm-up");
    }

    /** The same target for Jazzer's command-line driver, which runs a fixed number of executions. */
    public static void fuzzerTestOneInput(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Catalog catalog;
        try {
            catalog = Catalog.parse(text, "fuzz.txt");
        } catch (CatalogException e) {
            assertTrue(e.getMessage().matches("(?s)fuzz\\.txt line \\d+: .+"), e.getMessage());
            return;
        }
        assertEquals(catalog, Catalog.parse(catalog.format(), "fuzz.txt"));
    }
}
