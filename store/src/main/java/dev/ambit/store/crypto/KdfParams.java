package dev.ambit.store.crypto;

/**
 * Argon2id cost parameters for deriving the key-encryption key from a passphrase. They are recorded in the
 * keyset file, so a store always unlocks with the parameters it was wrapped with.
 *
 * @param memoryKib memory in KiB (at least 8 × parallelism)
 * @param iterations passes over memory (at least 1)
 * @param parallelism lanes (1..16)
 */
public record KdfParams(int memoryKib, int iterations, int parallelism) {
    /**
     * What {@code ambit init} uses: 64 MiB, 3 passes, 1 lane — RFC 9106's second recommended option with one
     * lane, about half a second on a laptop core.
     */
    public static final KdfParams PRODUCTION = new KdfParams(64 * 1024, 3, 1);

    /** Deliberately weak, for tests only (enabled explicitly, e.g. by {@code AMBIT_KDF=test}). */
    public static final KdfParams TEST = new KdfParams(64, 1, 1);

    public KdfParams {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("parallelism must be within [1, 16], got " + parallelism);
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("iterations must be within [1, 100], got " + iterations);
        }
        if (memoryKib < 8 * parallelism || memoryKib > 1024 * 1024) {
            throw new IllegalArgumentException(
                    "memoryKib must be within [8 × parallelism, 1048576], got " + memoryKib);
        }
    }

    /** True for parameters weaker than {@link #PRODUCTION}; callers warn when creating a store with them. */
    public boolean weakerThanProduction() {
        return memoryKib < PRODUCTION.memoryKib || iterations < PRODUCTION.iterations;
    }
}
