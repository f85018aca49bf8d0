package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.policy.BoundRef;

/**
 * What tiers 1 and 2 leave open to the user: a rule per dimension and per data category. The merged policy
 * implements it; {@link #global()} is the baseline every deployment starts from.
 *
 * <p>Contract: both methods are total (never null) and pure; every rule other than FREE/ALLOWED names its
 * bound.
 */
public interface PreferenceBounds {
    DimensionRule dimension(Dimension dimension);

    DataRule data(DataCategory category);

    /**
     * The baseline: the assistant stays honest (no "always agree with me"), always discloses being an AI, keeps
     * its safety caveats, asks consent before remembering special-category data, and minimises identifiers.
     */
    static PreferenceBounds global() {
        return RecordBounds.global();
    }

    /** The bound that keeps instruction-shaped text out of memory; part of every policy, not configurable. */
    BoundRef NO_INSTRUCTIONS = new BoundRef("global.memory.no-instructions", 1, "memory",
            "ambit baseline: instructions to the assistant are never remembered as facts");
}
