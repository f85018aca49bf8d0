package dev.ambit.engine.policy;

import java.util.List;

/**
 * Finds hazard categories in a text. Policies decide what happens; detectors only say what is there.
 *
 * <p>Contract: never throws on any input (including empty, huge or binary-looking text), is thread-safe, and is
 * deterministic for deterministic implementations.
 */
public interface HazardDetector {
    /** Where the text comes from: detectors may judge a request differently from a reply. */
    enum Direction { INPUT, OUTPUT }

    List<Detection> detect(String text, Direction direction);
}
