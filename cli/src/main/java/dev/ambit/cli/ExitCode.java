package dev.ambit.cli;

import dev.ambit.engine.AmbitException;

/** The exit codes scripts rely on; documented in the README. */
public enum ExitCode {
    OK(0),
    INTERNAL(1),
    USAGE(2),
    REFUSED(3),
    MODEL(4),
    STORE(5),
    POLICY(6),
    DOWNLOAD(7);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitCode of(AmbitException.Failure failure) {
        return switch (failure) {
            case INVALID_INPUT -> USAGE;
            case MODEL -> MODEL;
            case STORE -> STORE;
            case POLICY -> POLICY;
            case DOWNLOAD -> DOWNLOAD;
            case INTERNAL -> INTERNAL;
        };
    }
}
