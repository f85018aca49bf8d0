package dev.ambit.engine.prefs;

import java.util.List;

/**
 * Where profile items live. The encrypted store implements it for real use; {@link InMemoryProfileRepository}
 * holds them for a session that persists nothing.
 *
 * <p>Contract: {@link #save} replaces any item with the same kind and name; {@link #saveAll} does so for several
 * items, and a persistent repository commits them together (all or none, also across a crash); after
 * {@link #delete} or {@link #deleteAll} returns, {@link #load} no longer yields the items; a failure leaves earlier
 * items intact.
 */
public interface ProfileRepository {
    /** Every stored item, in no particular order. */
    List<ProfileItem> load();

    /** Inserts or replaces the item with this kind and name. */
    void save(ProfileItem item);

    /**
     * Inserts or replaces each item (at most one per kind and name). The default saves them one by one, which is
     * all a repository that keeps nothing across a crash needs; a persistent one overrides it so that the items
     * are stored in one durable write or not at all.
     */
    default void saveAll(List<ProfileItem> items) {
        for (ProfileItem item : List.copyOf(items)) {
            save(item);
        }
    }

    /** Removes one item; returns false when there was none. */
    boolean delete(ProfileItem.Kind kind, String name);

    /** Removes every item. */
    void deleteAll();

    /** False for a repository that forgets everything when the process ends. */
    boolean persistent();
}
