package dev.ambit.cli.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The text being typed: an editable buffer (which may hold several lines, e.g. after a paste) and the history
 * of what was sent, walked with Up and Down. Not thread-safe; the view model guards it.
 */
final class InputLine {
    private static final int HISTORY_LIMIT = 200;

    private final StringBuilder text = new StringBuilder();
    private final List<String> history = new ArrayList<>();
    private int cursor;
    /** Position in {@link #history} while walking it; equals its size when editing a new line. */
    private int walk;
    /** What was typed before walking into the history, restored when walking back out. */
    private String draft = "";

    String text() {
        return text.toString();
    }

    int cursor() {
        return cursor;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    void insert(String s) {
        text.insert(cursor, s);
        cursor += s.length();
    }

    void backspace() {
        if (cursor > 0) {
            text.deleteCharAt(--cursor);
        }
    }

    void delete() {
        if (cursor < text.length()) {
            text.deleteCharAt(cursor);
        }
    }

    void left() {
        cursor = Math.max(0, cursor - 1);
    }

    void right() {
        cursor = Math.min(text.length(), cursor + 1);
    }

    void home() {
        cursor = text.lastIndexOf("\n", cursor - 1) + 1;
    }

    void end() {
        int next = text.indexOf("\n", cursor);
        cursor = next < 0 ? text.length() : next;
    }

    /** Replaces the buffer with the previous history entry. */
    void previous() {
        if (walk == 0) {
            return;
        }
        if (walk == history.size()) {
            draft = text();
        }
        replace(history.get(--walk));
    }

    /** Replaces the buffer with the next history entry, or the draft after the newest one. */
    void next() {
        if (walk >= history.size()) {
            return;
        }
        walk++;
        replace(walk == history.size() ? draft : history.get(walk));
    }

    /** Empties the buffer and returns what it held, remembering it in the history. */
    String take() {
        String taken = text();
        if (!taken.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(taken))) {
            history.add(taken);
            if (history.size() > HISTORY_LIMIT) {
                history.remove(0);
            }
        }
        walk = history.size();
        draft = "";
        replace("");
        return taken;
    }

    private void replace(String s) {
        text.setLength(0);
        text.append(s);
        cursor = text.length();
    }
}
