package dev.ambit.cli.command;

import dev.ambit.engine.InvalidInputException;
import dev.ambit.engine.inference.Sampling;
import java.security.SecureRandom;
import picocli.CommandLine.Option;

/** Seed, temperature and token budget for generation. */
public final class SamplingOptions {
    @Option(names = "--seed", paramLabel = "N",
            description = "Random seed in [0, 2147483647]; the same seed, model and input give the same reply "
                    + "(default: random).")
    Long seed;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "" + Sampling.DEFAULT_TEMPERATURE,
            description = "Sampling temperature in [0, 5]; 0 is greedy (default: ${DEFAULT-VALUE}).")
    float temperature;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "" + Sampling.DEFAULT_MAX_TOKENS,
            description = "Most tokens to generate (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    Sampling sampling() {
        long chosen = seed != null ? seed : new SecureRandom().nextInt(Integer.MAX_VALUE);
        try {
            return new Sampling(chosen, temperature, maxTokens);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
