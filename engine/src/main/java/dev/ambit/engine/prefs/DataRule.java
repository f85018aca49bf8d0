package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.DataAccess;
import java.util.Objects;

/**
 * What the bounds let the assistant remember of one data category.
 *
 * @param access the policy's own access levels: NEVER, CONSENT (only after the user explicitly confirms), MINIMISE (identifiers: keep a reduced
 *     form) or ALLOWED
 * @param bound the bound behind the rule; null only when ALLOWED by default
 */
public record DataRule(DataAccess access, BoundRef bound) {
    public DataRule {
        Objects.requireNonNull(access, "access");
        if (access != DataAccess.ALLOWED) {
            Objects.requireNonNull(bound, "bound");
        }
    }

    public static DataRule allowed() {
        return new DataRule(DataAccess.ALLOWED, null);
    }
}
