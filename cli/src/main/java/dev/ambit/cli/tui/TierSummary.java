package dev.ambit.cli.tui;

import dev.ambit.engine.policy.BoundRef;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The policies in force, by tier, and how the screen names a tier to the user.
 *
 * @param jurisdiction the tier-1 jurisdiction's short name, e.g. "EU"; empty when no jurisdiction policy is loaded
 * @param organisation the tier-2 organisation's name; empty when no organisation policy is loaded
 */
public record TierSummary(Optional<String> jurisdiction, Optional<String> organisation) {
    public TierSummary {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(organisation, "organisation");
    }

    public static TierSummary none() {
        return new TierSummary(Optional.empty(), Optional.empty());
    }

    /**
     * The tier a bound belongs to, as a person would say it: "EU law", "Your organisation", "Your preferences".
     * Tier-1 bounds take the loaded jurisdiction's name, else the first segment of the bound id ("eu.…").
     */
    public String tierName(BoundRef bound) {
        return switch (bound.tier()) {
            case 1 -> jurisdiction.orElseGet(() -> idPrefix(bound.id())) + " law";
            case 2 -> "Your organisation";
            default -> "Your preferences";
        };
    }

    private static String idPrefix(String id) {
        int dot = id.indexOf('.');
        return (dot > 0 ? id.substring(0, dot) : id).toUpperCase(Locale.ROOT);
    }
}
