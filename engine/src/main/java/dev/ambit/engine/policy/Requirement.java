package dev.ambit.engine.policy;

import java.util.Objects;

/**
 * A sentence a tier requires: an instruction for the system prompt or a caveat shown to the user.
 *
 * @param text the sentence
 * @param bound the bound that requires it
 */
public record Requirement(String text, BoundRef bound) {
    public Requirement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(bound, "bound");
    }
}
