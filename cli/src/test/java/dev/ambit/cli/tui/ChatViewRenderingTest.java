package dev.ambit.cli.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.ambit.engine.policy.Action;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chat's frames as they appear on Lanterna's virtual terminal. */
class ChatViewRenderingTest {
    private static ChatViewModel ready(ScriptedActions actions) {
        ChatViewModel vm = new ChatViewModel(Runnable::run);
        vm.ready(actions, "tiny.gguf");
        return vm;
    }

    private static void send(ChatViewModel vm, String text) {
        vm.type(text);
        vm.submit();
    }

    @Test
    void frame_showsTierBanner_conversation_input_andStatusBar() {
        ChatViewModel vm = ready(new ScriptedActions());
        send(vm, "hi");
        vm.type("draft");
        VirtualScreen s = new VirtualScreen(100, 20, Theme.colour()).draw(vm.snapshot());
        List<String> rows = s.rows();

        assertTrue(rows.get(0).startsWith(" ambit | tier 1 law: none loaded | tier 2 organisation: none loaded"), rows.get(0));
        assertTrue(s.rowOf("You") > 0);
        assertTrue(s.rowOf("  Hello there.") > s.rowOf("You"), s.text());
        assertTrue(rows.get(18).startsWith("> draft"), rows.get(18));
        assertTrue(rows.get(19).startsWith(" tiny.gguf | "), rows.get(19));
        assertTrue(rows.get(19).contains("| ready | law: none | org: none | learning: on"), rows.get(19));
        assertEquals(18, s.cursor.getRow());
        assertEquals("> draft".length(), s.cursor.getColumn());
    }

    @Test
    void streamingReply_endsWithACursorMark_whileItIsWritten() {
        ChatViewModel vm = new ChatViewModel(task -> { }); // the worker never runs: the reply stays in flight
        vm.ready(new ScriptedActions(), "tiny.gguf");
        send(vm, "hi");
        vm.piece(" Once");
        vm.piece(" upon");
        VirtualScreen s = new VirtualScreen(80, 16, Theme.colour()).draw(vm.snapshot());
        assertTrue(s.rowOf("  Once upon_") > 0, s.text());
        assertTrue(s.text().contains("writing... Esc cancels"), s.text());
    }

    @Test
    void refusalAndRedirect_lookDifferentFromAnswers_andNameTheirTier() {
        ScriptedActions actions = new ScriptedActions();
        actions.tiers = new TierSummary(Optional.of("EU"), Optional.of("Northside Clinic"));
        ChatViewModel vm = ready(actions);
        send(vm, "a question");
        actions.verdict = new Verdict(Action.REFUSE, List.of(new BoundRef("eu.weapons", 1, "indiscriminate-weapons", "EU AI Act")),
                "I can't help with that.");
        send(vm, "a bad question");
        VirtualScreen s = new VirtualScreen(90, 24, Theme.colour()).draw(vm.snapshot());

        int answer = s.rowStarting("ambit");
        int refusal = s.rowOf("| Refused: EU law");
        assertTrue(refusal > answer && answer > 0, s.text());
        assertTrue(s.rowOf("| I can't help with that.") == refusal + 1, s.text());
        assertEquals(TextColor.ANSI.GREEN, s.cell(0, answer).getForegroundColor());
        assertEquals(TextColor.ANSI.RED, s.cell(2, refusal).getForegroundColor());
        assertTrue(s.rows().get(0).contains("tier 1 law: EU law | tier 2 organisation: Northside Clinic"), s.rows().get(0));
    }

    @Test
    void monochrome_usesNoColourAtAll_andStillMarksRefusals() {
        ScriptedActions actions = new ScriptedActions();
        actions.verdict = new Verdict(Action.REFUSE, List.of(new BoundRef("eu.weapons", 1, "indiscriminate-weapons", "EU AI Act")),
                "I can't help with that.");
        ChatViewModel vm = ready(actions);
        send(vm, "a bad question");
        VirtualScreen s = new VirtualScreen(80, 16, Theme.fromEnvironment(Map.of("NO_COLOR", "1", "TERM", "xterm-256color")))
                .draw(vm.snapshot());
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 80; x++) {
                TextCharacter c = s.cell(x, y);
                assertEquals(TextColor.ANSI.DEFAULT, c.getForegroundColor(), "no colour at " + x + "," + y);
                assertEquals(TextColor.ANSI.DEFAULT, c.getBackgroundColor(), "no colour at " + x + "," + y);
            }
        }
        int refusal = s.rowOf("| Refused: EU law");
        assertTrue(s.cell(2, refusal).getModifiers().contains(SGR.REVERSE), "refusals are reversed in monochrome");
        assertTrue(s.cell(2, 0).getModifiers().contains(SGR.REVERSE), "the banner is reversed");
    }

    @Test
    void theme_followsNoColorAndTerm() {
        assertFalse(Theme.fromEnvironment(Map.of("NO_COLOR", "1", "TERM", "xterm-256color")).isColour());
        assertTrue(Theme.fromEnvironment(Map.of("NO_COLOR", "", "TERM", "xterm-256color")).isColour(), "empty NO_COLOR is unset");
        assertFalse(Theme.fromEnvironment(Map.of("TERM", "vt100")).isColour());
        assertFalse(Theme.fromEnvironment(Map.of("TERM", "xterm-mono")).isColour());
        assertTrue(Theme.fromEnvironment(Map.of("TERM", "screen")).isColour());
    }

    @Test
    void resize_rewrapsTheConversation_andKeepsBarsOnTheEdges() {
        ScriptedActions actions = new ScriptedActions();
        actions.pieces = List.of(" " + "word ".repeat(40));
        ChatViewModel vm = ready(actions);
        send(vm, "long");
        VirtualScreen s = new VirtualScreen(120, 30, Theme.colour()).draw(vm.snapshot());
        int wide = s.rows().stream().filter(r -> r.startsWith("  word")).toList().size();

        s.terminal.setTerminalSize(new TerminalSize(50, 20));
        s.draw(vm.snapshot());
        List<String> rows = s.rows();
        assertEquals(20, rows.size());
        assertEquals(50, rows.get(0).length());
        int narrow = rows.stream().filter(r -> r.startsWith("  word")).toList().size();
        assertTrue(narrow > wide, "narrower window, more lines: " + wide + " -> " + narrow);
        assertTrue(rows.get(19).startsWith(" tiny.gguf"), rows.get(19));
        assertTrue(rows.get(0).startsWith(" ambit | tier 1"), rows.get(0));
    }

    @Test
    void helpPanel_listsEveryCommand_andFitsAnOrdinary80x24Terminal() {
        ChatViewModel vm = ready(new ScriptedActions());
        vm.togglePanel(ChatViewModel.Panel.HELP);
        String text = new VirtualScreen(80, 24, Theme.colour()).draw(vm.snapshot()).text();
        assertFalse(text.contains("enlarge the window"), text);
        for (String command : List.of("F1, /help", "Esc", "Ctrl-Up, /good", "Ctrl-Down, /bad [reason]", "/compare",
                "/prefer TEXT", "/forget ID", "/profile", "/why", "/raw TEXT", "/incognito", "/clear", "/quit")) {
            assertTrue(text.contains(command), command + " is listed:\n" + text);
        }
    }

    @Test
    void panelLines_wrapUnderTheirText() {
        assertEquals(List.of("Enter  send the", "       message"), ChatView.wrapHanging("Enter  send the message", 15));
        assertEquals(List.of("  source: EU AI", "  Act Art. 50"), ChatView.wrapHanging("  source: EU AI Act Art. 50", 15));
    }

    @Test
    void longPanel_scrollsWithinItsBox() {
        ChatViewModel vm = ready(new ScriptedActions());
        vm.togglePanel(ChatViewModel.Panel.HELP);
        VirtualScreen s = new VirtualScreen(80, 12, Theme.colour()).draw(vm.snapshot());
        assertTrue(s.text().contains("... PgDn for more"), s.text());
        assertFalse(s.text().contains("/quit, Ctrl-D"), s.text());

        vm.scrollPanel(100, s.view.panelMaxScroll());
        s.draw(vm.snapshot());
        assertTrue(s.text().contains("... PgUp for more"), s.text());
        assertTrue(s.text().contains("/quit, Ctrl-D"), s.text());
        assertFalse(s.text().contains("PgDn for more"), s.text());
    }

    @Test
    void whyPanel_showsBoundsWithTierAndSource_orSaysNoneApplied() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "hello");
        vm.togglePanel(ChatViewModel.Panel.WHY);
        String plain = new VirtualScreen(100, 30, Theme.colour()).draw(vm.snapshot()).text();
        assertTrue(plain.contains("no bounds applied to this reply"), plain);
        assertTrue(plain.contains("none applied: no personal profile was used for this reply"), plain);

        actions.verdict = new Verdict(Action.CAVEAT, List.of(new BoundRef("eu.advice.medical", 1, "specialized-advice",
                "EU AI Act Art. 50")), "This is not medical advice.");
        send(vm, "is this mole ok");
        vm.togglePanel(ChatViewModel.Panel.WHY);
        String caveat = new VirtualScreen(100, 30, Theme.colour()).draw(vm.snapshot()).text();
        assertTrue(caveat.contains("Decision: caveat"), caveat);
        assertTrue(caveat.contains("EU law (tier 1): eu.advice.medical, specialized-advice"), caveat);
        assertTrue(caveat.contains("source: EU AI Act Art. 50"), caveat);
    }

    @Test
    void consentQuestion_isABoxWithYesAndNo() {
        ScriptedActions actions = new ScriptedActions();
        actions.consentsAfterNextTurn.add(new ConsentRequest("c1", "health", "you have asthma",
                "EU law: health data is remembered only with explicit consent."));
        ChatViewModel vm = ready(actions);
        send(vm, "I have asthma");
        String text = new VirtualScreen(100, 24, Theme.colour()).draw(vm.snapshot()).text();
        assertTrue(text.contains("Consent needed"), text);
        assertTrue(text.contains("Remember this about you? \"you have asthma\""), text);
        assertTrue(text.contains("Press y to allow, n to refuse"), text);
    }

    @Test
    void comparison_showsBothRepliesSideBySide() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "hi");
        send(vm, "/compare");
        VirtualScreen s = new VirtualScreen(80, 16, Theme.colour()).draw(vm.snapshot());
        int header = s.rowOf("1  personalised");
        assertTrue(header > 0 && s.rows().get(header).contains("2  unpersonalised"), s.text());
        assertTrue(s.rows().get(header + 1).matches("Hello there\\. +\\| Hello there\\. *"), s.rows().get(header + 1));
        assertTrue(s.text().contains("press 1 or 2"), s.text());
    }

    @Test
    void loading_showsAProgressIndicatorWithTheModelName() {
        ChatViewModel vm = new ChatViewModel(Runnable::run);
        vm.loading("big-model.gguf");
        VirtualScreen s = new VirtualScreen(80, 16, Theme.colour()).draw(vm.snapshot());
        assertTrue(s.text().contains("Loading model big-model.gguf [#"), s.text());
        assertTrue(s.rows().get(15).contains("| loading |"), s.rows().get(15));
    }

    @Test
    void tinyWindow_saysSoInsteadOfDrawingGarbage() {
        ChatViewModel vm = ready(new ScriptedActions());
        VirtualScreen s = new VirtualScreen(15, 5, Theme.colour()).draw(vm.snapshot());
        assertTrue(s.rows().get(0).startsWith("Window too smal"), s.rows().get(0));
    }
}
