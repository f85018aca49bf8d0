package dev.ambit.cli.tui;

import java.util.Objects;

/**
 * A fact the assistant may remember only with the user's explicit yes.
 *
 * @param id identifies the request towards the engine
 * @param category the special category, e.g. "health"
 * @param fact the fact as it would be remembered
 * @param reason why consent is needed, naming the bound, e.g. "EU law: health data needs explicit consent"
 */
public record ConsentRequest(String id, String category, String fact, String reason) {
    public ConsentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(reason, "reason");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }
}
