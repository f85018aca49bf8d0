package dev.ambit.engine.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of the user's profile as the CLI shows it.
 *
 * @param id stable id ({@code ambit profile forget ID})
 * @param kind fact, preference, feedback, …
 * @param name the dimension or key; empty for a plain fact
 * @param value the content
 * @param provenance where it came from, a JSON object by convention
 * @param created first stored
 * @param updated last changed
 */
public record ProfileItem(long id, String kind, String name, String value, String provenance, Instant created, Instant updated) {
    public ProfileItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
