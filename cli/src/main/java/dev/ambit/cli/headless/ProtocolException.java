package dev.ambit.cli.headless;

/**
 * A headless input line that is not a well-formed request. The session answers it with one
 * {@code {"type":"error","code":...}} event and goes on, so this never ends a session.
 */
public final class ProtocolException extends RuntimeException {
    private final String code;

    ProtocolException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error event's code: {@code bad_json}, {@code bad_event}, {@code unknown_type} or {@code unknown_command}. */
    public String code() {
        return code;
    }
}
