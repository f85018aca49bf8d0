package dev.ambit.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored profile item, decrypted.
 *
 * @param id the row id, stable for the item's life
 * @param kind what it is, e.g. {@code fact}, {@code preference}, {@code feedback}
 * @param name the key it is found by (e.g. a preference dimension); empty when it has none
 * @param value the content
 * @param provenance where it came from, a JSON object by convention
 * @param created when it was first stored
 * @param updated when it last changed
 */
public record Item(long id, String kind, String name, String value, String provenance, Instant created, Instant updated) {
    public Item {
        if (id < 1) {
            throw new IllegalArgumentException("id must be >= 1, got " + id);
        }
        NewItem.checkKind(kind);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
