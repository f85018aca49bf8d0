package dev.ambit.engine.bench;

import java.util.Objects;

/**
 * The figures of one variant (the raw binding, or the full ambit turn).
 *
 * @param promptTps prompt tokens per second (prompt tokens / time to first token)
 * @param genTps generated tokens per second after the first
 * @param firstTokenMs time to first token
 * @param genTokens tokens generated per run
 */
public record VariantFigures(Summary promptTps, Summary genTps, Summary firstTokenMs, Summary genTokens) {
    public VariantFigures {
        Objects.requireNonNull(promptTps, "promptTps");
        Objects.requireNonNull(genTps, "genTps");
        Objects.requireNonNull(firstTokenMs, "firstTokenMs");
        Objects.requireNonNull(genTokens, "genTokens");
    }
}
