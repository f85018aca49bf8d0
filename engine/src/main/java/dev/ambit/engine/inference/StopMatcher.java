package dev.ambit.engine.inference;

import java.util.List;

/**
 * Cuts a text stream at the first stop string without ever releasing part of one. Text that could still turn
 * into a stop string is held back until the next piece decides. Doing this in Java rather than in llama.cpp's
 * server keeps one streamed piece per generated token, so token counts stay exact.
 */
final class StopMatcher {
    private final List<String> stops;
    private final StringBuilder pending = new StringBuilder();
    private boolean stopped;

    StopMatcher(List<String> stops) {
        for (String s : stops) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("stop strings must not be empty");
            }
        }
        this.stops = List.copyOf(stops);
    }

    /** Adds a piece; returns the text that is now safe to release (possibly empty). */
    String accept(String piece) {
        if (stopped) {
            return "";
        }
        pending.append(piece);
        int cut = firstStop();
        if (cut >= 0) {
            stopped = true;
            String out = pending.substring(0, cut);
            pending.setLength(0);
            return out;
        }
        int keep = longestSuffixThatStartsAStop();
        String out = pending.substring(0, pending.length() - keep);
        pending.delete(0, pending.length() - keep);
        return out;
    }

    /** True once a stop string was seen: generation should end. */
    boolean stopped() {
        return stopped;
    }

    /** Text still held back when the stream ends without a stop string. */
    String flush() {
        String out = stopped ? "" : pending.toString();
        pending.setLength(0);
        return out;
    }

    private int firstStop() {
        int best = -1;
        for (String s : stops) {
            int i = pending.indexOf(s);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private int longestSuffixThatStartsAStop() {
        int longest = 0;
        for (String s : stops) {
            for (int len = Math.min(s.length() - 1, pending.length()); len > longest; len--) {
                if (pending.indexOf(s.substring(0, len), pending.length() - len) == pending.length() - len) {
                    longest = len;
                    break;
                }
            }
        }
        return longest;
    }
}
