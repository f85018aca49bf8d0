package dev.ambit.engine.catalog;

import dev.ambit.engine.AmbitException;

/**
 * A model download, import or checksum verification failed. Nothing was installed; a partial download may be
 * kept for resuming when the message says so.
 */
public final class DownloadException extends AmbitException {
    public DownloadException(String userMessage) {
        super(Failure.DOWNLOAD, userMessage);
    }

    public DownloadException(String userMessage, Throwable cause) {
        super(Failure.DOWNLOAD, userMessage, cause);
    }
}
