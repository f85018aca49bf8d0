package dev.ambit.engine.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one coverage-guided Jazzer campaign in a child JVM (Jazzer's own driver, so a fixed number of executions
 * and a time cap can be given) over a class with a static {@code fuzzerTestOneInput(byte[])}. The seed corpus is
 * the target's JUnit inputs directory. A finding (an uncaught exception, or one input running past the per-input
 * timeout: a hang) makes the driver exit non-zero and leaves the input and a reproducer in {@code workDir}.
 *
 * <p>{@code -Dambit.fuzz.runs=N} and {@code -Dambit.fuzz.seconds=S} override the short CI budget; the README's
 * "Reliability and fuzzing" section gives the long run.
 */
public final class FuzzCampaign {
    /** The child JVM's scratch directory, for targets that need files (a store, say). */
    public static final String WORK_PROPERTY = "ambit.fuzz.work";

    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    /** What a campaign did: the driver's exit code, executions, seconds and the tail of its log. */
    public record Result(int exitCode, long executions, long seconds, String log) {
        public boolean clean() {
            return exitCode == 0;
        }

        public String summary() {
            return executions + " executions in " + seconds + " s, exit " + exitCode;
        }
    }

    private FuzzCampaign() {}

    public static long runs(long ciDefault) {
        return Long.getLong("ambit.fuzz.runs", ciDefault);
    }

    public static long seconds(long ciDefault) {
        return Long.getLong("ambit.fuzz.seconds", ciDefault);
    }

    /**
     * Runs a campaign of {@link #runs(long) runs(ciRuns)} executions or {@link #seconds(long) seconds(ciSeconds)}
     * and fails the calling test on a finding or when nothing ran; prints the summary for the build log.
     */
    public static void assertSurvives(Class<?> target, String seeds, long ciRuns, long ciSeconds, Path workDir)
            throws IOException, InterruptedException {
        Result r = run(target, seeds, runs(ciRuns), seconds(ciSeconds), workDir);
        System.out.println("fuzz " + target.getSimpleName() + ": " + r.summary());
        assertTrue(r.clean(),
                "finding (input and reproducer under " + workDir + "):\n" + r.log());
        assertTrue(r.executions() > 0, "the campaign did not run:\n" + r.log());
    }

    /**
     * @param target  the class holding {@code fuzzerTestOneInput(byte[])}
     * @param seeds   the seed directory's resource name, e.g. {@code "CatalogFuzzTestInputs/method"} beside target
     * @param workDir scratch space: the growing corpus, findings and reproducers
     */
    public static Result run(Class<?> target, String seeds, long runs, long seconds, Path workDir)
            throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(workDir.resolve("corpus"));
        Path findings = Files.createDirectories(workDir.resolve("findings"));
        Path log = workDir.resolve("jazzer.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-D" + WORK_PROPERTY + "=" + workDir, "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.getName(),
                "--instrumentation_includes=dev.ambit.**",
                "--reproducer_path=" + findings,
                "-artifact_prefix=" + findings + "/",
                "-runs=" + runs,
                "-max_total_time=" + seconds,
                "-timeout=10",
                "-rss_limit_mb=8192",
                corpus.toString(), seedDirectory(target, seeds).toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds + 120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        long executions = 0;
        long took = 0;
        Matcher m = DONE.matcher(text);
        while (m.find()) {
            executions = Long.parseLong(m.group(1));
            took = Long.parseLong(m.group(2));
        }
        String tail = text.length() > 6000 ? text.substring(text.length() - 6000) : text;
        return new Result(p.isAlive() ? -1 : p.exitValue(), executions, took, tail);
    }

    /** The seeds as Maven copies them, from the module directory (the test's working directory). */
    private static Path seedDirectory(Class<?> target, String seeds) {
        Path dir = Path.of("target", "test-classes", target.getPackageName().replace('.', '/')).resolve(seeds);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no seed directory " + dir.toAbsolutePath() + " for " + target.getName());
        }
        return dir.toAbsolutePath();
    }
}
