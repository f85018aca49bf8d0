package dev.ambit.cli;

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
        int code = AmbitCommand.run(args, new CliContext(System.getenv(), in, out, err, interactive));
        out.flush();
        err.flush();
        // llama.cpp's native threads are not daemons: without an explicit exit the JVM would stay up.
        System.exit(code);
    }
}
