package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one clear line on stderr and its documented exit code, never a stack trace. */
class BadInputTest {
    @TempDir
    Path home;

    private CliHarness.Result ask(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "ask";
        System.arraycopy(args, 0, all, 1, args.length);
        return new CliHarness(home).run(all);
    }

    private static void assertOneLine(CliHarness.Result r, int code, String fragment) {
        assertEquals(code, r.code(), r.toString());
        assertTrue(r.err().contains(fragment), r.toString());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
    }

    @Test
    void missingModelFile_exits4AndNamesThePath() {
        Path missing = home.resolve("missing.gguf");
        assertOneLine(ask("--model", missing.toString(), "hi"), 4, missing.toString());
    }

    @Test
    void fileThatIsNotGguf_exits4() throws Exception {
        Path text = Files.writeString(home.resolve("readme.gguf"), "plain text, not a model");
        assertOneLine(ask("--model", text.toString(), "hi"), 4, "not a GGUF");
    }

    @Test
    void directoryInsteadOfAFile_exits4() {
        assertOneLine(ask("--model", home.toString(), "hi"), 4, "directory");
    }

    @Test
    void unreadableFile_exits4() throws Exception {
        Path locked = Files.copy(TinyModel.path(), home.resolve("locked.gguf"));
        assertTrue(locked.toFile().setReadable(false, false));
        if (Files.isReadable(locked)) {
            // root reads everything; the permission check cannot be exercised, the rest of the suite still runs
            return;
        }
        assertOneLine(ask("--model", locked.toString(), "hi"), 4, locked.toString());
    }

    @Test
    void noModelAtAll_exits4AndSaysHowToGetOne() {
        assertOneLine(ask("hi"), 4, "--model");
    }

    @Test
    void unknownFlag_exits2() {
        CliHarness.Result r = ask("--model", TinyModel.path().toString(), "--frobnicate", "hi");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--frobnicate"), r.err());
    }

    @Test
    void emptyPrompt_exits2() {
        assertOneLine(ask("--model", TinyModel.path().toString(), "   "), 2, "empty");
    }

    @Test
    void promptLongerThanTheContext_exits2WithTheSizes() {
        String huge = "the cat sat on the mat. ".repeat(2000);
        assertOneLine(ask("--model", TinyModel.path().toString(), huge), 2, "context holds");
    }

    @Test
    void temperatureOutOfRange_exits2AndNamesTheRule() {
        assertOneLine(ask("--model", TinyModel.path().toString(), "--temperature", "9", "hi"), 2, "temperature must be within [0, 5]");
    }

    @Test
    void negativeSeed_exits2() {
        assertOneLine(ask("--model", TinyModel.path().toString(), "--seed", "-4", "hi"), 2, "seed must be within");
    }

    @Test
    void unknownKvCacheType_exits2AndListsTheChoices() {
        assertOneLine(ask("--model", TinyModel.path().toString(), "--kv-cache", "q4", "hi"), 2, "--kv-cache must be one of f16, q8_0");
    }

    @Test
    void verbose_showsTheStackTrace() {
        CliHarness.Result r = new CliHarness(home).run("--verbose", "ask", "--model", home.resolve("x.gguf").toString(), "hi");
        assertEquals(4, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
