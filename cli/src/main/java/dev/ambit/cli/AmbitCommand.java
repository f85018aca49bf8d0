package dev.ambit.cli;

import dev.ambit.cli.command.AskCommand;
import dev.ambit.cli.command.AuditCommand;
import dev.ambit.cli.command.BenchCommand;
import dev.ambit.cli.command.ChatCommand;
import dev.ambit.cli.command.EvalCommand;
import dev.ambit.cli.command.InitCommand;
import dev.ambit.cli.command.ModelsCommand;
import dev.ambit.cli.command.PolicyCommand;
import dev.ambit.cli.command.ProfileCommand;
import dev.ambit.cli.command.StoreCommand;
import java.lang.reflect.Constructor;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code ambit} command. */
@Command(
        name = "ambit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "A private assistant: a local model that learns how you like to be answered, keeps what it learns "
            + "encrypted on this machine, and stays inside the bounds of law and your organisation."
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0 ok, 1 internal error, 2 usage, 3 refused by bounds, 4 model error,",
            "  5 store or key error, 6 policy error, 7 download or verification error.",
            "%nEnvironment:%n  AMBIT_HOME   data directory (default: $XDG_DATA_HOME/ambit or ~/.local/share/ambit)",
            "  AMBIT_MODEL  GGUF file or installed model used when --model is not given",
            "  AMBIT_CATALOG  model catalogue file replacing the bundled models.txt",
            "  AMBIT_GPU_LAYERS  default for --gpu-layers (0 = CPU only)",
            "  AMBIT_JURISDICTION  tier-1 jurisdiction when --jurisdiction is not given (default: eu)",
            "  AMBIT_PASSPHRASE_FILE  file holding the store passphrase (instead of --passphrase-file or a prompt)",
            "  AMBIT_KDF    'test' selects weak key derivation for tests only"
        })
public final class AmbitCommand implements Runnable {
    /**
     * In the order {@code --help} lists them. Registered in {@link #run} rather than in the annotation, so that a
     * process builds picocli's model only for the command it runs: building all of them was half of the start-up.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(AskCommand.class, ChatCommand.class, ModelsCommand.class,
            PolicyCommand.class, InitCommand.class, ProfileCommand.class, StoreCommand.class, AuditCommand.class,
            BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class);

    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public AmbitCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show llama.cpp's log and stack traces.")
    void setVerbose(boolean verbose) {
        context.setVerbose(verbose);
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }

    /** Parses and runs {@code args}; returns the exit code. */
    public static int run(String[] args, CliContext context) {
        ErrorHandler handler = new ErrorHandler(context);
        CommandLine cli = new CommandLine(new AmbitCommand(context), new ContextFactory(context));
        // Settings below reach only the subcommands present when they are set, so register first.
        for (Class<?> subcommand : SubcommandChoice.needed(args, SUBCOMMANDS)) {
            cli.addSubcommand(subcommand);
        }
        cli.setOut(context.out())
                .setErr(context.err())
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    /** Creates commands and mixins, handing the context to those whose constructor takes it. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final CliContext context;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        ContextFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> constructor = cls.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
