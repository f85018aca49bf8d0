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
 */
public record BenchSettings(int promptTokens, int genTokens, int reps, int warmups, long seed) {
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
    }
}
