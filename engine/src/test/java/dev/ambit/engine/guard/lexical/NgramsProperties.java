package dev.ambit.engine.guard.lexical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NgramsProperties {
    @Property
    void features_areSortedDistinctAndWithinTheTable(@ForAll String text, @ForAll @IntRange(min = 8, max = 20) int bits) {
        int[] f = Ngrams.of(text, bits);
        for (int i = 0; i < f.length; i++) {
            assertTrue(f[i] >= 0 && f[i] < 1 << bits, "bucket " + f[i]);
            assertTrue(i == 0 || f[i - 1] < f[i], "not sorted and distinct at " + i);
        }
    }

    @Property
    void features_ignoreCaseAndSeparators(@ForAll("words") String words) {
        assertArrayEquals(Ngrams.of(words, 16), Ngrams.of("  " + words.toUpperCase(java.util.Locale.ROOT).replace(" ", " ,; ") + "!", 16));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9)
                .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Property
    void aRepeatedWord_addsOnlyItsPair(@ForAll("words") String words) {
        String word = words.split(" ")[0];
        int[] once = Ngrams.of(word, 16);
        int[] twice = Ngrams.of(word + " " + word, 16);
        for (int f : once) {
            assertTrue(java.util.Arrays.binarySearch(twice, f) >= 0, "lost bucket " + f);
        }
        assertTrue(twice.length <= once.length + 1, once.length + " -> " + twice.length);
    }
}
