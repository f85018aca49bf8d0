package dev.ambit.engine.bench;

import java.util.Arrays;

/**
 * Median, minimum and maximum of one figure over the repetitions.
 */
public record Summary(double median, double min, double max) {
    public Summary {
        if (!(min <= median && median <= max)) {
            throw new IllegalArgumentException("need min <= median <= max, got " + min + ", " + median + ", " + max);
        }
    }

    public static Summary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Summary(median, sorted[0], sorted[n - 1]);
    }
}
