package dev.ambit.cli.tui;

import dev.ambit.engine.Reply;
import java.util.Objects;

/**
 * Two answers to the same message side by side: personalised (left, 1) and unpersonalised (right, 2).
 *
 * @param question the message both answer
 * @param left the personalised text so far
 * @param right the unpersonalised text so far
 * @param leftReply the finished personalised reply, null while it streams
 * @param rightReply the finished unpersonalised reply, null while it streams
 */
public record Comparison(String question, String left, String right, Reply leftReply, Reply rightReply) {
    public Comparison {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    public boolean finished() {
        return leftReply != null && rightReply != null;
    }
}
