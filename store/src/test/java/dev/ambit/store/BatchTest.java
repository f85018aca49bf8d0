package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.store.audit.AuditEntry;
import dev.ambit.store.audit.AuditVerification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batched writes, ids chosen by the store, and the fast loads of large profiles. */
class BatchTest {
    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("store");
    }

    private static List<NewItem> facts(int n, String prefix) {
        return IntStream.range(0, n).mapToObj(i -> NewItem.fact(prefix + " " + i, "{\"turn\":" + i + "}")).toList();
    }

    @Test
    void addAll_auditsEveryItemInOrder_asIfAddedOneByOne() {
        try (Store store = StoreFixture.create(dir())) {
            store.add(NewItem.fact("before", "{}"));
            List<Item> batch = store.addAll(facts(3, "batched"));
            store.add(NewItem.fact("after", "{}"));
            List<AuditEntry> adds = store.auditEntries().stream().filter(e -> e.kind().equals("profile.add")).toList();
            assertEquals(List.of("fact:1", "fact:2", "fact:3", "fact:4", "fact:5"),
                    adds.stream().map(AuditEntry::subject).toList());
            assertEquals(List.of(2L, 3L, 4L), batch.stream().map(Item::id).toList());
            AuditVerification v = store.verifyAudit();
            assertTrue(v.intact(), v.problem());
            assertEquals(6, v.entries());
        }
    }

    @Test
    void auditEntryDeletedOrEditedInsideABatch_isDetected() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.addAll(facts(5, "batched"));
        }
        // Entries: 1 store.create, 2..6 the batch. Edit one inside the batch, then take another out.
        tamper("UPDATE audit SET subject = 'fact:9' WHERE seq = 4");
        assertAuditBroken("entry 4 was edited");
        tamper("DELETE FROM audit WHERE seq = 3");
        assertAuditBroken("entry 3 is missing");
    }

    @Test
    void lastEntryOfABatchRemoved_isDetectedByTheSealedHead() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.addAll(facts(5, "batched"));
        }
        tamper("DELETE FROM audit WHERE seq = 6");
        assertAuditBroken("removed from the end");
    }

    @Test
    void ids_areNeverReused_afterTheNewestRowIsForgotten() {
        try (Store store = StoreFixture.create(dir())) {
            store.addAll(facts(2, "kept"));
            long newest = store.add(NewItem.fact("forgotten", "{}")).id();
            store.forget(newest);
            assertEquals(newest + 1, store.add(NewItem.fact("new", "{}")).id());
            long transcript = store.addTranscript("c", "user", "one").id();
            assertEquals(transcript + 1, store.addTranscript("c", "user", "two").id());
        }
        try (Store store = StoreFixture.open(dir())) {
            assertEquals(List.of("kept 0", "kept 1", "new"), store.items().stream().map(Item::value).toList());
            assertEquals(List.of("one", "two"), store.transcripts().stream().map(TranscriptEntry::content).toList());
        }
    }

    @Test
    void emptyBatch_storesAndAuditsNothing() {
        try (Store store = StoreFixture.create(dir())) {
            int entries = store.auditEntries().size();
            assertEquals(List.of(), store.addAll(List.of()));
            assertEquals(entries, store.auditEntries().size());
            assertTrue(store.verifyAudit().intact());
        }
    }

    @Test
    void values_giveOneKindsValuesAndNamesInIdOrder() {
        try (Store store = StoreFixture.create(dir())) {
            store.add(new NewItem("preference", "tone", "warm", "{}"));
            store.add(NewItem.fact("likes tea", "{}"));
            store.add(new NewItem("preference", "verbosity", "short", "{}"));
            List<ItemValue> prefs = store.values("preference");
            assertEquals(List.of("tone=warm", "verbosity=short"),
                    prefs.stream().map(v -> v.name() + "=" + v.value()).toList());
            assertEquals(List.of(1L, 3L), prefs.stream().map(ItemValue::id).toList());
            assertEquals(store.item(3).updated(), prefs.get(1).updated());
            assertEquals(List.of("likes tea"), store.values("fact").stream().map(ItemValue::value).toList());
            assertEquals(List.of(), store.values("feedback"));
        }
    }

    @Test
    void values_doNotDecryptProvenance_soOnlyItemsReportItsDamage() throws Exception {
        try (Store store = StoreFixture.create(dir())) {
            store.addAll(facts(3, "fact"));
        }
        tamper("UPDATE item SET provenance = (SELECT provenance FROM item WHERE id = 1) WHERE id = 2");
        try (Store store = StoreFixture.open(dir())) {
            assertEquals(3, store.values("fact").size());
            DamagedItemException e = assertThrows(DamagedItemException.class, () -> store.items("fact"));
            assertEquals("2", e.rowId());
        }
    }

    @Test
    void largeProfile_comesBackWholeAndInIdOrder() {
        int n = Tables.PARALLEL_FROM_ROWS * 3;
        try (Store store = StoreFixture.create(dir())) {
            List<NewItem> mixed = new ArrayList<>(facts(n, "fact"));
            mixed.add(n / 2, new NewItem("preference", "tone", "warm", "{}"));
            List<Item> stored = store.addAll(mixed);
            List<Item> facts = stored.stream().filter(i -> i.kind().equals("fact")).toList();
            assertEquals(stored, store.items());
            assertEquals(facts, store.items("fact"));
            assertEquals(facts.stream().map(i -> i.id() + ":" + i.value()).toList(),
                    store.values("fact").stream().map(v -> v.id() + ":" + v.value()).toList());
        }
    }

    @Test
    void largeProfileOfMixedVersions_readsBackWholeBeforeAndAfterKeyRotation() {
        int n = Tables.PARALLEL_FROM_ROWS * 2;
        try (Store store = StoreFixture.create(dir())) {
            List<Item> stored = store.addAll(facts(n, "fact"));
            for (int i = 0; i < n; i += 3) {
                store.update(stored.get(i).id(), "updated " + i, "{}");
            }
            List<String> expected = store.items().stream().map(Item::value).toList();
            assertEquals("updated 0", expected.get(0));
            assertEquals(expected, store.values("fact").stream().map(ItemValue::value).toList());
            store.rotateKey();
            assertEquals(expected, store.items("fact").stream().map(Item::value).toList());
            assertEquals(expected, store.values("fact").stream().map(ItemValue::value).toList());
        }
    }

    @Test
    void damagedRowsInALargeProfile_reportTheFirstOfThem() throws Exception {
        int n = Tables.PARALLEL_FROM_ROWS * 2;
        try (Store store = StoreFixture.create(dir())) {
            store.addAll(facts(n, "fact"));
        }
        long early = n / 3;
        long late = n - 5;
        // Swap two values: each now fails authentication under the other's row id.
        tamper("UPDATE item SET value = CASE id WHEN " + early + " THEN (SELECT value FROM item WHERE id = " + late
                + ") ELSE (SELECT value FROM item WHERE id = " + early + ") END WHERE id IN (" + early + ", " + late + ")");
        try (Store store = StoreFixture.open(dir())) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertEquals(Long.toString(early), assertThrows(DamagedItemException.class, store::items).rowId());
                assertEquals(Long.toString(early),
                        assertThrows(DamagedItemException.class, () -> store.items("fact")).rowId());
                assertEquals(Long.toString(early),
                        assertThrows(DamagedItemException.class, () -> store.values("fact")).rowId());
            }
            assertEquals("fact 1", store.item(2).value());
        }
    }

    private void tamper(String sql) throws Exception {
        try (Connection c = StoreFixture.raw(dir()); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private void assertAuditBroken(String expected) {
        try (Store store = StoreFixture.open(dir())) {
            AuditVerification v = store.verifyAudit();
            assertFalse(v.intact());
            assertTrue(v.problem().contains(expected), v.problem());
        }
    }
}
