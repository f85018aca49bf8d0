package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ambit.engine.testing.FuzzCampaign;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the GGUF header parser, which reads files a user points ambit at. Contract: any
 * bytes give a header or a {@link ModelException} / {@link IOException} (a short file); no other exception,
 * no stack overflow, no hang. Without {@code JAZZER_FUZZ=1} this runs the seed corpus in
 * {@code GgufFuzzTestInputs}.
 */
class GgufFuzzTest {
    /**
     * A short campaign in every build (Jazzer's driver in a child JVM, coverage-guided, seeded from the inputs
     * directory); {@code -Dambit.fuzz.runs=1000000 -Dambit.fuzz.seconds=3600} is the long one.
     */
    @Test
    void survivesAShortCampaign(@TempDir Path work) throws Exception {
        FuzzCampaign.assertSurvives(GgufFuzzTest.class, "GgufFuzzTestInputs/anyBytes_giveAHeaderOrATypedError", 30_000, 15, work);
    }

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

    /** Found by reasoning about the fuzz target: arrays of arrays nested deeper than the stack allows. */
    @Test
    void deeplyNestedArrays_areACorruptHeaderNotAStackOverflow(@TempDir Path dir) throws IOException {
        int depth = 200_000;
        ByteBuffer b = ByteBuffer.allocate(64 + 12 * depth).order(ByteOrder.LITTLE_ENDIAN);
        byte[] key = "nested".getBytes(StandardCharsets.UTF_8);
        b.putInt(GgufMetadata.MAGIC).putInt(3).putLong(0).putLong(1).putLong(key.length).put(key).putInt(9);
        for (int i = 0; i < depth; i++) {
            b.putInt(9).putLong(1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(b.array(), 0, b.position());
        ModelException e = assertThrows(ModelException.class,
                () -> GgufMetadata.parse(new ByteArrayInputStream(bytes.toByteArray()), "nested.gguf"));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        Path file = Files.write(dir.resolve("nested.gguf"), bytes.toByteArray());
        assertThrows(ModelException.class, () -> GgufMetadata.read(file));
    }
}
