package dev.ambit.engine.guard;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of words that gates a costly rule: a rule only runs on sentences holding one of them. Its words are a
 * registered {@link WordList}, so asking a sentence "does it mention any of these?" is one bit test however many
 * rules ask, and there is no limit on how many triggers exist.
 *
 * @param words the words
 */
record Trigger(WordList words) {
    /** Every word of every trigger made so far: words some rule is gated on. */
    private static final Set<String> ALL = ConcurrentHashMap.newKeySet();

    static Trigger of(String... words) {
        WordList list = WordList.of(Arrays.asList(words));
        ALL.addAll(list);
        return new Trigger(list);
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

    /** Whether some trigger made so far holds {@code word}. */
    static boolean anyHolds(String word) {
        return ALL.contains(word);
    }
}
