package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.BoundRef;
import java.util.Objects;

/**
 * What the bounds let the assistant remember of one data category.
 *
 * @param access NEVER, CONSENT (only after the user explicitly confirms), MINIMISE (identifiers: keep a reduced
 *     form) or ALLOWED
 * @param bound the bound behind the rule; null only when ALLOWED by default
 */
public record DataRule(Access access, BoundRef bound) {
    /** From strictest to most permissive. */
    public enum Access {
        NEVER,
        CONSENT,
        MINIMISE,
        ALLOWED
    }

    public DataRule {
        Objects.requireNonNull(access, "access");
        if (access != Access.ALLOWED) {
            Objects.requireNonNull(bound, "bound");
        }
    }

    public static DataRule allowed() {
        return new DataRule(Access.ALLOWED, null);
    }
}
