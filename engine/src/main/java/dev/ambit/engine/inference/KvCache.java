package dev.ambit.engine.inference;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the attention cache stores keys and values. {@code q8_0} halves the cache's memory (the largest part of
 * what a small model needs beyond its weights) at a very small cost in fidelity; llama.cpp needs flash
 * attention for a quantised value cache, so choosing it turns flash attention on.
 */
public enum KvCache {
    F16("f16"),
    Q8_0("q8_0");

    private final String wireName;

    KvCache(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<KvCache> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equalsIgnoreCase(name)).findFirst();
    }

    /** The accepted names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(KvCache::wireName).collect(Collectors.joining(", "));
    }
}
