package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.cli.command.AskCommand;
import dev.ambit.cli.command.PolicyCommand;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubcommandChoiceTest {
    private static final List<Class<?>> ALL = AmbitCommand.SUBCOMMANDS;

    @TempDir
    Path home;

    private static List<Class<?>> needed(String... args) {
        return SubcommandChoice.needed(args, ALL);
    }

    @Test
    void namedCommand_registersOnlyThatCommand_evenAfterTopLevelOptions() {
        assertEquals(List.of(AskCommand.class), needed("ask", "--json", "hello"));
        assertEquals(List.of(PolicyCommand.class), needed("--verbose", "policy", "check", "-"));
    }

    @Test
    void bareVersion_registersNothing() {
        assertEquals(List.of(), needed("--version"));
        assertEquals(List.of(), needed("--verbose", "-V"));
    }

    @Test
    void helpNoCommandUnknownNameOrUnknownOption_registerEverything() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"--version", "--help"},
                new String[] {"help", "ask"}, new String[] {"aks"}, new String[] {"--nonsense", "ask"})) {
            assertEquals(ALL, needed(args), String.join(" ", args));
        }
    }

    @Test
    void topLevelHelp_stillListsEveryCommand_andHelpForACommandWorks() {
        CliHarness cli = new CliHarness(home);
        String usage = cli.run("--help").out();
        for (String name : List.of("ask", "chat", "models", "policy", "init", "profile", "store", "audit", "bench",
                "eval", "help")) {
            assertTrue(usage.contains("\n  " + name + " "), name + " listed in:\n" + usage);
        }
        CliHarness.Result askHelp = cli.run("help", "ask");
        assertEquals(0, askHelp.code(), askHelp.toString());
        assertTrue(askHelp.out().startsWith("Usage: ambit ask"), askHelp.out());
    }

    @Test
    void misspelledCommand_isAUsageErrorNamingIt() {
        CliHarness.Result r = new CliHarness(home).run("aks");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("'aks'"), r.err());
    }

    @Test
    void version_printsAmbitAndTheBindingVersions() {
        CliHarness.Result r = new CliHarness(home).run("--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("ambit ") && r.out().contains("java-llama.cpp 4.2.0"), r.out());
    }
}
