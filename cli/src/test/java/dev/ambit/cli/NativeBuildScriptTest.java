package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * native/build.sh's command line. The build itself takes minutes and needs llama.cpp's sources, so it is
 * exercised by hand (bench/README.md); here: help, and that bad input is refused before anything is fetched.
 */
class NativeBuildScriptTest {
    private static final Path SCRIPT = Path.of("..", "native", "build.sh").toAbsolutePath().normalize();

    @TempDir
    Path home;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMBIT_HOME", home.toString());
        pb.environment().put("TMPDIR", home.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script answers at once");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void help_explainsTheOptionsAndExitCodes() throws Exception {
        Run r = run("--help");
        assertEquals(0, r.code(), r.err());
        for (String expected : List.of("--cpu native|portable", "--cuda", "--llama-src", "--jllama-src", "Exit codes")) {
            assertTrue(r.out().contains(expected), expected + " in:\n" + r.out());
        }
    }

    @Test
    void badInput_isOneLineAndExitTwo_andInstallsNothing() throws Exception {
        List<String[]> bad = List.of(new String[] {"--cpu", "fast"}, new String[] {"--jobs", "0"},
                new String[] {"--frobnicate"}, new String[] {"--llama-src", home.resolve("missing").toString()},
                new String[] {"--jllama-src", home.toString()}, new String[] {"--dest"});
        for (String[] args : bad) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("native/build.sh: "), r.err());
        }
        assertFalse(Files.exists(home.resolve("native")), "nothing installed");
    }
}
