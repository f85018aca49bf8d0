package dev.ambit.cli.command;

import dev.ambit.engine.catalog.Bytes;
import dev.ambit.engine.catalog.DownloadProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a download on stderr: a live bar with bytes, rate and time left on a terminal, and a line per tenth of the
 * download otherwise (so logs of scripted installs stay short).
 */
final class ProgressPrinter implements DownloadProgress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final String name;
    private final boolean terminal;
    private long attemptStart = System.nanoTime();
    private long attemptFrom;
    private long lastDraw;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressPrinter(PrintWriter err, String name, boolean terminal) {
        this.err = err;
        this.name = name;
        this.terminal = terminal;
    }

    @Override
    public void attempt(int number, long from) {
        endLine();
        attemptStart = System.nanoTime();
        attemptFrom = from;
        if (number > 1 || from > 0) {
            err.println("ambit: " + (from > 0 ? "resuming " + name + " at " + Bytes.human(from) : "retrying " + name)
                    + (number > 1 ? " (attempt " + number + ")" : ""));
        } else {
            err.println("ambit: downloading " + name);
        }
        err.flush();
    }

    @Override
    public void advanced(long have, long total) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDraw >= REDRAW_NANOS || (total > 0 && have >= total)) {
                lastDraw = now;
                err.print("\r" + line(have, total, now) + "   ");
                err.flush();
                drawn = true;
            }
            return;
        }
        int tenth = total > 0 ? (int) Math.min(10, have * 10 / total) : -1;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("ambit: " + name + " " + line(have, total, now));
            err.flush();
        }
    }

    @Override
    public void verifying() {
        endLine();
        err.println("ambit: verifying the SHA-256 of " + name);
        err.flush();
    }

    String line(long have, long total, long now) {
        double seconds = Math.max(1e-3, (now - attemptStart) / 1e9);
        double rate = (have - attemptFrom) / seconds;
        StringBuilder s = new StringBuilder();
        if (total > 0) {
            int width = 24;
            int filled = (int) Math.min(width, have * width / total);
            s.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
            s.append(String.format(Locale.ROOT, "%3d%% ", have * 100 / total));
            s.append(Bytes.human(have)).append(" / ").append(Bytes.human(total));
        } else {
            s.append(Bytes.human(have));
        }
        s.append("  ").append(Bytes.human((long) rate)).append("/s");
        if (total > 0 && rate > 0 && have < total) {
            long eta = (long) ((total - have) / rate);
            s.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
        }
        return s.toString();
    }

    private void endLine() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
