package dev.ambit.cli.headless;

/**
 * One line of the headless protocol, read and checked for shape by {@link RequestReader}. What depends on the
 * session (whether a turn was answered, whether there is a store or a learner) is checked when it is handled.
 */
public sealed interface HeadlessRequest {
    /** {@code {"type":"message","text":...}}; {@code "unpersonalised": true} answers without tier 3. */
    record Message(String text, boolean unpersonalised) implements HeadlessRequest {}

    /** {@code {"type":"command","name":"clear"}}. */
    record Clear() implements HeadlessRequest {}

    /** {@code {"type":"command","name":"remember","text":...}}. */
    record Remember(String text) implements HeadlessRequest {}

    /** {@code {"type":"command","name":"compare"}}. */
    record Compare() implements HeadlessRequest {}

    /** {@code {"type":"command","name":"consent","fact":NAME}}. */
    record Consent(String fact) implements HeadlessRequest {}

    /** {@code {"type":"feedback","turn":N,"rating":"up|down","reason":...}}; {@code reason} may be null. */
    record Feedback(int turn, boolean up, String reason) implements HeadlessRequest {
        public String rating() {
            return up ? "up" : "down";
        }
    }

    /** {@code {"type":"choose","turn":N,"pick":"a|b"}}. */
    record Choose(int turn, boolean pickedA) implements HeadlessRequest {
        public String pick() {
            return pickedA ? "a" : "b";
        }
    }
}
