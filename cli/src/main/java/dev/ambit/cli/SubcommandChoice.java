package dev.ambit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs registered: the one it names, none for a bare {@code --version}, and
 * all of them otherwise (help, no command, an unknown name, which picocli answers with suggestions).
 */
final class SubcommandChoice {
    /** Top-level options; none of them takes a value, so the first other word names the subcommand. */
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("--verbose", "-V", "--version", "-h", "--help");
    private static final Set<String> VERSION = Set.of("-V", "--version");

    private SubcommandChoice() {}

    static List<Class<?>> needed(String[] args, List<Class<?>> all) {
        boolean version = false;
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return named(arg, all);
            }
            if (!TOP_LEVEL_OPTIONS.contains(arg) || arg.equals("-h") || arg.equals("--help")) {
                return all;
            }
            version |= VERSION.contains(arg);
        }
        return version ? List.of() : all;
    }

    private static List<Class<?>> named(String word, List<Class<?>> all) {
        for (Class<?> type : all) {
            Command command = type.getAnnotation(Command.class);
            if (command != null && !command.name().equals("help")
                    && (command.name().equals(word) || List.of(command.aliases()).contains(word))) {
                return List.of(type);
            }
        }
        return new ArrayList<>(all);
    }
}
