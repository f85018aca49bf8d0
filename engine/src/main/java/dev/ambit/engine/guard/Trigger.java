package dev.ambit.engine.guard;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A set of words that gates a costly rule: a rule only runs on sentences holding one of them. Each trigger owns
 * one bit; a sentence ORs the bits of its words once, so asking "does it mention any of these?" costs one AND
 * however many rules ask.
 *
 * @param bit this trigger's bit
 * @param words the words
 */
record Trigger(long bit, Set<String> words) {
    private static final ConcurrentHashMap<String, Long> MASKS = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    static Trigger of(String... words) {
        int index = COUNT.getAndIncrement();
        if (index >= 64) {
            throw new IllegalStateException("at most 64 triggers are supported, this is trigger " + (index + 1));
        }
        long bit = 1L << index;
        Set<String> set = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(Arrays.asList(words)));
        for (String w : set) {
            MASKS.merge(w, bit, (a, b) -> a | b);
        }
        return new Trigger(bit, set);
    }

    /** A trigger from space-separated words, each also in its plural "-s" form. */
    static Trigger ofText(String spaced, boolean plurals) {
        String[] words = Arrays.stream(spaced.split(" ")).filter(w -> !w.isEmpty())
                .flatMap(w -> plurals ? java.util.stream.Stream.of(w, w + "s") : java.util.stream.Stream.of(w))
                .toArray(String[]::new);
        return of(words);
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /** The bits of all triggers holding {@code word}. */
    static long mask(String word) {
        Long m = MASKS.get(word);
        return m == null ? 0 : m;
    }

    /** How many triggers exist, to tell whether a cached mask is still complete. */
    static int count() {
        return COUNT.get();
    }
}
