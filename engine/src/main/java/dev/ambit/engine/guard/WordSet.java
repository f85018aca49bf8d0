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

    /**
     * The sets this one was built from by {@link #addPart}, with each one's {@link #changes} when added; null when
     * it holds words from elsewhere. A prompt's words are its sentences' words: its mask is then their masks OR-ed,
     * with no word looked up again.
     */
    private transient java.util.List<WordSet> parts;
    private transient java.util.List<Integer> partChanges;
    /** Counts changes to this set, so a set built from it can tell whether it still holds what it copied. */
    private transient int changes;

    /** Adds every word of {@code part}; a set built only this way computes its mask from its parts' masks. */
    void addPart(WordSet part) {
        boolean first = isEmpty() && parts == null;
        java.util.List<WordSet> kept = first ? new java.util.ArrayList<>() : parts;
        java.util.List<Integer> keptChanges = first ? new java.util.ArrayList<>() : partChanges;
        addAll(part); // drops the parts, as any change does: restored below
        if (kept != null) {
            kept.add(part);
            keptChanges.add(part.changes);
        }
        parts = kept;
        partChanges = keptChanges;
    }

    /** Whether any word held here is in {@code list}. */
    boolean mentions(WordList list) {
        if (list.bit >= maskCount) {
            // Computed before this list was registered (or never): the registry has grown, so compute again.
            computeMask(WordList.registered());
        }
        return (mask[list.bit >>> 6] & (1L << list.bit)) != 0;
    }

    private void computeMask(int count) {
        long[] m = new long[(count + 63) >>> 6];
        if (partsUnchanged()) {
            for (WordSet part : parts) {
                if (part.maskCount < count) {
                    part.computeMask(count);
                }
                for (int i = 0; i < m.length && i < part.mask.length; i++) {
                    m[i] |= part.mask[i];
                }
            }
        } else {
            for (String w : this) {
                WordList.orInto(w, m);
            }
        }
        mask = m;
        maskCount = count;
    }

    private boolean partsUnchanged() {
        if (parts == null) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).changes != partChanges.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every change drops the mask and the parts: the words held are no longer just the parts' words. */
    private void changed() {
        maskCount = -1;
        parts = null;
        partChanges = null;
        changes++;
    }

    @Override
    public boolean add(String word) {
        changed();
        return super.add(word);
    }

    @Override
    public boolean remove(Object word) {
        changed();
        return super.remove(word);
    }

    @Override
    public boolean removeAll(java.util.Collection<?> words) {
        changed();
        return super.removeAll(words);
    }

    @Override
    public boolean retainAll(java.util.Collection<?> words) {
        changed();
        return super.retainAll(words);
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super String> filter) {
        changed();
        return super.removeIf(filter);
    }

    @Override
    public void clear() {
        changed();
        super.clear();
    }
}
