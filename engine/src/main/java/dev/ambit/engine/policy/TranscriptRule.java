package dev.ambit.engine.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether conversation transcripts may be stored.
 *
 * @param keep false when any tier forbids keeping transcripts
 * @param bound the bound that decided it; empty when no tier says anything (then transcripts may be kept)
 */
public record TranscriptRule(boolean keep, Optional<BoundRef> bound) {
    public TranscriptRule {
        Objects.requireNonNull(bound, "bound");
    }
}
