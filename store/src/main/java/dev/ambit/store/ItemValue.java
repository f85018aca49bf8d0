package dev.ambit.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One profile item without its provenance: what a prompt is built from. {@link Store#values} loads these without
 * decrypting where each item came from, which halves the decryption of a large profile; {@link Store#item}
 * gives the whole item.
 *
 * @param id the row id, as in {@link Item#id}
 * @param kind what it is, e.g. {@code fact}, {@code preference}
 * @param name the key it is found by; empty when it has none
 * @param value the content
 * @param updated when it last changed
 */
public record ItemValue(long id, String kind, String name, String value, Instant updated) {
    public ItemValue {
        if (id < 1) {
            throw new IllegalArgumentException("id must be >= 1, got " + id);
        }
        NewItem.checkKind(kind);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(updated, "updated");
    }
}
