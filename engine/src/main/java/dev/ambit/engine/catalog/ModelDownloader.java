package dev.ambit.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;

/**
 * Downloads a catalogue entry into the {@link ModelLibrary}: the one place in ambit that opens a network
 * connection.
 *
 * <p>Contract: the bytes go to {@code models/.partial/NAME.gguf.part}; an interrupted transfer is resumed with an
 * HTTP Range request (in the same call, up to {@code attempts} times, and in a later call); the complete file is
 * installed only when its size and SHA-256 match the entry. A checksum mismatch deletes the partial file; an
 * interruption keeps it for resuming. An installed model is never downloaded again unless {@code force}.
 */
public final class ModelDownloader {
    private static final int BUFFER = 1 << 16;
    private final ModelLibrary library;
    private final HttpClient http;
    private final int attempts;
    private final Duration stallTimeout;

    public ModelDownloader(ModelLibrary library) {
        this(library, 4, Duration.ofSeconds(60));
    }

    /**
     * @param attempts how many times one call tries (and resumes) before giving up; at least 1
     * @param stallTimeout how long a transfer may receive nothing before it is abandoned and resumed
     */
    public ModelDownloader(ModelLibrary library, int attempts, Duration stallTimeout) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("stallTimeout must be positive, got " + stallTimeout);
        }
        this.library = Objects.requireNonNull(library, "library");
        this.attempts = attempts;
        this.stallTimeout = stallTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** What {@link #pull} did. */
    public record Outcome(InstalledModel model, boolean downloaded) {}

    /**
     * Installs {@code entry}, downloading it unless it is already installed.
     *
     * @param force download and verify again even when installed
     * @param allowUnverified accept an entry whose digest is not published; its digest is then recorded as found
     */
    public Outcome pull(CatalogEntry entry, boolean force, boolean allowUnverified, DownloadProgress progress) {
        if (!force) {
            var existing = library.find(entry.name());
            if (existing.isPresent()) {
                return new Outcome(existing.get(), false);
            }
        }
        if (!entry.verified() && !allowUnverified) {
            throw new DownloadException("the catalogue has no verified SHA-256 and size for " + entry.name()
                    + ", so ambit cannot check the download; pass --allow-unverified to download it anyway"
                    + " (the digest it has is then recorded and shown)");
        }
        Path partial = library.partialFor(entry.name());
        try {
            Files.createDirectories(partial.getParent());
        } catch (IOException e) {
            throw new DownloadException("cannot create " + partial.getParent() + ": " + e.getMessage(), e);
        }
        download(entry, partial, progress);
        progress.verifying();
        Sha256 actual = verify(entry, partial);
        InstalledModel model = library.install(entry.name(), partial, actual, entry.kind(), entry.url().toString(), false);
        return new Outcome(model, true);
    }

    private void download(CatalogEntry entry, Path partial, DownloadProgress progress) {
        long expected = entry.sizeBytes().orElse(-1);
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            long have = sizeOf(partial);
            if (expected >= 0 && have > expected) {
                deleteQuietly(partial);
                have = 0;
            }
            if (expected >= 0 && have == expected) {
                return;
            }
            checkFreeSpace(entry, partial, expected, have);
            progress.attempt(attempt, have);
            try {
                if (transfer(entry, partial, have, expected, progress)) {
                    return;
                }
            } catch (IOException e) {
                last = e;
                if (e instanceof ConnectException || e instanceof UnknownHostException
                        || e instanceof HttpConnectTimeoutException) {
                    throw new DownloadException("cannot reach " + host(entry.url()) + " to download " + entry.name()
                            + ": " + describe(e) + "; check the network, or use a mirror catalogue (--catalog FILE)", e);
                }
                if (isDiskFull(e)) {
                    throw new DownloadException("the disk is full while writing " + partial + "; free space and run"
                            + " the same command again to resume", e);
                }
            }
        }
        long have = sizeOf(partial);
        throw new DownloadException("the download of " + entry.name() + " was interrupted at " + have + " of "
                + (expected >= 0 ? expected : "?") + " bytes after " + attempts + " attempts"
                + (last != null ? " (" + describe(last) + ")" : "")
                + "; run the same command again to resume (the partial file is kept in " + partial.getParent() + ")");
    }

    /**
     * One request. Returns true when the file is complete; false when the transfer ended early and should resume.
     */
    private boolean transfer(CatalogEntry entry, Path partial, long have, long expected, DownloadProgress progress)
            throws IOException {
        if ("file".equalsIgnoreCase(entry.url().getScheme())) {
            return copyFromMirror(entry, partial, have, expected, progress);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(entry.url()).GET()
                .timeout(stallTimeout)
                .header("User-Agent", "ambit-model-download");
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("the download of " + entry.name() + " was interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new DownloadException("cannot download from " + entry.url() + ": " + e.getMessage(), e);
        }
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            boolean append;
            if (status == 206 && have > 0) {
                String range = response.headers().firstValue("Content-Range").orElse("");
                if (!range.startsWith("bytes " + have + "-")) {
                    throw new DownloadException("the server answered the resume request for " + entry.name()
                            + " with the wrong range '" + range + "' (asked for bytes " + have + "-)");
                }
                append = true;
            } else if (status == 200) {
                append = false;
            } else if (status == 416 && have > 0) {
                throw new DownloadException("the server has no bytes after " + have + " for " + entry.name()
                        + (expected >= 0 ? " but the catalogue says the file has " + expected : "")
                        + "; the file on the server is truncated or the partial download is stale (delete "
                        + partial + " to start over)");
            } else {
                throw new DownloadException("HTTP " + status + " from " + entry.url() + " while downloading "
                        + entry.name());
            }
            long written;
            try (StallWatch watch = new StallWatch(body, stallTimeout)) {
                written = write(body, partial, append, append ? have : 0, expected, progress, watch);
            }
            if (expected < 0) {
                return true;
            }
            if (written > expected) {
                deleteQuietly(partial);
                throw new DownloadException("the server sent more than the catalogue's " + expected + " bytes for "
                        + entry.name() + "; nothing installed");
            }
            return written == expected;
        }
    }

    /** A {@code file:} URL: a mirror on a local or network drive, resumed by skipping what is already copied. */
    private boolean copyFromMirror(CatalogEntry entry, Path partial, long have, long expected,
            DownloadProgress progress) throws IOException {
        Path source;
        try {
            source = Path.of(entry.url());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new DownloadException("cannot use " + entry.url() + " as a file: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(source)) {
            throw new DownloadException("the mirror file for " + entry.name() + " does not exist: " + source);
        }
        if (Files.size(source) < have) {
            Files.delete(partial);
            have = 0;
        }
        try (InputStream in = Files.newInputStream(source); StallWatch watch = new StallWatch(in, stallTimeout)) {
            in.skipNBytes(have);
            long written = write(in, partial, have > 0, have, expected, progress, watch);
            if (expected >= 0 && written != expected) {
                if (written > expected) {
                    deleteQuietly(partial);
                }
                throw new DownloadException("the mirror file " + source + " has " + Files.size(source)
                        + " bytes but the catalogue says " + entry.name() + " has " + expected);
            }
            return true;
        }
    }

    private static long write(InputStream body, Path partial, boolean append, long start, long expected,
            DownloadProgress progress, StallWatch watch) throws IOException {
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        long have = start;
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = watch.read(buffer)) > 0) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                have += n;
                progress.advanced(have, expected);
                if (expected >= 0 && have > expected) {
                    break;
                }
            }
            out.force(false);
        }
        return have;
    }

    private static Sha256 verify(CatalogEntry entry, Path partial) {
        Sha256 actual;
        try {
            actual = Sha256.of(partial);
        } catch (IOException e) {
            throw new DownloadException("cannot read the downloaded file " + partial + ": " + e.getMessage(), e);
        }
        if (entry.sha256().isPresent() && !entry.sha256().get().equals(actual)) {
            deleteQuietly(partial);
            throw new DownloadException("checksum mismatch for " + entry.name() + ": expected SHA-256 "
                    + entry.sha256().get() + ", got " + actual + "; the download was discarded and nothing was installed");
        }
        return actual;
    }

    private void checkFreeSpace(CatalogEntry entry, Path partial, long expected, long have) {
        if (expected < 0) {
            return;
        }
        long need = expected - have;
        long free;
        try {
            free = Files.getFileStore(partial.getParent()).getUsableSpace();
        } catch (IOException e) {
            return;
        }
        if (need > free) {
            throw new DownloadException("not enough free disk space for " + entry.name() + " in " + library.dir()
                    + ": it needs " + Bytes.human(need) + " more, " + Bytes.human(free) + " is free");
        }
    }

    private static boolean isDiskFull(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("no space left") || message.contains("disk full") || message.contains("not enough space");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String host(URI url) {
        return url.getHost() != null ? url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "") : url.toString();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover partial file is restarted or replaced by the next attempt.
        }
    }
}
