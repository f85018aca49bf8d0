package dev.ambit.cli.command;

import dev.ambit.cli.AmbitCommand;
import dev.ambit.cli.CliContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code ambit} in-process with a private AMBIT_HOME, a passphrase file and captured output. */
final class CliRun {
    final Path home;
    final Path passphraseFile;
    final Map<String, String> env = new HashMap<>();

    record Result(int code, String out, String err) {}

    CliRun(Path tempDir) throws IOException {
        this.home = tempDir.resolve("home");
        this.passphraseFile = tempDir.resolve("passphrase.txt");
        Files.writeString(passphraseFile, "tr0ub4dor & 3\n");
        env.put("AMBIT_HOME", home.toString());
        env.put("AMBIT_PASSPHRASE_FILE", passphraseFile.toString());
        env.put("AMBIT_KDF", "test");
    }

    Result run(String... args) {
        return run(false, "", args);
    }

    Result run(boolean interactive, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, new BufferedReader(new StringReader(stdin)),
                new PrintWriter(out, true), new PrintWriter(err, true), interactive);
        int code = AmbitCommand.run(args, context);
        return new Result(code, out.toString(), err.toString());
    }

    Path storeDir() {
        return home.resolve("store");
    }
}
