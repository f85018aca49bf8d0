package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./ambit} launcher's rebuild decision, on a copy of the script in a scratch checkout whose
 * {@code mvn} and {@code java} are recording stand-ins: only a source change may trigger the minute-long build.
 */
class LauncherTest {
    private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path root;
    private Path bin;

    @BeforeEach
    void scratchCheckout() throws IOException {
        Path launcher = Path.of("..", "ambit").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(launcher), "the launcher at the repository root: " + launcher);
        Files.copy(launcher, root.resolve("ambit"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String source : List.of("pom.xml", "models.txt", "store/src/A.java", "engine/src/B.java",
                "cli/src/C.java", "policies/eu.toml", "cli/target/ambit.jar")) {
            write(root.resolve(source), "x", BUILT.minusSeconds(3600));
        }
        write(root.resolve("cli/target/.ambit-built"), "", BUILT);
        bin = Files.createDirectories(root.resolve("bin"));
        script("mvn", "echo build >> \"" + root.resolve("mvn-calls") + "\"");
        script("java", "echo \"$*\" >> \"" + root.resolve("java-calls") + "\"");
    }

    @Test
    void freshBuildOutput_isNotASourceChange_andDoesNotRebuild() throws Exception {
        write(root.resolve("store/target/surefire-reports/TEST-x.xml"), "<x/>", BUILT.plusSeconds(60));
        write(root.resolve("cli/target/classes/Y.class"), "x", BUILT.plusSeconds(60));
        assertEquals(0, run("--version"));
        assertFalse(Files.exists(root.resolve("mvn-calls")), "no rebuild for files under target/");
        assertTrue(Files.readString(root.resolve("java-calls")).contains("-jar " + root.resolve("cli/target/ambit.jar")
                + " --version"), "then runs the jar");
    }

    @Test
    void changedSource_rebuildsOnce() throws Exception {
        write(root.resolve("engine/src/B.java"), "changed", BUILT.plusSeconds(60));
        assertEquals(0, run("--version"));
        assertEquals(1, Files.readAllLines(root.resolve("mvn-calls")).size());
    }

    private int run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(root.resolve("ambit").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
        pb.environment().put("HOME", root.toString());
        pb.environment().remove("AMBIT_JAVA_OPTS");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), output);
        return p.exitValue();
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void write(Path file, String content, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
