package dev.ambit.store;

import dev.ambit.store.audit.AuditLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Item writes inside the caller's transaction, each with its audit entry: the single-item update and the
 * upsert of several named items that {@link Store#upsertAll} commits at once. Inserts go through
 * {@link Tables#insertAll} and updates through {@link Tables#writeFields}, so a batched write is sealed and
 * versioned exactly as the same writes made one by one.
 */
final class ItemWrites {
    static final String ADD = "profile.add";
    static final String UPDATE = "profile.update";

    private final Tables tables;
    private final AuditLog audit;

    ItemWrites(Tables tables, AuditLog audit) {
        this.tables = tables;
        this.audit = audit;
    }

    /**
     * Checks a batch for {@link Store#upsertAll} before its transaction starts: every item is named (the name is
     * what finds the row to update) and no kind and name comes twice (which of the two should win is not ours to
     * guess).
     */
    static List<NewItem> checkedUpserts(List<NewItem> items) {
        List<NewItem> batch = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (NewItem item : batch) {
            if (item.name().isEmpty()) {
                throw new IllegalArgumentException("name of an upserted " + item.kind()
                        + " item must not be empty: items are matched by kind and name");
            }
            if (!seen.add(item.kind() + "\n" + item.name())) {
                throw new IllegalArgumentException("kind and name must be unique in one upsert batch, got "
                        + item.kind() + " '" + item.name() + "' twice");
            }
        }
        return batch;
    }

    /**
     * Writes each item in order: a new row when no item has its kind and name, else the next version of that
     * row. Finding the row decrypts it, as {@link Store#find} does, so a damaged row stops the batch instead of
     * being overwritten unseen. The audit entries follow the batch order, one per item.
     */
    List<Item> upsert(Connection c, List<NewItem> batch, Instant now) throws SQLException {
        List<Item> stored = new ArrayList<>(batch.size());
        List<String> auditKinds = new ArrayList<>(batch.size());
        for (NewItem item : batch) {
            Optional<Item> old = tables.items(c, "WHERE kind = ? AND name = ?", item.kind(),
                    tables.nameCiphertext(item.kind(), item.name())).stream().findFirst();
            stored.add(old.isPresent()
                    ? writeFields(c, old.get(), item.value(), item.provenance(), now)
                    : tables.insertAll(c, List.of(item), now).get(0));
            auditKinds.add(old.isPresent() ? UPDATE : ADD);
        }
        auditInOrder(c, stored, auditKinds, now);
        return stored;
    }

    /** Replaces the value and provenance of {@code old}, audited as one update. */
    Item update(Connection c, Item old, String value, String provenance, Instant now) throws SQLException {
        Item updated = writeFields(c, old, value, provenance, now);
        audit.append(c, UPDATE, subject(updated), now);
        return updated;
    }

    private Item writeFields(Connection c, Item old, String value, String provenance, Instant now) throws SQLException {
        NewItem checked = new NewItem(old.kind(), old.name(), value, provenance);
        tables.writeFields(c, old.id(), old.kind(), old.name(), checked.value(), checked.provenance());
        tables.touch(c, old.id(), now);
        return new Item(old.id(), old.kind(), old.name(), value, provenance, old.created(),
                Instant.ofEpochMilli(now.toEpochMilli()));
    }

    /** One entry per item in batch order; each run of adds or updates is appended with the head sealed once. */
    private void auditInOrder(Connection c, List<Item> stored, List<String> auditKinds, Instant now)
            throws SQLException {
        int start = 0;
        while (start < stored.size()) {
            int end = start + 1;
            while (end < stored.size() && auditKinds.get(end).equals(auditKinds.get(start))) {
                end++;
            }
            audit.appendAll(c, auditKinds.get(start), stored.subList(start, end).stream().map(ItemWrites::subject).toList(),
                    now);
            start = end;
        }
    }

    static String subject(Item item) {
        return item.kind() + ":" + item.id();
    }
}
