package dev.ambit.engine.policy;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a policy does with one hazard category.
 *
 * @param id stable bound id, e.g. {@code eu.content.suicide-self-harm}
 * @param hazard the category
 * @param directions whether it applies to the user's input, the model's output, or both
 * @param action what happens when the category is detected
 * @param message the redirect text or caveat shown to the user; may be empty for refuse and allow
 * @param source the law or rule it rests on
 */
public record ContentBound(String id, Hazard hazard, Set<Direction> directions, Action action, String message, String source) {
    public ContentBound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (directions.isEmpty()) {
            throw new IllegalArgumentException("content bound " + id + ": directions must not be empty");
        }
        directions = Set.copyOf(EnumSet.copyOf(directions));
        if (action == Action.REDIRECT && message.isBlank()) {
            throw new IllegalArgumentException("content bound " + id + ": action redirect needs a message (where to turn)");
        }
    }
}
