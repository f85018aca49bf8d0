package dev.ambit.engine.inference;

/** Receives the reply as it is generated. */
@FunctionalInterface
public interface TokenSink {
    /**
     * Called with each new piece of text (one token, or several when a token ends mid-character).
     *
     * @return false to stop generation now (cancel, or a guard cut the reply off)
     */
    boolean accept(String piece);

    /**
     * Polled while a stage in between (the output guard) holds pieces back instead of passing them on, so that
     * a cancel is noticed at the next token rather than at the next release.
     *
     * @return true to stop generation now
     */
    default boolean cancelled() {
        return false;
    }

    TokenSink DISCARD = piece -> true;
}
