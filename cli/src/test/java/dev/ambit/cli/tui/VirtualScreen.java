package dev.ambit.cli.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Draws frames of the chat on Lanterna's in-memory terminal and reads them back as text and cells. */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final ChatView view;
    TerminalPosition cursor;

    VirtualScreen(int columns, int rows, Theme theme) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            view = new ChatView(theme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    VirtualScreen draw(ChatViewModel.Snapshot snapshot) {
        try {
            screen.doResizeIfNecessary();
            cursor = view.draw(snapshot, screen.newTextGraphics(), screen.getTerminalSize(), 0);
            screen.refresh();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> rows() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                row.append(terminal.getCharacter(x, y).getCharacterString());
            }
            rows.add(row.toString());
        }
        return rows;
    }

    String text() {
        return String.join("\n", rows());
    }

    TextCharacter cell(int x, int y) {
        return terminal.getCharacter(x, y);
    }

    /** The first row starting with {@code prefix}, or -1. */
    int rowStarting(String prefix) {
        List<String> rows = rows();
        for (int y = 0; y < rows.size(); y++) {
            if (rows.get(y).startsWith(prefix)) {
                return y;
            }
        }
        return -1;
    }

    /** The first row containing {@code needle}, or -1. */
    int rowOf(String needle) {
        List<String> rows = rows();
        for (int y = 0; y < rows.size(); y++) {
            if (rows.get(y).contains(needle)) {
                return y;
            }
        }
        return -1;
    }
}
