package dev.ambit.engine.profile;

import java.util.Objects;

/**
 * Outcome of {@code ambit audit verify}.
 *
 * @param entries entries checked
 * @param problem empty when intact, else where the chain breaks
 */
public record AuditReport(long entries, String problem) {
    public AuditReport {
        Objects.requireNonNull(problem, "problem");
    }

    public boolean intact() {
        return problem.isEmpty();
    }
}
