package dev.ambit.engine.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a benchmark: both variants measured in one process, interleaved.
 *
 * @param ratioGen median ambit generation speed divided by median raw generation speed
 * @param addedTtftMs median ambit first-token time minus median raw first-token time
 * @param facts model, threads, CPU features and versions, for the report
 */
public record BenchReport(VariantFigures raw, VariantFigures ambit, double ratioGen, double addedTtftMs, Map<String, String> facts) {
    public BenchReport {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(ambit, "ambit");
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
