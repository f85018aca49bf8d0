package dev.ambit.cli.command;

import dev.ambit.cli.AmbitCommand;
import dev.ambit.cli.CliContext;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process with captured output, a private AMBIT_HOME and a test system directory. */
record PolicyCliRun(int code, String out, String err) {
    static PolicyCliRun run(Path home, Path systemDir, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of("AMBIT_HOME", home.toString()),
                new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true), new PrintWriter(err, true), false, systemDir);
        int code = AmbitCommand.run(args, context);
        return new PolicyCliRun(code, out.toString(), err.toString());
    }
}
