package dev.ambit.engine;

/** The caller's input cannot be used as given; the message says what to change. */
public final class InvalidInputException extends AmbitException {
    public InvalidInputException(String userMessage) {
        super(Failure.INVALID_INPUT, userMessage);
    }
}
