package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.Dimension;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's tier-3 profile: a value per dimension, remembered facts, and the learner's evidence, written
 * through to a {@link ProfileRepository}. It stores what it is given; {@link PreferenceLearner} decides what is
 * admissible. Not thread-safe.
 */
public final class Profile {
    private final ProfileRepository repository;
    private final Map<Dimension, ProfileItem> dimensions = new EnumMap<>(Dimension.class);
    private final Map<String, ProfileItem> facts = new LinkedHashMap<>();
    private final Map<Dimension, DimensionModel> models = new EnumMap<>(Dimension.class);

    private Profile(ProfileRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Reads every item of {@code repository}. */
    public static Profile load(ProfileRepository repository) {
        Profile profile = new Profile(repository);
        for (ProfileItem item : repository.load()) {
            switch (item.kind()) {
                case DIMENSION -> Dimension.byName(item.name()).ifPresent(d -> profile.dimensions.put(d, item));
                case FACT -> profile.facts.put(item.name(), item);
                case EVIDENCE -> Dimension.byName(item.name())
                        .ifPresent(d -> profile.models.put(d, DimensionModel.fromJson(d, item.value())));
            }
        }
        return profile;
    }

    /** An empty profile that persists nothing. */
    public static Profile inMemory() {
        return load(new InMemoryProfileRepository());
    }

    public ProfileRepository repository() {
        return repository;
    }

    public Optional<ProfileItem> dimension(Dimension dimension) {
        return Optional.ofNullable(dimensions.get(dimension));
    }

    public Optional<String> value(Dimension dimension) {
        return dimension(dimension).map(ProfileItem::value);
    }

    public Map<String, ProfileItem> facts() {
        return Map.copyOf(facts);
    }

    /** Dimension items first (in dimension order), then facts; evidence is internal to the learner. */
    public List<ProfileItem> items() {
        List<ProfileItem> all = new ArrayList<>(dimensions.values());
        all.addAll(facts.values());
        return all;
    }

    DimensionModel model(Dimension dimension) {
        return models.computeIfAbsent(dimension, DimensionModel::new);
    }

    void put(ProfileItem item) {
        repository.save(item);
        switch (item.kind()) {
            case DIMENSION -> dimensions.put(Dimension.byName(item.name()).orElseThrow(), item);
            case FACT -> facts.put(item.name(), item);
            case EVIDENCE -> { }
        }
    }

    /**
     * Stores one learner update of {@code dimension}: its evidence and, when the update sets it, the dimension's
     * value, in one {@link ProfileRepository#saveAll} (one transaction in the store), so a crash never leaves the
     * new evidence beside the previous value. The value is applied here only once the write has returned.
     */
    void saveUpdate(Dimension dimension, Provenance evidence, Optional<ProfileItem> value) {
        value.ifPresent(v -> {
            if (v.kind() != ProfileItem.Kind.DIMENSION || !v.name().equals(dimension.id())) {
                throw new IllegalArgumentException("value must be the " + dimension.id() + " dimension item, got "
                        + v.id());
            }
        });
        List<ProfileItem> items = new ArrayList<>(2);
        items.add(new ProfileItem(ProfileItem.Kind.EVIDENCE, dimension.id(), model(dimension).toJson(), evidence));
        value.ifPresent(items::add);
        repository.saveAll(items);
        value.ifPresent(v -> dimensions.put(dimension, v));
    }

    /** Forgets one item by its id ({@code dimension:verbosity}, {@code fact:location}); false when unknown. */
    public boolean forget(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            return false;
        }
        ProfileItem.Kind kind;
        try {
            kind = ProfileItem.Kind.parse(id.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return false;
        }
        String name = id.substring(colon + 1);
        boolean removed = repository.delete(kind, name);
        if (kind == ProfileItem.Kind.DIMENSION) {
            Dimension.byName(name).ifPresent(d -> {
                dimensions.remove(d);
                models.remove(d);
                repository.delete(ProfileItem.Kind.EVIDENCE, name);
            });
        } else if (kind == ProfileItem.Kind.FACT) {
            facts.remove(name);
        }
        return removed;
    }

    /** Forgets everything: items, facts and evidence. */
    public void forgetAll() {
        repository.deleteAll();
        dimensions.clear();
        facts.clear();
        models.clear();
    }
}
