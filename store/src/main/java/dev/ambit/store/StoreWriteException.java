package dev.ambit.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The store could not be written (full disk, read-only directory, I/O error); the transaction was rolled back. */
public final class StoreWriteException extends StoreException {
    public StoreWriteException(String message) {
        super(message);
    }

    public StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot {action}: {reason}", with the reason in words rather than a bare path. */
    public static StoreWriteException because(String action, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied (is the directory read-only?)";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "a file is in the way: " + e.getMessage();
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or directory: " + e.getMessage();
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason().toLowerCase(java.util.Locale.ROOT);
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return new StoreWriteException("cannot " + action + ": " + reason, e);
    }
}
