package dev.ambit.cli.tui;

import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.prefs.AppliedPreference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text of the pop-up panels, as plain lines; the view wraps and frames them. */
final class PanelText {
    private PanelText() {}

    /** The keys and commands; the README's "Terminal chat" section lists the same. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"Enter", "send (a paste keeps its lines; Alt-Enter too)"},
            new String[] {"Esc", "cancel the reply being written; close a panel"},
            new String[] {"Up / Down", "walk through what you sent before"},
            new String[] {"PgUp / PgDn", "scroll the conversation or this panel"},
            new String[] {"F1, /help", "this list"},
            new String[] {"Ctrl-Up, /good", "thumbs up for the last reply"},
            new String[] {"Ctrl-Down, /bad [reason]", "thumbs down for the last reply, and why"},
            new String[] {"/compare", "answers with and without profile; pick 1 or 2"},
            new String[] {"/raw TEXT", "answer TEXT without your profile"},
            new String[] {"F2, /profile", "what ambit has learned about you"},
            new String[] {"F3, /why", "bounds (tier, source), preferences applied"},
            new String[] {"/prefer TEXT", "state a preference, e.g. /prefer be brief"},
            new String[] {"/forget ID", "forget one profile item (ids in /profile)"},
            new String[] {"/incognito", "on/off: nothing from this chat is learned"},
            new String[] {"/clear", "forget this conversation's earlier turns"},
            new String[] {"/quit, Ctrl-D", "leave (Ctrl-C too, unless a reply is written)"});

    static String title(ChatViewModel.Panel panel) {
        return switch (panel) {
            case HELP -> "Keys and commands";
            case PROFILE -> "Your profile";
            case WHY -> "Why this reply?";
            case NONE -> "";
        };
    }

    static List<String> lines(ChatViewModel.Snapshot s) {
        return switch (s.panel()) {
            case HELP -> help();
            case PROFILE -> profile(s.profile());
            case WHY -> why(s.lastReply(), s.tiers());
            case NONE -> List.of();
        };
    }

    static List<String> help() {
        int width = COMMANDS.stream().mapToInt(c -> c[0].length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (String[] c : COMMANDS) {
            lines.add(String.format(Locale.ROOT, "%-" + width + "s  %s", c[0], c[1]));
        }
        lines.add("");
        lines.add("Esc closes this panel.");
        return lines;
    }

    static List<String> why(Reply reply, TierSummary tiers) {
        List<String> lines = new ArrayList<>();
        if (reply == null) {
            lines.add("No reply yet: send a message, then ask why.");
            return lines;
        }
        lines.add("Decision: " + reply.verdict().action().wireName());
        lines.add("");
        lines.add("Bounds (tiers 1 and 2):");
        if (reply.verdict().bounds().isEmpty()) {
            lines.add("  no bounds applied to this reply");
        }
        for (BoundRef b : reply.verdict().bounds()) {
            lines.add("  " + tiers.tierName(b) + " (tier " + b.tier() + "): " + b.id() + ", " + b.category());
            lines.add("    source: " + (b.source().isBlank() ? "not given" : b.source()));
        }
        if (!reply.verdict().message().isEmpty()) {
            lines.add("  message: " + reply.verdict().message());
        }
        lines.add("");
        lines.add("Your preferences (tier 3):");
        if (reply.preferencesApplied().isEmpty()) {
            lines.add(reply.profile().equals("none")
                    ? "  none applied: no personal profile was used for this reply"
                    : "  none applied (profile " + reply.profile() + ")");
        }
        for (AppliedPreference p : reply.preferencesApplied()) {
            lines.add("  " + p.dimension() + ": " + p.value());
        }
        Generation g = reply.generation();
        lines.add("");
        lines.add(g == null
                ? "Model: " + reply.model() + ", no text was generated"
                : String.format(Locale.ROOT, "Model: %s, %d tokens, %.0f tok/s, ended: %s", reply.model(), g.tokens(),
                        g.tokensPerSecond(), g.stop().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return lines;
    }

    static List<String> profile(ProfileView profile) {
        List<String> lines = new ArrayList<>();
        if (profile == null) {
            lines.add("The profile is not available until the model has loaded.");
            return lines;
        }
        lines.add("Learning: " + profile.learning().label());
        lines.add("");
        for (ProfileView.Item item : profile.items()) {
            lines.add(String.format(Locale.ROOT, "[%s] %s: %s (confidence %.2f; %s)", item.id(), item.dimension(),
                    item.value(), item.confidence(), item.provenance()));
        }
        if (!profile.note().isEmpty()) {
            if (!profile.items().isEmpty()) {
                lines.add("");
            }
            lines.add(profile.note());
        }
        return lines;
    }
}
