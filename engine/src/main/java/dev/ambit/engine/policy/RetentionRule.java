package dev.ambit.engine.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The merged retention limit.
 *
 * @param days the longest anything remembered may be kept; empty when no tier sets a limit
 * @param bound the bound that set the limit
 */
public record RetentionRule(OptionalInt days, Optional<BoundRef> bound) {
    public RetentionRule {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(bound, "bound");
    }
}
