package dev.ambit.engine.catalog;

/** Hears how a download advances; the CLI turns it into a progress bar. Called on the downloading thread. */
public interface DownloadProgress {
    DownloadProgress SILENT = (have, total) -> {};

    /**
     * @param have bytes on disk so far (including what an earlier attempt left)
     * @param total the expected size, or -1 when unknown
     */
    void advanced(long have, long total);

    /** A new attempt starts at {@code from} bytes (0 for a fresh start, more when resuming). */
    default void attempt(int number, long from) {}

    /** The download is complete and the checksum is being verified. */
    default void verifying() {}
}
