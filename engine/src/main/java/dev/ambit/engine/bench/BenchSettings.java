package dev.ambit.engine.bench;

/**
 * What one benchmark run measures.
 *
 * @param promptTokens approximate tokens of the user's message in each turn, within [1, 8192]
 * @param genTokens tokens to generate per turn, within [1, 4096]
 * @param reps measured repetitions of each variant, within [1, 1000]
 * @param warmups unmeasured repetitions of each variant before the measured ones, within [0, 1000]: they let the
 *     JIT compile the guards, as a session that has run a while would have
 * @param seed seed for the prompt text and for sampling
 * @param warmupMillis least time the warm-up lasts, within [0, 600000]; warm-up pairs go on until both this and
 *     {@code warmups} are reached (at most 1,000 pairs). A fast model reaches a few pairs before the JIT has
 *     compiled the guards, and on a machine whose cores all run llama.cpp the compiler threads then slow the
 *     measured ambit runs (tiny model, 2 cores: ratio 0.84-0.93 after 3-18 pairs, 0.99-1.00 after 15 s).
 */
public record BenchSettings(int promptTokens, int genTokens, int reps, int warmups, long seed, long warmupMillis) {
    public BenchSettings {
        if (promptTokens < 1 || promptTokens > 8192) {
            throw new IllegalArgumentException("promptTokens must be within [1, 8192], got " + promptTokens);
        }
        if (genTokens < 1 || genTokens > 4096) {
            throw new IllegalArgumentException("genTokens must be within [1, 4096], got " + genTokens);
        }
        if (reps < 1 || reps > 1000) {
            throw new IllegalArgumentException("reps must be within [1, 1000], got " + reps);
        }
        if (warmups < 0 || warmups > 1000) {
            throw new IllegalArgumentException("warmups must be within [0, 1000], got " + warmups);
        }
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("seed must be within [0, " + Integer.MAX_VALUE + "], got " + seed);
        }
        if (warmupMillis < 0 || warmupMillis > 600_000) {
            throw new IllegalArgumentException("warmupMillis must be within [0, 600000], got " + warmupMillis);
        }
    }

    /** A warm-up of {@code warmups} pairs, however long they take. */
    public BenchSettings(int promptTokens, int genTokens, int reps, int warmups, long seed) {
        this(promptTokens, genTokens, reps, warmups, seed, 0);
    }
}
