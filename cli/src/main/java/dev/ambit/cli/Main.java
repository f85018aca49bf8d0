package dev.ambit.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point. The only class that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean interactive = System.console() != null;
        CliContext.TerminalOpener terminal = () -> new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                // Ctrl-C reaches the chat as a key (cancel, or leave), so the terminal is always restored.
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        int code = AmbitCommand.run(args, new CliContext(System.getenv(), in, out, err, interactive, terminal));
        out.flush();
        err.flush();
        // llama.cpp's native threads are not daemons: without an explicit exit the JVM would stay up.
        System.exit(code);
    }
}
