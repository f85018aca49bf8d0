package dev.ambit.engine.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a policy requires of every conversation.
 *
 * @param discloseAi the assistant must say it is an AI and never claim to be human
 * @param instructions sentences placed in the system prompt's bounds section, in order
 * @param caveats caveat text required when a hazard category is detected
 * @param topics the organisation's topic scope; empty means no restriction
 * @param source the law or rule the requirements rest on
 */
public record Requirements(boolean discloseAi, List<String> instructions, Map<Hazard, String> caveats, List<String> topics, String source) {
    public Requirements {
        Objects.requireNonNull(source, "source");
        instructions = List.copyOf(instructions);
        caveats = caveats.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(caveats));
        topics = List.copyOf(topics);
        for (String s : instructions) {
            if (s.isBlank()) {
                throw new IllegalArgumentException("requirements: instructions must not be blank");
            }
        }
    }

    public static Requirements none() {
        return new Requirements(false, List.of(), Map.of(), List.of(), "");
    }
}
