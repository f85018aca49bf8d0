package dev.ambit.engine.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A policy's data bounds.
 *
 * @param categories rules per kind of personal data
 * @param retentionDays the longest a remembered item or transcript may be kept; empty = this policy sets none
 * @param keepTranscripts whether conversation transcripts may be stored; empty = this policy says nothing
 * @param source the law or rule behind retention and transcripts
 */
public record DataBounds(List<DataBound> categories, OptionalInt retentionDays, Optional<Boolean> keepTranscripts, String source) {
    public DataBounds {
        categories = List.copyOf(categories);
        Objects.requireNonNull(retentionDays, "retentionDays");
        Objects.requireNonNull(keepTranscripts, "keepTranscripts");
        Objects.requireNonNull(source, "source");
        if (retentionDays.isPresent() && retentionDays.getAsInt() < 0) {
            throw new IllegalArgumentException("data: retention_days must be >= 0, got " + retentionDays.getAsInt());
        }
        if (categories.stream().map(DataBound::category).distinct().count() != categories.size()) {
            throw new IllegalArgumentException("data: a category is listed twice");
        }
    }

    public static DataBounds none() {
        return new DataBounds(List.of(), OptionalInt.empty(), Optional.empty(), "");
    }
}
