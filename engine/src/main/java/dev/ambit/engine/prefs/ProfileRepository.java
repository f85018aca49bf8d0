package dev.ambit.engine.prefs;

import java.util.List;

/**
 * Where profile items live. The encrypted store implements it for real use; {@link InMemoryProfileRepository}
 * holds them for a session that persists nothing.
 *
 * <p>Contract: {@link #save} replaces any item with the same kind and name; after {@link #delete} or
 * {@link #deleteAll} returns, {@link #load} no longer yields the items; a failure leaves earlier items intact.
 */
public interface ProfileRepository {
    /** Every stored item, in no particular order. */
    List<ProfileItem> load();

    /** Inserts or replaces the item with this kind and name. */
    void save(ProfileItem item);

    /** Removes one item; returns false when there was none. */
    boolean delete(ProfileItem.Kind kind, String name);

    /** Removes every item. */
    void deleteAll();

    /** False for a repository that forgets everything when the process ends. */
    boolean persistent();
}
