package dev.ambit.engine.guard;

import java.util.HashSet;

/**
 * The words of one text (a sentence, a prompt), with the {@link WordList} bits of all of them computed once on the
 * first question: asking whether the text mentions any word of a list is then one bit test instead of a loop of
 * hash lookups, and that loop was the guard's largest single cost when two dozen detectors each asked their own.
 *
 * <p>Contract: a {@link HashSet}; a change to it drops the computed bits, so answers always match the words held.
 * Not thread-safe, like the set it is: a text is judged on one thread.
 */
final class WordSet extends HashSet<String> {
    private static final long serialVersionUID = 1L;

    private transient long[] mask;
    /** {@link WordList#registered()} when {@link #mask} was computed; -1 when it is stale. */
    private transient int maskCount = -1;

    WordSet() {}

    /** A set sized for {@code expected} words, so building it never grows its table. */
    WordSet(int expected) {
        super(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    /** Whether any word held here is in {@code list}. */
    boolean mentions(WordList list) {
        if (list.bit >= maskCount) {
            // Computed before this list was registered (or never): the registry has grown, so compute again.
            int count = WordList.registered();
            long[] m = new long[(count + 63) >>> 6];
            for (String w : this) {
                WordList.orInto(w, m);
            }
            mask = m;
            maskCount = count;
        }
        return (mask[list.bit >>> 6] & (1L << list.bit)) != 0;
    }

    @Override
    public boolean add(String word) {
        maskCount = -1;
        return super.add(word);
    }

    @Override
    public boolean remove(Object word) {
        maskCount = -1;
        return super.remove(word);
    }

    @Override
    public boolean removeAll(java.util.Collection<?> words) {
        maskCount = -1;
        return super.removeAll(words);
    }

    @Override
    public boolean retainAll(java.util.Collection<?> words) {
        maskCount = -1;
        return super.retainAll(words);
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super String> filter) {
        maskCount = -1;
        return super.removeIf(filter);
    }

    @Override
    public void clear() {
        maskCount = -1;
        super.clear();
    }
}
