package dev.ambit.engine.profile;

import dev.ambit.engine.prefs.ProfileItem;
import dev.ambit.engine.prefs.ProfileRepository;
import dev.ambit.engine.prefs.Provenance;
import dev.ambit.store.Item;
import dev.ambit.store.NewItem;
import dev.ambit.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learned profile in the encrypted store: dimensions as items of kind {@code preference}, facts as
 * {@code fact}, the learner's per-dimension evidence as {@code feedback}; the item's name is the dimension or
 * fact name (found through the store's deterministic lookup key) and its provenance the learner's JSON.
 *
 * <p>Contract: every write is committed durably before it returns (the store's guarantee), and the items of one
 * {@link #saveAll} in one transaction, so a crash keeps all of them or none. Facts stored by
 * {@code ambit profile remember} carry no name and are not the learner's: {@link #load} leaves them out and
 * {@link #deleteAll} leaves them alone.
 */
public final class StoreProfileRepository implements ProfileRepository {
    private final Profile profile;

    public StoreProfileRepository(Profile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    @Override
    public List<ProfileItem> load() {
        List<ProfileItem> items = new ArrayList<>();
        for (ProfileItem.Kind kind : ProfileItem.Kind.values()) {
            for (Item i : Profile.guard(() -> store().namedItems(storeKind(kind)))) {
                items.add(toItem(i, kind));
            }
        }
        return items;
    }

    @Override
    public void save(ProfileItem item) {
        String kind = storeKind(item.kind());
        String provenance = item.provenance().toJson();
        Profile.guard(() -> {
            Optional<Item> old = store().find(kind, item.name());
            return old.isPresent()
                    ? store().update(old.get().id(), item.value(), provenance)
                    : store().add(new NewItem(kind, item.name(), item.value(), provenance));
        });
    }

    /** One store transaction ({@link Store#upsertAll}): a learner update's evidence and value commit together. */
    @Override
    public void saveAll(List<ProfileItem> items) {
        List<NewItem> batch = items.stream()
                .map(i -> new NewItem(storeKind(i.kind()), i.name(), i.value(), i.provenance().toJson()))
                .toList();
        if (!batch.isEmpty()) {
            Profile.guard(() -> store().upsertAll(batch));
        }
    }

    @Override
    public boolean delete(ProfileItem.Kind kind, String name) {
        return Profile.guard(() -> {
            Optional<Item> old = store().find(storeKind(kind), name);
            old.ifPresent(i -> store().forget(i.id()));
            return old.isPresent();
        });
    }

    @Override
    public void deleteAll() {
        for (ProfileItem item : load()) {
            delete(item.kind(), item.name());
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    /** The store's item kind for a profile item's kind. */
    public static String storeKind(ProfileItem.Kind kind) {
        return switch (kind) {
            case DIMENSION -> "preference";
            case FACT -> "fact";
            case EVIDENCE -> "feedback";
        };
    }

    private static ProfileItem toItem(Item i, ProfileItem.Kind kind) {
        try {
            return new ProfileItem(kind, i.name(), i.value(), Provenance.fromJson(i.provenance()));
        } catch (IllegalArgumentException e) {
            throw new ProfileException("profile item " + i.id() + " (" + i.kind() + " " + i.name()
                    + ") is damaged: " + e.getMessage() + "; 'ambit profile forget " + i.id() + "' removes it", e);
        }
    }

    private Store store() {
        return profile.store();
    }
}
