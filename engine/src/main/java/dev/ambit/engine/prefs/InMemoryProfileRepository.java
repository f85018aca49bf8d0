package dev.ambit.engine.prefs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link ProfileRepository} that keeps items in memory only: for dry runs, incognito use and tests. */
public final class InMemoryProfileRepository implements ProfileRepository {
    private final Map<String, ProfileItem> items = new LinkedHashMap<>();

    @Override
    public synchronized List<ProfileItem> load() {
        return new ArrayList<>(items.values());
    }

    @Override
    public synchronized void save(ProfileItem item) {
        items.put(item.id(), item);
    }

    @Override
    public synchronized boolean delete(ProfileItem.Kind kind, String name) {
        return items.remove(kind.wireName() + ":" + name) != null;
    }

    @Override
    public synchronized void deleteAll() {
        items.clear();
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
