package dev.ambit.engine.policy;

import java.util.List;
import java.util.Objects;

/**
 * The bounds' decision on one input or reply.
 *
 * @param action what happens to the turn
 * @param bounds the bounds that decided it (empty when nothing matched)
 * @param message text shown instead of, or beside, the reply (redirect help lines, caveats); may be empty
 */
public record Verdict(Action action, List<BoundRef> bounds, String message) {
    public Verdict {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(message, "message");
        bounds = List.copyOf(bounds);
    }

    /** No bound matched. */
    public static Verdict allow() {
        return new Verdict(Action.ALLOW, List.of(), "");
    }

    /** True when the reply must not be generated or shown. */
    public boolean blocks() {
        return action == Action.REFUSE || action == Action.REDIRECT;
    }
}
