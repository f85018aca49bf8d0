package dev.ambit.engine.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The merged rule for remembering one kind of personal data.
 *
 * @param category the kind of data
 * @param access never, consent, minimise or allowed; ALLOWED when no tier bounds it
 * @param bound the bound that decided it; empty when no tier bounds it
 */
public record DataRule(DataCategory category, DataAccess access, Optional<BoundRef> bound) {
    public DataRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(bound, "bound");
    }
}
