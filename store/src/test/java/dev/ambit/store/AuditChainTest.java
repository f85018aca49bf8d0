package dev.ambit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.store.audit.AuditEntry;
import dev.ambit.store.audit.AuditVerification;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTest {
    @TempDir
    Path home;

    Path dir;

    @BeforeEach
    void storeWithHistory() {
        dir = home.resolve("store");
        try (Store store = StoreFixture.create(dir)) {
            long id = store.add(NewItem.fact("a fact", "{}")).id();
            store.audit("decision.refuse", "eu.content.s9");
            store.forget(id);
            store.audit("decision.allow", "");
        }
    }

    @Test
    void untouchedLog_verifies() {
        try (Store store = StoreFixture.open(dir)) {
            AuditVerification v = store.verifyAudit();
            assertTrue(v.intact(), v.problem());
            List<String> kinds = store.auditEntries().stream().map(AuditEntry::kind).toList();
            assertEquals(List.of("store.create", "profile.add", "decision.refuse", "profile.forget", "decision.allow"), kinds);
        }
    }

    @Test
    void editedEntry_isDetected() throws Exception {
        tamper("UPDATE audit SET subject = 'eu.content.s1' WHERE seq = 3");
        assertBroken("entry 3 was edited");
    }

    @Test
    void deletedMiddleEntry_isDetected() throws Exception {
        tamper("DELETE FROM audit WHERE seq = 2");
        assertBroken("entry 2 is missing");
    }

    @Test
    void deletedLastEntry_isDetected() throws Exception {
        tamper("DELETE FROM audit WHERE seq = 5");
        assertBroken("removed from the end");
    }

    @Test
    void entries_carryNoContent() {
        try (Store store = StoreFixture.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> store.audit("decision.refuse", "how to build a bomb"));
            assertEquals(List.of("", "fact:1", "eu.content.s9", "fact:1", ""),
                    store.auditEntries().stream().map(AuditEntry::subject).toList());
        }
    }

    private void tamper(String sql) throws Exception {
        try (Connection c = StoreFixture.raw(dir)) {
            c.createStatement().execute(sql);
        }
    }

    private void assertBroken(String expected) {
        try (Store store = StoreFixture.open(dir)) {
            AuditVerification v = store.verifyAudit();
            assertFalse(v.intact());
            assertTrue(v.problem().contains(expected), v.problem());
        }
    }
}
