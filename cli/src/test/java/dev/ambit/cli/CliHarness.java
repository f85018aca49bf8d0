package dev.ambit.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs ambit commands in-process with their own environment, input and captured output. */
public final class CliHarness {
    private final Map<String, String> env = new HashMap<>();

    public CliHarness(Path home) {
        env.put("AMBIT_HOME", home.toString());
    }

    public CliHarness env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public Result runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, new BufferedReader(new StringReader(stdin)),
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        int code = AmbitCommand.run(args, context);
        return new Result(code, out.toString(), err.toString());
    }

    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }
}
