package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.BoundRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferenceLearnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryProfileRepository repository = new InMemoryProfileRepository();
    private final PreferenceLearner learner = new PreferenceLearner(Profile.load(repository), PreferenceBounds.global(), CLOCK);

    @Test
    void statement_isStoredWithProvenance_andSurvivesAReload() {
        learner.learn("keep it short", 3);
        ProfileItem item = learner.profile().dimension(Dimension.VERBOSITY).orElseThrow();
        assertEquals("short", item.value());
        assertEquals(3, item.provenance().turn());
        assertEquals("statement", item.provenance().source());
        assertEquals(CLOCK.instant(), item.provenance().time());
        assertEquals("keep it short", item.provenance().evidence());
        Profile reloaded = Profile.load(repository);
        assertEquals(item, reloaded.dimension(Dimension.VERBOSITY).orElseThrow());
        assertTrue(new PreferenceLearner(reloaded, PreferenceBounds.global(), CLOCK).confidence(Dimension.VERBOSITY) > 0.5,
                "the learner's evidence is stored too");
    }

    @Test
    void rejectedStatement_storesNothing() {
        List<Admission> a = learner.learn("always agree with me", 1);
        assertEquals(Admission.Status.REJECTED, a.get(0).status());
        assertTrue(repository.load().isEmpty());
    }

    @Test
    void specialCategory_waitsForConsent_andIsStoredOnlyAfterIt() {
        learner.learn("I have diabetes", 1);
        assertTrue(learner.profile().facts().isEmpty());
        assertTrue(learner.awaitingConsent().containsKey("condition"));
        Admission confirmed = learner.confirm("condition", 2).orElseThrow();
        assertEquals(Admission.Status.ACCEPTED, confirmed.status());
        assertEquals("diabetes", learner.profile().facts().get("condition").value());
    }

    @Test
    void thumbsDownWithReason_learnsTheReasonOnly() {
        ReplyFeatures longBulleted = new ReplyFeatures(300, 6, 5, 0, 10, "en");
        learner.feedback(longBulleted, false, "too long", 4);
        assertEquals("short", learner.profile().value(Dimension.VERBOSITY).orElseThrow());
        assertFalse(learner.profile().value(Dimension.FORMAT).isPresent(), "format was not what the reason named");
    }

    @Test
    void thumbsUp_isAttributedToTheRepliesFeatures() {
        ReplyFeatures shortBulleted = new ReplyFeatures(30, 5, 5, 0, 5, "en");
        for (int turn = 1; turn <= 3; turn++) {
            learner.feedback(shortBulleted, true, null, turn);
        }
        assertEquals("short", learner.profile().value(Dimension.VERBOSITY).orElseThrow());
        assertEquals("bullets", learner.profile().value(Dimension.FORMAT).orElseThrow());
        assertEquals(3, learner.profile().dimension(Dimension.FORMAT).orElseThrow().provenance().evidenceCount());
    }

    @Test
    void recentEvidence_outweighsOld() {
        ReplyFeatures shortReply = new ReplyFeatures(30, 1, 0, 0, 5, "en");
        ReplyFeatures longReply = new ReplyFeatures(300, 1, 0, 0, 5, "en");
        for (int i = 0; i < 4; i++) {
            learner.feedback(shortReply, true, null, i + 1);
        }
        for (int i = 0; i < 4; i++) {
            learner.feedback(longReply, true, null, i + 5);
        }
        assertEquals("long", learner.profile().value(Dimension.VERBOSITY).orElseThrow());
    }

    @Test
    void nextComparison_asksWhereTheLearnerIsLeastSure() {
        learner.learn("keep it short, bullet points, no emoji", 1);
        Comparison c = learner.nextComparison().orElseThrow();
        assertFalse(List.of(Dimension.VERBOSITY, Dimension.FORMAT, Dimension.EMOJI).contains(c.dimension()),
                "asked about " + c.dimension() + " which was just stated");
        learner.choose(c, false, 2);
        assertTrue(learner.confidence(c.dimension()) > c.confidence());
    }

    @Test
    void choiceOfAForbiddenValue_isIgnored() {
        BoundRef bound = new BoundRef("school.dimension.humour", 2, "humour", "School policy");
        PreferenceLearner strict = new PreferenceLearner(Profile.inMemory(),
                RecordBounds.global().with(Dimension.HUMOUR, DimensionRule.allowed(bound, "none", "light")), CLOCK);
        assertTrue(strict.choose(new Comparison(Dimension.HUMOUR, "playful", "none", 0), true, 1).isEmpty());
        assertFalse(strict.profile().value(Dimension.HUMOUR).isPresent());
    }

    @Test
    void forget_removesOneItem_forgetAll_everything() {
        learner.learn("keep it short. I live in Leeds", 1);
        assertTrue(learner.profile().forget("fact:location"));
        assertFalse(learner.profile().facts().containsKey("location"));
        assertTrue(learner.profile().value(Dimension.VERBOSITY).isPresent());
        learner.profile().forgetAll();
        assertTrue(repository.load().isEmpty());
    }

    @Test
    void personalisation_givesInstructionsTokenCapAndAppliedList_reCheckedAgainstBounds() {
        learner.learn("keep it short and answer in German. Call me Sam", 1);
        Personalisation p = Personalisation.of(learner.profile(), PreferenceBounds.global());
        assertEquals(48, p.maxTokens());
        assertTrue(p.applied().contains(new AppliedPreference("verbosity", "short")));
        assertTrue(p.instructions().stream().anyMatch(i -> i.contains("German")), p.instructions().toString());
        BoundRef bound = new BoundRef("org.dimension.language", 2, "language", "Org policy");
        Personalisation stricter = Personalisation.of(learner.profile(),
                RecordBounds.global().with(Dimension.LANGUAGE, DimensionRule.locked(bound, "en")), Map.of());
        assertFalse(stricter.applied().contains(new AppliedPreference("language", "de")));
    }

    @Test
    void eachLearnerUpdate_writesItsEvidenceAndValueInOneSaveAll_underOneProvenanceTime() {
        RecordingRepository recording = new RecordingRepository();
        PreferenceLearner learner = new PreferenceLearner(Profile.load(recording), PreferenceBounds.global(), CLOCK);
        learner.learn("keep it short", 1);
        ReplyFeatures shortBulleted = new ReplyFeatures(30, 5, 5, 0, 5, "en");
        learner.feedback(shortBulleted, true, null, 2);
        learner.choose(new Comparison(Dimension.FORMAT, "bullets", "prose", 0), true, 3);
        assertEquals(List.of(), recording.singleSaves, "no learner update is written item by item");
        assertEquals(List.of("evidence:verbosity", "dimension:verbosity"), ids(recording.batches.get(0)));
        for (List<ProfileItem> batch : recording.batches) {
            assertEquals(ProfileItem.Kind.EVIDENCE, batch.get(0).kind(), "every update writes its evidence");
            assertTrue(batch.size() <= 2, batch.toString());
            if (batch.size() == 2) {
                assertEquals(batch.get(0).name(), batch.get(1).name());
                assertEquals(batch.get(0).provenance().time(), batch.get(1).provenance().time());
            }
        }
    }

    @Test
    void updateWhoseWriteFails_changesNoStoredOrShownValue() {
        RecordingRepository refusing = new RecordingRepository();
        PreferenceLearner learner = new PreferenceLearner(Profile.load(refusing), PreferenceBounds.global(), CLOCK);
        refusing.failing = true;
        assertThrows(IllegalStateException.class, () -> learner.learn("keep it short", 1));
        assertFalse(learner.profile().value(Dimension.VERBOSITY).isPresent(), "the value is applied only once written");
        assertTrue(refusing.load().isEmpty());
    }

    private static List<String> ids(List<ProfileItem> items) {
        return items.stream().map(ProfileItem::id).toList();
    }

    /** Records how items are written; optionally refuses every write, as a store that cannot commit would. */
    private static final class RecordingRepository implements ProfileRepository {
        private final InMemoryProfileRepository items = new InMemoryProfileRepository();
        final List<ProfileItem> singleSaves = new ArrayList<>();
        final List<List<ProfileItem>> batches = new ArrayList<>();
        boolean failing;

        @Override
        public List<ProfileItem> load() {
            return items.load();
        }

        @Override
        public void save(ProfileItem item) {
            refuseIfFailing();
            singleSaves.add(item);
            items.save(item);
        }

        @Override
        public void saveAll(List<ProfileItem> batch) {
            refuseIfFailing();
            batches.add(List.copyOf(batch));
            batch.forEach(items::save);
        }

        private void refuseIfFailing() {
            if (failing) {
                throw new IllegalStateException("the repository refuses writes");
            }
        }

        @Override
        public boolean delete(ProfileItem.Kind kind, String name) {
            return items.delete(kind, name);
        }

        @Override
        public void deleteAll() {
            items.deleteAll();
        }

        @Override
        public boolean persistent() {
            return true;
        }
    }
}
