package dev.ambit.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the {@code models.txt} parser. Contract: any text either parses to a catalogue that
 * survives {@code format()} and a second parse unchanged, or fails with a {@link CatalogException} naming the
 * source and the line; nothing else escapes, and nothing hangs. Without {@code JAZZER_FUZZ=1} this runs the seed
 * corpus in {@code CatalogFuzzTestInputs}; the README's "Reliability and fuzzing" section has the long run.
 */
class CatalogFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyText_parsesAndRoundTripsOrFailsWithALineNumber(byte[] input) {
        fuzzerTestOneInput(input);
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
