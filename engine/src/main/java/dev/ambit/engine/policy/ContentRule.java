package dev.ambit.engine.policy;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.Objects;
import java.util.Optional;

/**
 * The merged decision for one hazard in one direction.
 *
 * @param hazard the category
 * @param direction input (the user's message) or output (the model's reply)
 * @param action what happens when the category is detected; ALLOW when no tier bounds it
 * @param message the text shown instead of the reply (refuse, redirect) or beside it (caveat)
 * @param bound the bound that decided it; empty when no tier bounds this hazard
 */
public record ContentRule(Hazard hazard, Direction direction, Action action, String message, Optional<BoundRef> bound) {
    public ContentRule {
        Objects.requireNonNull(hazard, "hazard");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(bound, "bound");
    }
}
