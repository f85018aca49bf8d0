package dev.ambit.cli;

import com.googlecode.lanterna.terminal.Terminal;
import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.policy.PolicyLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world: the environment, standard input and the two output streams.
 * Commands never read {@code System.getenv} or {@code System.out} directly, so tests run them in-process with
 * their own environment and captured output.
 */
public final class CliContext {
    private final Map<String, String> env;
    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean interactive;
    private final TerminalOpener terminal;
    private final Path systemDir;
    private boolean verbose;

    /** Opens the process's own terminal for the full-screen chat. */
    @FunctionalInterface
    public interface TerminalOpener {
        Terminal open() throws IOException;
    }

    /** A context without a terminal of its own (tests, scripts): the full-screen chat cannot open. */
    public CliContext(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive) {
        this(env, in, out, err, interactive, PolicyLoader.systemDir());
    }

    /** A context whose system directory is the one fixed at installation (see {@link PolicyLoader#systemDir()}). */
    public CliContext(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive,
            TerminalOpener terminal) {
        this(env, in, out, err, interactive, terminal, PolicyLoader.systemDir());
    }

    /**
     * A context without a terminal and with an explicit system directory. Only tests use this seam: no option,
     * environment variable or system property reaches it, so a user cannot move the organisation's policy away.
     */
    public CliContext(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive,
            Path systemDir) {
        this(env, in, out, err, interactive, () -> {
            throw new IOException("no terminal is attached to this process");
        }, systemDir);
    }

    public CliContext(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive,
            TerminalOpener terminal, Path systemDir) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.interactive = interactive;
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.systemDir = Objects.requireNonNull(systemDir, "systemDir");
    }

    /** Where the installed organisation policy and its public key live. */
    public Path systemDir() {
        return systemDir;
    }

    public Map<String, String> env() {
        return env;
    }

    public BufferedReader in() {
        return in;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** True when standard input and output are a terminal (a person, not a script). */
    public boolean interactive() {
        return interactive;
    }

    /** The terminal for the full-screen chat; only meaningful when {@link #interactive()}. */
    public Terminal openTerminal() throws IOException {
        return terminal.open();
    }

    public boolean verbose() {
        return verbose;
    }

    void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    public AmbitHome home() {
        return AmbitHome.fromEnvironment(env);
    }
}
