package dev.ambit.engine.inference;

/**
 * How to sample one reply. The same seed, prompt and model give the same text.
 *
 * @param seed random seed, within [0, 2^31-1]
 * @param temperature within [0, 5]; 0 picks the most likely token every time
 * @param maxTokens upper bound on generated tokens, within [1, 1048576]
 */
public record Sampling(long seed, float temperature, int maxTokens) {
    public static final float DEFAULT_TEMPERATURE = 0.7f;
    public static final int DEFAULT_MAX_TOKENS = 512;

    public Sampling {
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("seed must be within [0, " + Integer.MAX_VALUE + "], got " + seed);
        }
        if (!(temperature >= 0f && temperature <= 5f)) {
            throw new IllegalArgumentException("temperature must be within [0, 5], got " + temperature);
        }
        if (maxTokens < 1 || maxTokens > 1 << 20) {
            throw new IllegalArgumentException("maxTokens must be within [1, 1048576], got " + maxTokens);
        }
    }

    /** The same sampling with {@code offset} added to the seed, wrapping within [0, 2^31-1] (best-of-n candidates). */
    public Sampling withSeedOffset(int offset) {
        return new Sampling(Math.floorMod(seed + offset, (long) Integer.MAX_VALUE + 1), temperature, maxTokens);
    }

    public Sampling withMaxTokens(int tokens) {
        return new Sampling(seed, temperature, tokens);
    }
}
