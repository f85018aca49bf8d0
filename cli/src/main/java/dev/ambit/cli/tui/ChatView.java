package dev.ambit.cli.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ChatViewModel.Snapshot}: the tier banner on top, the conversation, the input line and the
 * status bar at the bottom, with panels, the comparison and consent questions over the conversation. Holds no
 * state but the layout of the last frame (which scrolling needs). Plain ASCII, so any terminal shows it.
 */
final class ChatView {
    private static final int MAX_INPUT_ROWS = 6;
    private static final String PROMPT = "> ";

    private final Theme theme;
    private int lastMaxScroll;
    private int lastPageRows = 1;
    private int lastPanelMaxScroll;

    ChatView(Theme theme) {
        this.theme = theme;
    }

    /** How far the conversation could scroll back in the last frame. */
    int maxScroll() {
        return lastMaxScroll;
    }

    /** How far the open panel could scroll down in the last frame. */
    int panelMaxScroll() {
        return lastPanelMaxScroll;
    }

    /** Rows of conversation in the last frame (one page). */
    int pageRows() {
        return lastPageRows;
    }

    private record Line(String text, Theme.Part part) {}

    /**
     * Draws one frame.
     *
     * @param nowMillis drives the spinner
     * @return where the cursor belongs (in the input line)
     */
    TerminalPosition draw(ChatViewModel.Snapshot s, TextGraphics g, TerminalSize size, long nowMillis) {
        int width = size.getColumns();
        int height = size.getRows();
        theme.apply(g, Theme.Part.BODY).fill(' ');
        if (width < 20 || height < 8) {
            theme.apply(g, Theme.Part.BODY).putString(0, 0, fit("Window too small for ambit; enlarge it.", width));
            return new TerminalPosition(0, 0);
        }
        List<String> inputRows = inputRows(s.input(), width);
        int inputHeight = Math.min(MAX_INPUT_ROWS, inputRows.size());
        int statusRow = height - 1;
        int inputTop = statusRow - inputHeight;
        int hintRow = inputTop - 1;
        int paneTop = 1;
        int paneRows = hintRow - paneTop;

        bar(g, 0, width, banner(s), Theme.Part.BANNER);
        if (s.mode() == ChatViewModel.Mode.LOADING) {
            loading(g, s, paneTop, paneRows, width, nowMillis);
        } else if (s.comparison() != null) {
            comparison(g, s, paneTop, paneRows, width);
        } else {
            conversation(g, s, paneTop, paneRows, width);
        }
        hint(g, s, hintRow, width, nowMillis);
        TerminalPosition cursor = input(g, s, inputRows, inputTop, inputHeight, width);
        bar(g, statusRow, width, status(s), Theme.Part.STATUS);
        if (s.consent() != null) {
            consent(g, s.consent(), paneTop, hintRow, width);
        }
        if (s.panel() != ChatViewModel.Panel.NONE) {
            lastPanelMaxScroll = box(g, PanelText.title(s.panel()), PanelText.lines(s), paneTop, hintRow, width,
                    paneTop, s.panelScroll());
        }
        return cursor;
    }

    // ---- top and bottom bars

    private static String banner(ChatViewModel.Snapshot s) {
        String law = s.tiers().jurisdiction().map(j -> j + " law").orElse("none loaded");
        String org = s.tiers().organisation().orElse("none loaded");
        String you = s.profile() == null ? "-"
                : s.profile().learning() == ProfileView.Learning.INCOGNITO ? "incognito"
                : "learning " + s.profile().learning().label();
        return " ambit | tier 1 law: " + law + " | tier 2 organisation: " + org + " | tier 3 you: " + you;
    }

    private static String status(ChatViewModel.Snapshot s) {
        String state = switch (s.mode()) {
            case LOADING -> "loading";
            case READY -> "ready";
            case GENERATING -> "writing";
            case COMPARING -> "comparing";
            case PICKING -> "pick 1 or 2";
            case CONSENT -> "answer y/n";
        };
        String learning = s.profile() == null ? "-" : s.profile().learning().label();
        return String.format(Locale.ROOT, " %s | %.0f tok/s | %s | law: %s | org: %s | learning: %s | F1 help",
                s.model(), s.tokensPerSecond(), state, s.tiers().jurisdiction().orElse("none"),
                s.tiers().organisation().orElse("none"), learning);
    }

    private void bar(TextGraphics g, int row, int width, String text, Theme.Part part) {
        theme.apply(g, part).putString(0, row, pad(text, width));
    }

    private void hint(TextGraphics g, ChatViewModel.Snapshot s, int row, int width, long nowMillis) {
        String text = switch (s.mode()) {
            case GENERATING, COMPARING -> "-- " + spinner(nowMillis) + " writing... Esc cancels ";
            case PICKING -> "-- press 1 or 2 to keep that reply, Esc to close ";
            case CONSENT -> "-- answer the question: y (yes) or n (no) ";
            case LOADING, READY -> "-- Enter sends | Esc cancels | F1 help | /quit leaves ";
        };
        String more = s.scrollBack() > 0 ? " [scrolled back " + s.scrollBack() + " lines, PgDn returns] " : "";
        theme.apply(g, Theme.Part.HINT).putString(0, row, fit(padWith(text + more, width, '-'), width));
    }

    // ---- conversation

    private void conversation(TextGraphics g, ChatViewModel.Snapshot s, int top, int rows, int width) {
        List<Line> lines = new ArrayList<>();
        for (Entry e : s.entries()) {
            lines.addAll(entryLines(e, width));
        }
        lastPageRows = rows;
        lastMaxScroll = Math.max(0, lines.size() - rows);
        int scroll = Math.min(s.scrollBack(), lastMaxScroll);
        int first = Math.max(0, lines.size() - rows - scroll);
        for (int i = 0; i < rows && first + i < lines.size(); i++) {
            Line line = lines.get(first + i);
            theme.apply(g, line.part()).putString(0, top + i, fit(line.text(), width));
        }
    }

    private static List<Line> entryLines(Entry e, int width) {
        List<Line> out = new ArrayList<>();
        Theme.Part part = switch (e.kind()) {
            case USER -> Theme.Part.USER;
            case ASSISTANT -> Theme.Part.ASSISTANT;
            case CAVEAT -> Theme.Part.CAVEAT;
            case REFUSAL -> Theme.Part.REFUSAL;
            case REDIRECT -> Theme.Part.REDIRECT;
            case NOTICE -> Theme.Part.NOTICE;
            case ERROR -> Theme.Part.ERROR;
        };
        if (e.kind() == Entry.Kind.NOTICE) {
            for (String l : wrap(e.text(), width - 3)) {
                out.add(new Line((out.isEmpty() ? "-- " : "   ") + l, part));
            }
            out.add(new Line("", Theme.Part.BODY));
            return out;
        }
        boolean bound = e.kind() == Entry.Kind.REFUSAL || e.kind() == Entry.Kind.REDIRECT
                || e.kind() == Entry.Kind.CAVEAT;
        String indent = bound ? "| " : "  ";
        out.add(new Line(bound ? "| " + e.label() : e.label(), part));
        Theme.Part body = bound || e.kind() == Entry.Kind.ERROR ? part : Theme.Part.BODY;
        String text = e.streaming() ? e.text() + "_" : e.text();
        for (String l : wrap(text, width - indent.length())) {
            out.add(new Line(indent + l, body));
        }
        out.add(new Line("", Theme.Part.BODY));
        return out;
    }

    private void loading(TextGraphics g, ChatViewModel.Snapshot s, int top, int rows, int width, long nowMillis) {
        int slots = 20;
        int pos = (int) ((nowMillis / 120) % (2 * slots - 2));
        int at = pos < slots ? pos : 2 * slots - 2 - pos;
        char[] bar = new char[slots];
        Arrays.fill(bar, ' ');
        bar[at] = '#';
        String line = "Loading model " + s.model() + " [" + new String(bar) + "]";
        int left = Math.max(0, (width - line.length()) / 2);
        theme.apply(g, Theme.Part.NOTICE).putString(left, top + rows / 2, fit(line, width));
    }

    private void comparison(TextGraphics g, ChatViewModel.Snapshot s, int top, int rows, int width) {
        Comparison c = s.comparison();
        int col = (width - 3) / 2;
        List<String> question = wrap("Your message: " + c.question(), width);
        int row = top;
        for (String q : question.subList(0, Math.min(2, question.size()))) {
            theme.apply(g, Theme.Part.USER).putString(0, row++, fit(q, width));
        }
        theme.apply(g, Theme.Part.ASSISTANT).putString(0, row, pad("1  personalised", col));
        theme.apply(g, Theme.Part.ASSISTANT)
                .putString(col + 3, row++, fit("2  unpersonalised (no profile)", width - col - 3));
        boolean rightStarted = !c.right().isEmpty();
        List<String> left = wrap(!c.finished() && !rightStarted ? c.left() + "_" : c.left(), col);
        List<String> right = wrap(!c.finished() && rightStarted ? c.right() + "_" : c.right(), col);
        int bodyRows = top + rows - row;
        int skip = Math.max(0, Math.max(left.size(), right.size()) - bodyRows);
        for (int i = 0; i < bodyRows; i++) {
            String l = skip + i < left.size() ? left.get(skip + i) : "";
            String r = skip + i < right.size() ? right.get(skip + i) : "";
            theme.apply(g, Theme.Part.BODY).putString(0, row + i, pad(l, col) + " | " + fit(r, width - col - 3));
        }
    }

    // ---- input

    /** The input as screen rows: the prompt, then the text hard-wrapped so the cursor maps to one cell. */
    private static List<String> inputRows(String text, int width) {
        List<String> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String rest = (i == 0 ? PROMPT : "  ") + lines[i];
            do {
                int take = Math.min(width - 1, rest.length());
                rows.add(rest.substring(0, take));
                rest = rest.substring(take);
            } while (!rest.isEmpty());
        }
        return rows;
    }

    private TerminalPosition input(TextGraphics g, ChatViewModel.Snapshot s, List<String> rows, int top, int height,
            int width) {
        // Locate the cursor by wrapping the text before it the same way.
        List<String> before = inputRows(s.input().substring(0, s.cursor()), width);
        int cursorRow = before.size() - 1;
        int cursorCol = before.get(cursorRow).length();
        int first = Math.max(0, Math.min(rows.size() - height, cursorRow - height + 1));
        for (int i = 0; i < height; i++) {
            String text = first + i < rows.size() ? rows.get(first + i) : "";
            theme.apply(g, i + first == 0 ? Theme.Part.USER : Theme.Part.BODY).putString(0, top + i, fit(text, width));
        }
        return new TerminalPosition(Math.min(cursorCol, width - 1), top + cursorRow - first);
    }

    // ---- overlays

    private void consent(TextGraphics g, ConsentRequest c, int top, int bottom, int width) {
        List<String> lines = new ArrayList<>();
        lines.add("Remember this about you? \"" + c.fact() + "\"");
        lines.add("It is " + c.category() + " data. " + c.reason());
        lines.add("");
        lines.add("Press y to allow, n to refuse (Esc refuses too).");
        box(g, "Consent needed", lines, top, bottom, width, Math.max(top, bottom - lines.size() - 6), 0);
    }

    /**
     * Draws a framed box of {@code lines} from line {@code scroll} on, marking text cut off above or below.
     *
     * @return how far the box could scroll down
     */
    private int box(TextGraphics g, String title, List<String> lines, int top, int bottom, int width, int preferredTop,
            int scroll) {
        int boxWidth = Math.min(width - 2, 90);
        int inner = boxWidth - 4;
        List<String> wrapped = new ArrayList<>();
        for (String l : lines) {
            wrapped.addAll(wrapHanging(l, inner));
        }
        int boxHeight = Math.min(bottom - top, wrapped.size() + 2);
        int left = (width - boxWidth) / 2;
        int y = Math.max(top, Math.min(preferredTop, bottom - boxHeight));
        String edge = "+" + "-".repeat(boxWidth - 2) + "+";
        theme.apply(g, Theme.Part.PANEL).putString(left, y, edge);
        theme.apply(g, Theme.Part.PANEL_TITLE).putString(left + 2, y, " " + fit(title, boxWidth - 6) + " ");
        int rows = boxHeight - 2;
        int maxScroll = Math.max(0, wrapped.size() - rows);
        int first = Math.min(scroll, maxScroll);
        for (int i = 0; i < rows; i++) {
            String text = first + i < wrapped.size() ? wrapped.get(first + i) : "";
            if (i == 0 && first > 0) {
                text = "... PgUp for more";
            } else if (i == rows - 1 && first + rows < wrapped.size()) {
                text = "... PgDn for more";
            }
            theme.apply(g, Theme.Part.PANEL).putString(left, y + 1 + i, "| " + pad(text, inner) + " |");
        }
        theme.apply(g, Theme.Part.PANEL).putString(left, y + boxHeight - 1, edge);
        return maxScroll;
    }

    // ---- text

    /**
     * Wraps one line of a panel so that its continuation lines start under its text: under the second column of
     * a "key  description" line, else under the line's own indentation.
     */
    static List<String> wrapHanging(String line, int width) {
        int indent = line.length() - line.stripLeading().length();
        int columns = line.indexOf("  ", indent);
        if (columns > indent) {
            int text = columns;
            while (text < line.length() && line.charAt(text) == ' ') {
                text++;
            }
            indent = text;
        }
        if (indent > width / 2 || line.length() <= width) {
            return wrap(line, width);
        }
        List<String> body = wrap(line.substring(indent), width - indent);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            out.add((i == 0 ? line.substring(0, indent) : " ".repeat(indent)) + body.get(i));
        }
        return out;
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        int w = Math.max(1, width);
        for (String paragraph : text.split("\n", -1)) {
            List<String> lines = TerminalTextUtils.getWordWrappedText(w, printable(paragraph));
            if (lines.isEmpty()) {
                out.add("");
            }
            for (String l : lines) {
                // Words longer than the width come back whole; cut them.
                while (TerminalTextUtils.getColumnWidth(l) > w) {
                    out.add(TerminalTextUtils.fitString(l, w));
                    l = l.substring(TerminalTextUtils.fitString(l, w).length());
                }
                out.add(l);
            }
        }
        return out;
    }

    private static String fit(String text, int width) {
        return TerminalTextUtils.fitString(printable(text), Math.max(0, width));
    }

    /** Control characters from the model (tabs, carriage returns, escapes) would move the terminal's cursor. */
    private static String printable(String text) {
        return text.replace("\t", "    ").replaceAll("\\p{Cntrl}", " ");
    }

    private static String pad(String text, int width) {
        return padWith(text, width, ' ');
    }

    private static String padWith(String text, int width, char filler) {
        String fitted = fit(text, width);
        int missing = width - TerminalTextUtils.getColumnWidth(fitted);
        return missing > 0 ? fitted + String.valueOf(filler).repeat(missing) : fitted;
    }

    private static char spinner(long nowMillis) {
        return "|/-\\".charAt((int) ((nowMillis / 150) % 4));
    }
}
