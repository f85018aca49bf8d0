package dev.ambit.cli.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How each part of the screen looks. The monochrome theme uses only bold, reverse and underline, so refusals and
 * answers still differ where there is no colour; it applies under {@code NO_COLOR} (https://no-color.org) and on
 * terminals that report no colour support.
 */
final class Theme {
    enum Part {
        BANNER, STATUS, USER, ASSISTANT, BODY, NOTICE, CAVEAT, REFUSAL, REDIRECT, ERROR, PANEL, PANEL_TITLE, HINT
    }

    private static final Set<String> MONOCHROME_TERMS = Set.of("dumb", "vt52", "vt100", "vt102", "vt220", "xterm-mono");

    private final boolean colour;

    private Theme(boolean colour) {
        this.colour = colour;
    }

    static Theme colour() {
        return new Theme(true);
    }

    static Theme monochrome() {
        return new Theme(false);
    }

    /** Colour unless {@code NO_COLOR} is set (to anything but empty) or {@code TERM} names a monochrome terminal. */
    static Theme fromEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        boolean mono = (noColor != null && !noColor.isEmpty())
                || term.isEmpty()
                || MONOCHROME_TERMS.contains(term)
                || term.endsWith("-m")
                || term.endsWith("-mono");
        return new Theme(!mono);
    }

    boolean isColour() {
        return colour;
    }

    /** Sets {@code g}'s colours and modifiers for {@code part}. */
    TextGraphics apply(TextGraphics g, Part part) {
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setModifiers(modifiers(part));
        if (colour) {
            g.setForegroundColor(foreground(part));
            g.setBackgroundColor(background(part));
        }
        return g;
    }

    private EnumSet<SGR> modifiers(Part part) {
        return switch (part) {
            case BANNER, STATUS -> colour ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.REVERSE);
            case USER, ASSISTANT, PANEL_TITLE, ERROR -> EnumSet.of(SGR.BOLD);
            case REFUSAL -> colour ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.BOLD, SGR.REVERSE);
            case REDIRECT, CAVEAT -> colour ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.BOLD, SGR.UNDERLINE);
            case BODY, NOTICE, PANEL, HINT -> EnumSet.noneOf(SGR.class);
        };
    }

    private static TextColor foreground(Part part) {
        return switch (part) {
            case BANNER -> TextColor.ANSI.WHITE;
            case STATUS -> TextColor.ANSI.BLACK;
            case USER -> TextColor.ANSI.CYAN;
            case ASSISTANT -> TextColor.ANSI.GREEN;
            case CAVEAT, REDIRECT -> TextColor.ANSI.YELLOW;
            case REFUSAL, ERROR -> TextColor.ANSI.RED;
            case NOTICE, HINT -> TextColor.ANSI.WHITE;
            case PANEL_TITLE -> TextColor.ANSI.CYAN;
            case BODY, PANEL -> TextColor.ANSI.DEFAULT;
        };
    }

    private static TextColor background(Part part) {
        return switch (part) {
            case BANNER -> TextColor.ANSI.BLUE;
            case STATUS -> TextColor.ANSI.WHITE;
            default -> TextColor.ANSI.DEFAULT;
        };
    }
}
