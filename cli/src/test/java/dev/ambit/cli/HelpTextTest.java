package dev.ambit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * picocli prints each element of a description array on a line of its own and wraps it at 80 columns, so an element
 * that stops mid-sentence leaves a short orphan line ("turn", "splits the report.") in {@code --help}. Every element
 * must therefore be a whole paragraph.
 */
class HelpTextTest {
    private static final Pattern PARAGRAPH_END = Pattern.compile("([.:!?)]|%n)$");

    @Test
    void everyDescriptionElement_endsAParagraph_soHelpWrapsWithoutOrphanLines() {
        List<String> broken = new ArrayList<>();
        for (Class<?> type : annotatedTypes()) {
            Command command = type.getAnnotation(Command.class);
            if (command != null) {
                check(type.getSimpleName(), command.description(), broken);
            }
            for (AccessibleObject member : members(type)) {
                Option option = member.getAnnotation(Option.class);
                if (option != null) {
                    check(type.getSimpleName() + " " + String.join("/", option.names()), option.description(), broken);
                }
                Parameters parameters = member.getAnnotation(Parameters.class);
                if (parameters != null) {
                    check(type.getSimpleName() + " " + parameters.paramLabel(), parameters.description(), broken);
                }
            }
        }
        assertEquals(List.of(), broken, "description elements that stop mid-sentence");
    }

    @Test
    void theScanReachesNestedSubcommandsAndMixins() {
        Set<String> names = new HashSet<>();
        annotatedTypes().forEach(t -> names.add(t.getSimpleName()));
        assertTrue(names.containsAll(Set.of("GuardEvalCommand", "PolicyOptions", "BenchCommand")), names.toString());
    }

    private static void check(String where, String[] description, List<String> broken) {
        if (description.length < 2) {
            return; // a single element is one paragraph, wrapped whole
        }
        for (String element : description) {
            if (!element.isBlank() && !PARAGRAPH_END.matcher(element.strip()).find()) {
                broken.add(where + ": \"" + element + "\"");
            }
        }
    }

    private static Set<Class<?>> annotatedTypes() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(AmbitCommand.SUBCOMMANDS);
        todo.add(AmbitCommand.class);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!type.getName().startsWith("dev.ambit") || !seen.add(type)) {
                continue;
            }
            Command command = type.getAnnotation(Command.class);
            if (command != null) {
                todo.addAll(Arrays.asList(command.subcommands()));
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Mixin.class)) {
                    todo.add(field.getType());
                }
            }
        }
        return seen;
    }

    private static List<AccessibleObject> members(Class<?> type) {
        return Stream.concat(Arrays.stream(type.getDeclaredFields()), Arrays.stream(type.getDeclaredMethods()))
                .map(AccessibleObject.class::cast).toList();
    }
}
