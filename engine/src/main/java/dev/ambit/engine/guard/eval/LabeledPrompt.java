package dev.ambit.engine.guard.eval;

import java.util.Objects;

/**
 * One row of an evaluation set.
 *
 * @param line the 1-based line of the row in its file, for messages
 * @param prompt the text the guard judges
 * @param unsafe true when the guard should refuse or redirect it
 * @param type an optional grouping (XSTest's {@code type} column); empty when the set has none
 */
public record LabeledPrompt(int line, String prompt, boolean unsafe, String type) {
    public LabeledPrompt {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(type, "type");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, got " + line);
        }
    }
}
