package dev.ambit.engine.inference;

import java.util.Objects;

/**
 * The outcome of one generation.
 *
 * @param text everything generated, as streamed
 * @param tokens tokens generated
 * @param promptTokens tokens in the rendered prompt
 * @param firstTokenMillis from the request to the first streamed piece (includes prompt processing)
 * @param totalMillis from the request to the end
 * @param stop why it ended
 */
public record Generation(String text, int tokens, int promptTokens, double firstTokenMillis, double totalMillis, Stop stop) {
    public Generation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stop, "stop");
        if (tokens < 0 || promptTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0, got " + tokens + " and " + promptTokens);
        }
    }

    /** Generated tokens per second after the first one, the usual decode speed figure. */
    public double tokensPerSecond() {
        double decodeMillis = totalMillis - firstTokenMillis;
        if (tokens <= 1 || decodeMillis <= 0) {
            return 0;
        }
        return (tokens - 1) * 1000.0 / decodeMillis;
    }

    public enum Stop {
        /** The model ended its reply or hit a stop string. */
        END,
        /** The token budget ran out. */
        MAX_TOKENS,
        /** The sink asked to stop. */
        CANCELLED
    }
}
