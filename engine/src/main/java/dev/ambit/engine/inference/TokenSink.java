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

    TokenSink DISCARD = piece -> true;
}
