package dev.ambit.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The JDK client has no read timeout for a streamed body: a server that stops sending would block the read
 * for ever. This closes the body when nothing arrived for {@code timeout}, which ends the read with an error
 * that the retry loop treats like a dropped connection.
 */
final class StallWatch implements AutoCloseable {
    private final InputStream body;
    private final long timeoutNanos;
    private final Thread watcher;
    private volatile long lastData = System.nanoTime();
    private volatile boolean stalled;
    private volatile boolean done;

    StallWatch(InputStream body, Duration timeout) {
        this.body = body;
        this.timeoutNanos = timeout.toNanos();
        this.watcher = new Thread(this::watch, "ambit-download-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    int read(byte[] buffer) throws IOException {
        try {
            int n = body.read(buffer);
            lastData = System.nanoTime();
            return n;
        } catch (IOException e) {
            if (stalled) {
                long millis = timeoutNanos / 1_000_000L;
                throw new IOException("no data for " + (millis >= 1000 ? millis / 1000 + " s" : millis + " ms"), e);
            }
            throw e;
        }
    }

    private void watch() {
        long tick = Math.max(1_000_000L, Math.min(1_000_000_000L, timeoutNanos / 4));
        while (!done) {
            try {
                Thread.sleep(tick / 1_000_000L, (int) (tick % 1_000_000L));
            } catch (InterruptedException e) {
                return;
            }
            if (!done && System.nanoTime() - lastData > timeoutNanos) {
                stalled = true;
                try {
                    body.close();
                } catch (IOException e) {
                    // Closing is only a way to wake the reader; its failure changes nothing.
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        done = true;
        watcher.interrupt();
    }
}
