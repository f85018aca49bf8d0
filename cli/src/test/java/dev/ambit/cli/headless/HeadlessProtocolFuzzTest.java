package dev.ambit.cli.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.profile.KdfCost;
import dev.ambit.engine.profile.Profile;
import dev.ambit.engine.testing.FuzzCampaign;
import dev.ambit.engine.testing.TinyModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the headless JSON-lines protocol, on the real session with the real tiny model and
 * a real unlocked store (so {@code remember} commits). Contract: the session never throws, every output line is
 * a JSON object with a "type", and every non-blank input line gets exactly one final event (anything but a
 * token). The campaign runs in a child JVM (see {@link FuzzCampaign}); the jqwik {@code HeadlessFuzzTest} covers
 * the same contract through the whole command. Public because the driver calls {@code fuzzerInitialize}.
 */
public class HeadlessProtocolFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Assistant assistant;

    @Test
    void survivesAShortCampaign(@TempDir Path work) throws Exception {
        TinyModel.path();
        FuzzCampaign.assertSurvives(HeadlessProtocolFuzzTest.class, "HeadlessProtocolFuzzTestInputs", 2_000, 20, work);
    }

    /** Called once by the Jazzer driver: one model, one store, shared by every input. */
    public static void fuzzerInitialize() {
        try {
            Path scratch = Path.of(
                    System.getProperty(FuzzCampaign.WORK_PROPERTY, System.getProperty("java.io.tmpdir")));
            Path home = Files.createTempDirectory(scratch, "home");
            AmbitHome ambitHome = new AmbitHome(home);
            Profile profile = Profile.create(ambitHome, "fuzz passphrase".toCharArray(), KdfCost.TEST, "eu");
            assistant = Assistant.open(new AssistantConfig(ambitHome, ModelSettings.cpu(TinyModel.path())));
            assistant.attachProfile(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void fuzzerTestOneInput(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        boolean stream = input.length > 0 && (input[0] & 1) == 1;
        new HeadlessSession(assistant, () -> new Sampling(1, 0.7f, 2), new BufferedReader(new StringReader(text)),
                new PrintWriter(out), stream).run();
        long expected = new BufferedReader(new StringReader(text)).lines().filter(l -> !l.isBlank()).count();
        long finals = 0;
        for (String line : out.toString().split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode event = JSON.readTree(line);
            assertTrue(event != null && event.isObject() && event.path("type").isTextual(), line);
            if (!event.get("type").asText().equals("token")) {
                finals++;
            }
        }
        assertEquals(expected, finals, "input:\n" + text + "\noutput:\n" + out);
    }
}
