package dev.ambit.engine.guard.lexical;

import java.util.Arrays;

/**
 * The features the lexical model reads from a normalised prompt: its words, adjacent word pairs, word pairs one
 * word apart and word stems, each hashed into one of {@code 2^bits} buckets. Hashing keeps the model a fixed size
 * whatever vocabulary it was trained on; pairs carry the context a single word lacks ("kill" beside "process" or
 * beside "neighbour"); stems let an unseen inflection or typo share its word's weight.
 *
 * <p>Contract: pure and deterministic (the same text gives the same buckets on every JVM), thread-safe; the
 * result is sorted and free of duplicates, so a feature counts once however often it occurs.
 */
public final class Ngrams {
    /** Stems are the first this many characters of a longer word. */
    private static final int STEM = 5;
    /** Enough words for a few kilobytes of text; the guard judges longer texts in windows. */
    private static final int MAX_WORDS = 1024;

    private Ngrams() {}

    /** The distinct feature buckets of {@code text} for a table of {@code 2^bits} entries. */
    public static int[] of(String text, int bits) {
        if (bits < 8 || bits > 24) {
            throw new IllegalArgumentException("bits must be within [8, 24], got " + bits);
        }
        int mask = (1 << bits) - 1;
        // A word and the separator after it take two characters at least: arrays this long hold every word.
        int capacity = Math.min(MAX_WORDS, text.length() / 2 + 1);
        int[] words = new int[capacity];
        int[] stems = new int[capacity];
        int n = words(text, words, stems);
        int[] out = new int[n * 4];
        int k = 0;
        for (int i = 0; i < n; i++) {
            out[k++] = mix(words[i], 0x1b873593) & mask;
            if (stems[i] != 0) {
                out[k++] = mix(stems[i], 0x5bd1e995) & mask;
            }
            if (i > 0) {
                out[k++] = mix(words[i - 1] * 31 + words[i], 0x68e31da4) & mask;
            }
            if (i > 1) {
                out[k++] = mix(words[i - 2] * 37 + words[i], 0x2545f491) & mask;
            }
        }
        return distinct(out, k, bits);
    }

    /**
     * Splits {@code text} into runs of letters and digits, lower-cased, and writes each word's hash (and, for a
     * word longer than the stem, its stem's hash; else 0) into the arrays. Returns the number of words.
     */
    private static int words(String text, int[] words, int[] stems) {
        int n = 0;
        int h = FNV_OFFSET;
        int stem = 0;
        int len = 0;
        for (int i = 0, end = text.length(); i <= end && n < words.length; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            int lower = c < 128 ? ASCII_LOWER[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
            if (lower >= 0) {
                h = (h ^ lower) * FNV_PRIME;
                len++;
                if (len == STEM) {
                    stem = h;
                }
            } else if (len > 0) {
                words[n] = h;
                stems[n] = len > STEM ? stem : 0;
                n++;
                h = FNV_OFFSET;
                len = 0;
            }
        }
        return n;
    }

    /**
     * For each ASCII character, {@link Character#toLowerCase(char)} of it if {@link Character#isLetterOrDigit(char)},
     * else -1: read from the same methods once, so the per-character test on ordinary text is one array load.
     */
    private static final int[] ASCII_LOWER = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
        }
    }

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    /** Murmur3's finaliser over a seeded value: spreads similar hashes across all buckets. */
    private static int mix(int value, int seed) {
        int h = value ^ seed;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * Tables up to this size are deduplicated through a bitset of the table: setting a bit per feature and reading
     * the set bits back in order is a few microseconds, where sorting the ~700 features of a 1 KB prompt took
     * about thirty. A summary bit per bitset word lets the read-back visit only the words touched, so the table's
     * size costs nothing per prompt.
     */
    private static final int MAX_BITSET_BITS = 20;
    /** One bitset per thread, cleared as it is read back: 128 KB, too large to allocate per prompt. */
    private static final ThreadLocal<long[]> SEEN = ThreadLocal.withInitial(() -> new long[(1 << MAX_BITSET_BITS) >>> 6]);
    /** Per thread, one bit per word of {@link #SEEN}: set when that word first gets a bit. */
    private static final ThreadLocal<long[]> TOUCHED = ThreadLocal.withInitial(
            () -> new long[(1 << MAX_BITSET_BITS) >>> 12]);

    /** {@code values[0, count)} sorted ascending without duplicates, in a new array. */
    private static int[] distinct(int[] values, int count, int bits) {
        if (count == 0) {
            return new int[0];
        }
        return bits <= MAX_BITSET_BITS ? distinctBySet(values, count, bits) : distinctBySort(values, count);
    }

    private static int[] distinctBySort(int[] values, int count) {
        Arrays.sort(values, 0, count);
        int n = 1;
        for (int i = 1; i < count; i++) {
            if (values[i] != values[n - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }

    /** As {@link #distinctBySort}, for values below {@code 2^bits}: marks each in a bitset, then reads them in order. */
    private static int[] distinctBySet(int[] values, int count, int bits) {
        long[] seen = SEEN.get();
        long[] touched = TOUCHED.get();
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            int v = values[i];
            int w = v >>> 6;
            long bit = 1L << v; // shifts by v mod 64: the bit of v within its word
            long word = seen[w];
            if ((word & bit) == 0) {
                distinct++;
                touched[w >>> 6] |= 1L << w;
                seen[w] = word | bit;
            }
        }
        int[] out = new int[distinct];
        int k = 0;
        for (int t = 0, summaries = Math.max(1, (1 << bits) >>> 12); t < summaries && k < distinct; t++) {
            long marks = touched[t];
            touched[t] = 0;
            while (marks != 0) {
                int w = (t << 6) + Long.numberOfTrailingZeros(marks);
                marks &= marks - 1;
                long word = seen[w];
                seen[w] = 0;
                do {
                    out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                } while (word != 0);
            }
        }
        return out;
    }
}
