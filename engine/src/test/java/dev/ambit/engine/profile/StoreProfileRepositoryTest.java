package dev.ambit.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.BundledPolicies;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.MergeMode;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.PreferenceBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.ProfileItem;
import dev.ambit.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned profile in the real encrypted store: it survives closing the store, and pausing is honoured. */
class StoreProfileRepositoryTest {
    @TempDir
    Path tmp;

    private static char[] pass() {
        return "learned profile passphrase".toCharArray();
    }

    private static PreferenceLearner learner(Profile store) {
        return new PreferenceLearner(dev.ambit.engine.prefs.Profile.load(new StoreProfileRepository(store)),
                PreferenceBounds.global(), Clock.systemUTC());
    }

    @Test
    void learnedPreferences_surviveReopeningTheStore_withTheirProvenance() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            store.remember("I like tea");
            learner(store).learn("keep it short and call me Sam", 3);
        }
        try (Profile store = Profile.open(home, pass())) {
            dev.ambit.engine.prefs.Profile profile = learner(store).profile();
            assertEquals("short", profile.value(Dimension.VERBOSITY).orElseThrow());
            assertEquals("Sam", profile.value(Dimension.ADDRESS).orElseThrow());
            ProfileItem item = profile.dimension(Dimension.VERBOSITY).orElseThrow();
            assertEquals("statement", item.provenance().source());
            assertEquals(3, item.provenance().turn());
            List<String> kinds = store.items().stream().map(i -> i.kind()).toList();
            assertTrue(kinds.contains("preference") && kinds.contains("fact"), kinds.toString());
            assertEquals(1, store.items().stream().filter(i -> i.kind().equals("fact")).count(),
                    "the remembered fact stays and is not mistaken for a learned one");
        }
    }

    @Test
    void learningAgain_updatesTheSameItemInsteadOfAddingOne() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            PreferenceLearner learner = learner(store);
            learner.learn("keep it short", 1);
            learner.learn("give me detailed answers", 2);
            assertEquals(1, store.items().stream().filter(i -> i.kind().equals("preference")).count());
            assertEquals("long", learner(store).profile().value(Dimension.VERBOSITY).orElseThrow());
        }
    }

    @Test
    void needsConsentFact_isStoredOnlyAfterConfirmation() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            PreferenceLearner learner = learner(store);
            List<Admission> a = learner.learn("I have diabetes", 1);
            assertEquals(Admission.Status.NEEDS_CONSENT, a.get(0).status());
            assertTrue(store.items().isEmpty(), "nothing stored before the user confirms");
            assertTrue(learner.confirm(a.get(0).candidate().name(), 1).isPresent());
            assertEquals(1, store.items().size());
        }
    }

    @Test
    void pausedLearning_writesNothing() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            PreferenceLearner learner = learner(store);
            learner.pause(true);
            List<Admission> a = learner.learn("keep it short", 1);
            assertEquals(Admission.Status.ACCEPTED, a.get(0).status(), "the decision is still reported");
            assertTrue(store.items().isEmpty());
            assertFalse(learner.profile().value(Dimension.VERBOSITY).isPresent());
        }
    }

    @Test
    void pausingFromAnotherProcess_stopsARunningSessionsLearning_andResumingStartsItAgain() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile session = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            PreferenceLearner learner = session.learner(
                    EffectivePolicy.merge(BundledPolicies.load().chain("eu"), MergeMode.STRICT));
            try (Profile other = Profile.open(home, pass())) {
                other.pauseLearning(true);
            }
            assertTrue(learner.paused());
            learner.learn("keep it short", 1);
            assertTrue(session.items().isEmpty(), "nothing is learned while another process has paused learning");
            try (Profile other = Profile.open(home, pass())) {
                other.pauseLearning(false);
            }
            learner.learn("keep it short", 2);
            assertEquals(List.of("verbosity"), new StoreProfileRepository(session).load().stream()
                    .filter(i -> i.kind() == ProfileItem.Kind.DIMENSION).map(ProfileItem::name).toList());
        }
    }

    @Test
    void forgettingOneItem_removesItFromTheStore() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            StoreProfileRepository repository = new StoreProfileRepository(store);
            learner(store).learn("keep it short", 1);
            assertTrue(repository.delete(ProfileItem.Kind.DIMENSION, "verbosity"));
            assertFalse(repository.delete(ProfileItem.Kind.DIMENSION, "verbosity"));
            assertTrue(repository.load().stream().noneMatch(i -> i.kind() == ProfileItem.Kind.DIMENSION));
        }
    }

    @Test
    void forgettingALearnedPreferenceById_alsoForgetsItsEvidence() {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            learner(store).learn("keep it short", 1);
            long id = store.items().stream().filter(i -> i.kind().equals("preference")).findFirst().orElseThrow().id();
            store.forget(id);
            assertTrue(store.items().isEmpty(), store.items().toString());
        }
    }

    @Test
    void learnerUpdate_commitsEvidenceAndValueTogether_soAFailedValueWriteLeavesTheEvidenceAsItWas() throws Exception {
        AmbitHome home = new AmbitHome(tmp);
        try (Profile store = Profile.create(home, pass(), KdfCost.TEST, "eu")) {
            PreferenceLearner learner = learner(store);
            learner.learn("keep it short", 1);
            assertEquals(1, evidence(store));
            // The stored value no longer authenticates, so the next update fails on it after its evidence is written.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                    + Profile.directory(home).resolve(Store.DATABASE_FILE)); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE item SET value = (SELECT value FROM item WHERE kind = 'feedback')"
                        + " WHERE kind = 'preference'");
            }
            assertThrows(ProfileException.class, () -> learner.learn("give me detailed answers", 2));
            assertEquals(1, evidence(store), "the update's evidence was rolled back with its value");
            assertTrue(store.verifyAudit().intact());
        }
    }

    private static int evidence(Profile store) {
        String json = store.store().find("feedback", "verbosity").orElseThrow().value();
        return Integer.parseInt(json.replaceAll("^\\{\"evidence\":(\\d+),.*$", "$1"));
    }
}
