package dev.ambit.cli.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of the conversation pane, including the reply being streamed and which block is the last answer
 * (the one thumbs rate). Not thread-safe; the view model guards it.
 */
final class Transcript {
    private static final List<String> MARKS = List.of(" [you: good]", " [you: bad]");

    private final List<Entry> entries = new ArrayList<>();
    private final StringBuilder streamed = new StringBuilder();
    private int streaming = -1;
    private int lastAnswer = -1;

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    int size() {
        return entries.size();
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    void addAll(List<Entry> added) {
        entries.addAll(added);
    }

    void notice(String text) {
        entries.add(new Entry(Entry.Kind.NOTICE, "ambit", text, false));
    }

    void error(String message) {
        entries.add(new Entry(Entry.Kind.ERROR, "Error", message, false));
    }

    /** Opens an empty reply block that {@link #append} fills. */
    void startReply() {
        streamed.setLength(0);
        entries.add(new Entry(Entry.Kind.ASSISTANT, "ambit", "", true));
        streaming = entries.size() - 1;
    }

    void append(String piece) {
        // The model usually starts with a blank; it would indent the first line.
        streamed.append(streamed.length() == 0 ? piece.stripLeading() : piece);
        entries.set(streaming, new Entry(Entry.Kind.ASSISTANT, "ambit", streamed.toString(), true));
    }

    /** Replaces the streamed block by the finished reply's blocks; an answer becomes the one to rate. */
    void finishReply(List<Entry> shown) {
        entries.remove(streaming);
        entries.addAll(streaming, shown);
        lastAnswer = shown.get(0).kind() == Entry.Kind.ASSISTANT ? streaming : -1;
    }

    /** Keeps what was streamed before a failure, and says what failed. */
    void failReply(String message) {
        entries.set(streaming, new Entry(Entry.Kind.ERROR, "Error", message, false));
        if (!streamed.isEmpty()) {
            entries.add(streaming, new Entry(Entry.Kind.ASSISTANT, "ambit [interrupted]", streamed.toString(), false));
        }
    }

    boolean hasAnswer() {
        return lastAnswer >= 0;
    }

    /** Puts {@code mark} (one of the thumbs marks) on the last answer's heading, replacing an earlier one. */
    void markAnswer(String mark) {
        Entry e = entries.get(lastAnswer);
        String label = e.label();
        for (String old : MARKS) {
            label = label.replace(old, "");
        }
        entries.set(lastAnswer, new Entry(e.kind(), label + mark, e.text(), false));
    }

    void clear() {
        entries.clear();
        streaming = -1;
        lastAnswer = -1;
    }
}
