package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the GGUF header parser, which reads files a user points ambit at. Contract: any
 * bytes give a header or a {@link ModelException} / {@link IOException} (a short file); no other exception,
 * no stack overflow, no hang. Without {@code JAZZER_FUZZ=1} this runs the seed corpus in
 * {@code GgufFuzzTestInputs}.
 */
class GgufFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes_giveAHeaderOrATypedError(byte[] input) {
        fuzzerTestOneInput(input);
    }

    /** The same target for Jazzer's command-line driver, which runs a fixed number of executions. */
    public static void fuzzerTestOneInput(byte[] input) {
        GgufMetadata header;
        try {
            header = GgufMetadata.parse(new ByteArrayInputStream(input), "fuzz.gguf");
        } catch (ModelException | IOException e) {
            return;
        }
        assertTrue(header.version() >= 1 && header.version() <= 3, "version " + header.version());
        header.architecture();
        header.trainedContextLength();
        header.chatTemplate();
    }
}
