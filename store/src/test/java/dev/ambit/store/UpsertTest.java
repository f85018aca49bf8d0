package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.store.audit.AuditEntry;
import dev.ambit.store.audit.AuditVerification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Store#upsertAll}: several named items inserted or updated in one transaction, or not at all. */
class UpsertTest {
    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("store");
    }

    @Test
    void upsertAll_addsNewItemsAndUpdatesExistingOnes_andReadsBackAfterReopen() {
        long tone;
        try (Store store = StoreFixture.create(dir())) {
            tone = store.add(new NewItem("preference", "tone", "warm", "{\"turn\":1}")).id();
            store.add(NewItem.fact("unnamed note", "{}"));
            List<Item> stored = store.upsertAll(List.of(
                    new NewItem("feedback", "tone", "{\"evidence\":2}", "{\"turn\":2}"),
                    new NewItem("preference", "tone", "neutral", "{\"turn\":2}")));
            assertEquals(List.of(3L, tone), stored.stream().map(Item::id).toList());
            assertEquals("neutral", stored.get(1).value());
        }
        try (Store store = StoreFixture.open(dir())) {
            Item value = store.find("preference", "tone").orElseThrow();
            assertEquals(tone, value.id());
            assertEquals("neutral", value.value());
            assertEquals("{\"turn\":2}", value.provenance());
            assertEquals("{\"evidence\":2}", store.find("feedback", "tone").orElseThrow().value());
            assertEquals(3, store.items().size(), "an update replaces its row, it adds none");
        }
    }

    @Test
    void upsertAll_auditsEachItemInBatchOrder_andTheChainVerifies() {
        try (Store store = StoreFixture.create(dir())) {
            store.add(new NewItem("preference", "tone", "warm", "{}"));
            int before = store.auditEntries().size();
            store.upsertAll(List.of(new NewItem("feedback", "tone", "{}", "{}"),
                    new NewItem("preference", "tone", "neutral", "{}"),
                    new NewItem("feedback", "verbosity", "{}", "{}")));
            List<AuditEntry> batch = store.auditEntries().subList(before, before + 3);
            assertEquals(List.of("profile.add feedback:2", "profile.update preference:1", "profile.add feedback:3"),
                    batch.stream().map(e -> e.kind() + " " + e.subject()).toList());
            assertEquals(before + 3, store.auditEntries().size());
            AuditVerification v = store.verifyAudit();
            assertTrue(v.intact(), v.problem());
        }
    }

    @Test
    void upsertAll_raisesTheVersionOfEveryUpdatedRow_soAnOlderCiphertextNoLongerFits() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.add(new NewItem("preference", "tone", "warm", "{}"));
            store.upsertAll(List.of(new NewItem("preference", "tone", "neutral", "{}")));
            assertEquals(Tables.FIRST_VERSION + 1, version(1));
            byte[] older = raw("SELECT value FROM item WHERE id = 1");
            store.upsertAll(List.of(new NewItem("preference", "tone", "formal", "{}")));
            assertEquals(Tables.FIRST_VERSION + 2, version(1));
            try (Connection c = StoreFixture.raw(dir());
                    PreparedStatement s = c.prepareStatement("UPDATE item SET value = ? WHERE id = 1")) {
                s.setBytes(1, older);
                s.executeUpdate();
            }
            assertThrows(DamagedItemException.class, () -> store.find("preference", "tone"));
        }
    }

    @Test
    void failureAfterPartOfTheBatchWasWritten_leavesNothingOfIt() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.add(new NewItem("preference", "tone", "warm", "{}"));
            store.add(new NewItem("feedback", "tone", "{\"evidence\":1}", "{}"));
        }
        // The evidence row's value is swapped in from the other row: it no longer authenticates.
        try (Connection c = StoreFixture.raw(dir()); PreparedStatement s = c.prepareStatement(
                "UPDATE item SET value = (SELECT value FROM item WHERE id = 1) WHERE id = 2")) {
            s.executeUpdate();
        }
        byte[] valueBefore = raw("SELECT value FROM item WHERE id = 1");
        try (Store store = StoreFixture.open(dir())) {
            int entries = store.auditEntries().size();
            // The first two writes run before the damaged row is reached; the rollback must take them back too.
            DamagedItemException e = assertThrows(DamagedItemException.class, () -> store.upsertAll(List.of(
                    new NewItem("preference", "tone", "neutral", "{}"),
                    new NewItem("preference", "verbosity", "short", "{}"),
                    new NewItem("feedback", "tone", "{\"evidence\":2}", "{}"))));
            assertEquals("2", e.rowId());
            assertEquals("warm", store.find("preference", "tone").orElseThrow().value());
            assertEquals(Tables.FIRST_VERSION, version(1));
            assertArrayEquals(valueBefore, raw("SELECT value FROM item WHERE id = 1"));
            assertTrue(store.find("preference", "verbosity").isEmpty());
            assertEquals(entries, store.auditEntries().size());
            assertTrue(store.verifyAudit().intact());
            assertEquals("ok", store.integrityCheck());
            // Nothing of the failed batch took an id either.
            assertEquals(3, store.add(NewItem.fact("after", "{}")).id());
        }
    }

    @Test
    void unnamedOrRepeatedItems_areRefusedBeforeAnythingIsWritten() {
        try (Store store = StoreFixture.create(dir())) {
            int entries = store.auditEntries().size();
            IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class, () -> store.upsertAll(
                    List.of(new NewItem("preference", "tone", "warm", "{}"), NewItem.fact("a note", "{}"))));
            assertTrue(unnamed.getMessage().contains("name"), unnamed.getMessage());
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> store.upsertAll(
                    List.of(new NewItem("preference", "tone", "warm", "{}"),
                            new NewItem("preference", "tone", "formal", "{}"))));
            assertTrue(twice.getMessage().contains("'tone' twice"), twice.getMessage());
            assertEquals(List.of(), store.upsertAll(List.of()));
            assertEquals(List.of(), store.items());
            assertEquals(entries, store.auditEntries().size());
        }
    }

    private long version(long id) throws Exception {
        try (Connection c = StoreFixture.raw(dir());
                PreparedStatement s = c.prepareStatement("SELECT version FROM item WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private byte[] raw(String sql) throws Exception {
        try (Connection c = StoreFixture.raw(dir()); ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getBytes(1);
        }
    }
}
