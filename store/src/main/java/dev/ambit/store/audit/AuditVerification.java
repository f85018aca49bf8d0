package dev.ambit.store.audit;

import java.util.Objects;

/**
 * The result of checking the audit chain.
 *
 * @param entries how many entries were checked
 * @param problem empty when the chain is intact, otherwise where and how it breaks
 */
public record AuditVerification(long entries, String problem) {
    public AuditVerification {
        Objects.requireNonNull(problem, "problem");
        if (entries < 0) {
            throw new IllegalArgumentException("entries must be >= 0, got " + entries);
        }
    }

    public boolean intact() {
        return problem.isEmpty();
    }
}
