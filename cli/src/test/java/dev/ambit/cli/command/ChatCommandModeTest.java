package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.cli.AmbitCommand;
import dev.ambit.cli.CliContext;
import dev.ambit.engine.testing.TinyModel;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which chat {@code ambit chat} opens: full screen only for a terminal, plain lines otherwise. */
class ChatCommandModeTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int chat(boolean interactive, String input) {
        CliContext context = new CliContext(Map.of("AMBIT_HOME", home.toString()),
                new BufferedReader(new StringReader(input)), new PrintWriter(out, true), new PrintWriter(err, true),
                interactive);
        return AmbitCommand.run(new String[] {"chat", "--model", TinyModel.path().toString(), "--seed", "1",
            "--max-tokens", "8"}, context);
    }

    @Test
    void notATerminal_fallsBackToPlainLines() {
        int code = chat(false, "Once upon a time\n/quit\n");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("ambit: chatting with stories260K.gguf."), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("> ") && l.length() > 2), "a reply line: " + out);
    }

    @Test
    void terminalThatCannotOpen_saysSoOnStderr_andChatsInPlainLines() {
        int code = chat(true, "/quit\n");
        assertEquals(0, code, err.toString());
        assertEquals("ambit: cannot open the full-screen chat (no terminal is attached to this process); using plain mode",
                err.toString().strip());
        assertTrue(out.toString().startsWith("ambit: chatting with"), out.toString());
    }

    @Test
    void missingModel_failsBeforeAnyScreenOpens_withExitCode4() {
        CliContext context = new CliContext(Map.of("AMBIT_HOME", home.toString()), new BufferedReader(new StringReader("")),
                new PrintWriter(out, true), new PrintWriter(err, true), true);
        int code = AmbitCommand.run(new String[] {"chat", "--model", home.resolve("absent.gguf").toString()}, context);
        assertEquals(4, code);
        assertTrue(err.toString().startsWith("ambit: model file not found: "), err.toString());
    }
}
