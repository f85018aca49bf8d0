package dev.ambit.engine.policy;

import java.util.Objects;

/**
 * Names the bound behind a decision, so every verdict can be traced to a policy file and the law or rule it
 * rests on.
 *
 * @param id stable bound id, e.g. {@code eu.content.self-harm}
 * @param tier 1 for jurisdiction, 2 for organisation
 * @param category the hazard category or dimension the bound governs
 * @param source where the bound comes from, e.g. "EU AI Act Art. 5(1)(b)"
 */
public record BoundRef(String id, int tier, String category, String source) {
    public BoundRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("tier must be 1, 2 or 3, got " + tier);
        }
    }
}
