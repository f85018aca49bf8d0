package dev.ambit.engine.profile;

import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.prefs.PolicyBounds;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.store.DamagedItemException;
import dev.ambit.store.Item;
import dev.ambit.store.ItemNotFoundException;
import dev.ambit.store.NewItem;
import dev.ambit.store.Store;
import dev.ambit.store.StoreException;
import dev.ambit.store.audit.AuditVerification;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engine's door to the user's encrypted store in {@code AMBIT_HOME/store}. Turns every store failure into
 * an {@link dev.ambit.engine.AmbitException} (a {@link ProfileException}, or an invalid-input error for an
 * unknown item id) so the CLI maps it to exit code 5 (or 2).
 *
 * <p>Contract: a method that returns has durably committed its change. The passphrase arrays passed in are
 * wiped before the method returns. Not thread-safe.
 */
public final class Profile implements AutoCloseable {
    /** Setting holding the jurisdiction chosen at {@code ambit init}. */
    public static final String JURISDICTION = "jurisdiction";
    /** Setting that pauses learning ("true"/"false"); the status then reads "paused". */
    public static final String LEARNING_PAUSED = "learning_paused";
    private static final int MAX_FACT_CHARS = 2000;

    private final Store store;
    private final Clock clock;

    private Profile(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Where the store's files live. */
    public static Path directory(AmbitHome home) {
        return home.root().resolve("store");
    }

    public static boolean exists(AmbitHome home) {
        return Store.exists(directory(home));
    }

    /** Creates the store with a fresh key wrapped under {@code passphrase}, recording the jurisdiction. */
    public static Profile create(AmbitHome home, char[] passphrase, KdfCost cost, String jurisdiction) {
        try {
            home.ensureExists();
            Store store = guard(() -> Store.create(directory(home), passphrase, cost.params()));
            Profile profile = new Profile(store, Clock.systemUTC());
            guard(() -> {
                store.putSetting(JURISDICTION, jurisdiction);
                return null;
            });
            return profile;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Opens the existing store; a missing store is an error that says to run {@code ambit init}. */
    public static Profile open(AmbitHome home, char[] passphrase) {
        try {
            return new Profile(guard(() -> Store.open(directory(home), passphrase)), Clock.systemUTC());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /**
     * Forget everything: destroys the keys (crypto-shredding) and deletes the database files. Needs no
     * passphrase, so a user who lost it can still erase. Returns false when there was no store.
     */
    public static boolean forgetAll(AmbitHome home) {
        Path dir = directory(home);
        if (!Store.exists(dir)) {
            return false;
        }
        guard(() -> {
            Store.destroy(dir);
            return null;
        });
        return true;
    }

    /** "active", or "paused" while learning is paused. */
    public String status() {
        return guard(() -> store.setting(LEARNING_PAUSED)).map(Boolean::parseBoolean).orElse(false) ? "paused" : "active";
    }

    /** Pauses or resumes learning; while paused the profile is applied but nothing new is learned. */
    public void pauseLearning(boolean pause) {
        guard(() -> {
            store.putSetting(LEARNING_PAUSED, Boolean.toString(pause));
            return null;
        });
    }

    /**
     * The preference learner over this store under {@code policy}'s bounds: what it learns is committed to the
     * store as it learns it, and it learns nothing while learning is paused.
     */
    public PreferenceLearner learner(EffectivePolicy policy) {
        PreferenceLearner learner = new PreferenceLearner(
                dev.ambit.engine.prefs.Profile.load(new StoreProfileRepository(this)), PolicyBounds.of(policy), clock);
        learner.pauseWhen(() -> status().equals("paused"));
        return learner;
    }

    public Optional<String> jurisdiction() {
        return guard(() -> store.setting(JURISDICTION));
    }

    /** Stores {@code text} as a fact the user stated explicitly. */
    public ProfileItem remember(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("nothing to remember: give the fact as text, e.g. ambit profile remember \"I am vegetarian\"");
        }
        String fact = text.strip();
        if (fact.length() > MAX_FACT_CHARS) {
            throw new InvalidInputException("the fact is " + fact.length() + " characters; at most " + MAX_FACT_CHARS
                    + " are kept");
        }
        String provenance = "{\"source\":\"explicit\",\"via\":\"remember\",\"at\":\"" + clock.instant() + "\"}";
        return toItem(guard(() -> store.add(NewItem.fact(fact, provenance))));
    }

    public List<ProfileItem> items() {
        return guard(store::items).stream().map(Profile::toItem).toList();
    }

    public Map<String, String> settings() {
        return guard(store::settings);
    }

    /**
     * Removes item {@code id}; an unknown id is an invalid-input error. Forgetting a learned preference also
     * forgets the learner's evidence for it, so it is not learned straight back from old signals.
     */
    public void forget(long id) {
        guard(() -> {
            Optional<Item> item;
            try {
                item = Optional.of(store.item(id));
            } catch (DamagedItemException e) {
                // A damaged item must still be erasable; it has no readable evidence to follow.
                item = Optional.empty();
            }
            store.forget(id);
            item.filter(i -> i.kind().equals(StoreProfileRepository.storeKind(dev.ambit.engine.prefs.ProfileItem.Kind.DIMENSION))
                            && !i.name().isEmpty())
                    .flatMap(i -> store.find(StoreProfileRepository.storeKind(dev.ambit.engine.prefs.ProfileItem.Kind.EVIDENCE),
                            i.name()))
                    .ifPresent(evidence -> store.forget(evidence.id()));
            return null;
        });
    }

    /** Retention: removes items and transcripts older than {@code age}; returns how many went. */
    public int purgeOlderThan(Duration age) {
        return guard(() -> store.purgeOlderThan(age));
    }

    /** Writes the user's data as readable JSON to {@code file}, which must not exist yet. */
    public void export(Path file) {
        ProfileExport.write(this, file);
    }

    public void changePassphrase(char[] newPassphrase, KdfCost cost) {
        try {
            guard(() -> {
                store.changePassphrase(newPassphrase, cost.params());
                return null;
            });
        } finally {
            Arrays.fill(newPassphrase, '\0');
        }
    }

    public void rotateKey() {
        guard(() -> {
            store.rotateKey();
            return null;
        });
    }

    public AuditReport verifyAudit() {
        AuditVerification v = guard(store::verifyAudit);
        return new AuditReport(v.entries(), v.problem());
    }

    /** Records a decision or change by kind and id only (never content), e.g. a bound that refused a turn. */
    public void audit(String kind, String subject) {
        try {
            guard(() -> store.audit(kind, subject));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** The store itself, for engine components that persist their own items (e.g. the preference learner). */
    public Store store() {
        return store;
    }

    @Override
    public void close() {
        guard(() -> {
            store.close();
            return null;
        });
    }

    private static ProfileItem toItem(Item i) {
        return new ProfileItem(i.id(), i.kind(), i.name(), i.value(), i.provenance(), i.created(), i.updated());
    }

    static <T> T guard(Supplier<T> action) {
        try {
            return action.get();
        } catch (ItemNotFoundException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (StoreException e) {
            throw new ProfileException(e.getMessage(), e);
        }
    }
}
