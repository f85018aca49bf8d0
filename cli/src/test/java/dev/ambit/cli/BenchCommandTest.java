package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short smoke run of ambit bench so it keeps working; the figures themselves are not asserted. */
class BenchCommandTest {
    @TempDir
    Path home;

    @Test
    void benchJson_reportsBothVariantsAndTheRatios() throws Exception {
        CliHarness.Result r = new CliHarness(home).run("bench", "--model", TinyModel.path().toString(),
                "--reps", "2", "--prompt-tokens", "16", "--gen-tokens", "8", "--warmup", "1", "--warmup-time", "1", "--json");
        assertEquals(0, r.code(), r.toString());
        JsonNode report = new ObjectMapper().readTree(r.out());
        for (String variant : new String[] {"raw", "ambit"}) {
            for (String field : new String[] {"prompt_tps", "gen_tps", "first_token_ms"}) {
                assertTrue(report.path(variant).path(field).isNumber(), variant + "." + field + " in " + r.out());
            }
        }
        assertTrue(report.path("ratio_gen").isNumber());
        assertTrue(report.path("added_ttft_ms").isNumber());
        assertEquals("stories260K.gguf", report.path("model").asText());
        assertTrue(report.has("cpu_features") && report.has("threads") && report.has("java_llama_cpp_version"));
        assertTrue(report.path("native_library").asText().startsWith("bundled"), r.out());
        assertTrue(report.path("warmups").asInt() >= 1 && report.path("warmup_ms").asLong() >= 1000,
                "warm-up goes on for --warmup-time: " + r.out());
    }

    @Test
    void warmupTimeOutOfRange_isAUsageError() {
        CliHarness.Result r = new CliHarness(home).run("bench", "--model", TinyModel.path().toString(),
                "--warmup-time", "-1");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--warmup-time must be within"), r.err());
    }

    @Test
    void zeroReps_isAUsageError() {
        CliHarness.Result r = new CliHarness(home).run("bench", "--model", TinyModel.path().toString(), "--reps", "0");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("reps must be within"), r.err());
    }
}
