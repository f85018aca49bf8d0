package dev.ambit.cli.tui;

import java.util.Objects;

/**
 * One block of the conversation pane.
 *
 * @param kind what it is, which decides how it looks
 * @param label the heading, e.g. "You", "ambit [unpersonalised]", "Refused: EU law"
 * @param text the body
 * @param streaming true while the reply is still arriving
 */
public record Entry(Kind kind, String label, String text, boolean streaming) {
    public Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    public enum Kind {
        USER,
        ASSISTANT,
        /** A caveat a bound requires beside an answer. */
        CAVEAT,
        /** A bound refused the turn. */
        REFUSAL,
        /** A bound redirected the turn (e.g. to help lines). */
        REDIRECT,
        /** What the screen tells the user about a command. */
        NOTICE,
        ERROR
    }
}
