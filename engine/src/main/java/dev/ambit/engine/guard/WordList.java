package dev.ambit.engine.guard;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable list of words a rule reasons with, registered under its own bit. The registry maps each word to the
 * bits of every list holding it, so a {@link WordSet} (a sentence's or a prompt's words) looks each of its words up
 * once and can then answer "does it mention any word of this list?" for every list with one bit test, however many
 * lists and rules ask. A detector plugs in by declaring its lists with {@link Lexicon#words} or {@link Trigger#of}
 * and asking through {@link Lexicon#mentionsAny} or {@link Sentence#mentionsAny}; there is no other bookkeeping.
 *
 * <p>Contract: as an unmodifiable {@link Set}; thread-safe. A list is fully registered before its constructor
 * returns, so anyone holding it can rely on its bit being in the registry.
 */
final class WordList extends AbstractSet<String> {
    /** Word to the bits of the lists holding it; an array is replaced, never changed, once published. */
    private static final ConcurrentHashMap<String, long[]> BITS = new ConcurrentHashMap<>();
    private static final long[] NONE = new long[0];
    private static int next;
    /** Lists whose bits are all in {@link #BITS}; written after them, so a reader that sees it sees them. */
    private static volatile int registered;

    private final Set<String> words;
    final int bit;

    private WordList(Set<String> words, int bit) {
        this.words = words;
        this.bit = bit;
    }

    /** Registers a new list; repeats in {@code words} are tolerated, so lists can grow without bookkeeping. */
    static WordList of(java.util.Collection<String> words) {
        Set<String> set = Collections.unmodifiableSet(new HashSet<>(words));
        synchronized (WordList.class) {
            int bit = next++;
            for (String w : set) {
                BITS.compute(w, (k, old) -> {
                    long[] bits = Arrays.copyOf(old == null ? NONE : old, Math.max(old == null ? 0 : old.length,
                            (bit >>> 6) + 1));
                    bits[bit >>> 6] |= 1L << bit;
                    return bits;
                });
            }
            registered = bit + 1;
            return new WordList(set, bit);
        }
    }

    /** How many lists are registered; a mask computed at this count holds every bit below it. */
    static int registered() {
        return registered;
    }

    /** The bits of every list holding {@code word}, OR-ed into {@code mask}. */
    static void orInto(String word, long[] mask) {
        long[] bits = BITS.get(word);
        if (bits != null) {
            for (int i = 0; i < bits.length && i < mask.length; i++) {
                mask[i] |= bits[i];
            }
        }
    }

    @Override
    public boolean contains(Object o) {
        return words.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
