package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ambit.engine.testing.TinyModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real process: it exits on its own despite llama.cpp's native threads, and stdout holds only JSON. */
class MainProcessTest {
    @TempDir
    Path home;

    static Process start(Path home, String... args) throws IOException {
        return start(home, List.of(), args);
    }

    static Process start(Path home, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("AMBIT_HOME", home.toString());
        pb.environment().remove("AMBIT_MODEL");
        return pb.start();
    }

    @Test
    void askJson_exitsByItself_andStdoutIsExactlyOneJsonObject() throws Exception {
        Process p = start(home, "ask", "--model", TinyModel.path().toString(), "--json", "--seed", "7",
                "--max-tokens", "16", "Once upon a time");
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM must exit although native threads are running");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        JsonNode reply = new ObjectMapper().readTree(out);
        assertTrue(reply.has("text") && reply.has("verdict"), out);
        assertEquals(1, out.strip().lines().count(), "nothing but the JSON object on stdout: " + out);
        assertTrue(err.isBlank(), "llama.cpp's log stays off the terminal without --verbose: " + err);
    }

    @Test
    void loadingAModel_leavesTheUsersLlamaFilesInTheTempDirectoryAlone() throws Exception {
        // The binding's loader, left alone, deletes every llama* file in the temp directory on start.
        Path tmp = Files.createDirectories(home.resolve("system-tmp"));
        Path notes = Files.writeString(tmp.resolve("llama-notes.txt"), "mine");
        Path build = Files.createDirectories(tmp.resolve("llama.cpp-build"));
        Process p = start(home, List.of("-Djava.io.tmpdir=" + tmp), "ask", "--model", TinyModel.path().toString(),
                "--json", "--max-tokens", "4", "Once upon a time");
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals("mine", Files.readString(notes));
        assertTrue(Files.isDirectory(build));
        assertEquals(1, out.strip().lines().count(), "nothing but the JSON object on stdout: " + out);
    }

    @Test
    void missingModel_exits4WithOneLine() throws Exception {
        Process p = start(home, "ask", "--model", home.resolve("none.gguf").toString(), "hi");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(4, p.exitValue());
        assertEquals(1, err.strip().lines().count(), err);
    }
}
