package dev.ambit.cli.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys reaching the running screen loop through Lanterna's virtual terminal. */
class TerminalChatKeysTest {
    private final ScriptedActions actions = new ScriptedActions();
    private ChatViewModel vm;
    private VirtualScreen screen;
    private Thread loop;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    @BeforeEach
    void start() {
        vm = new ChatViewModel(Runnable::run);
        vm.ready(actions, "tiny.gguf");
        screen = new VirtualScreen(100, 24, Theme.colour());
        TerminalChat chat = new TerminalChat(screen.screen, vm, screen.view);
        loop = new Thread(() -> {
            try {
                chat.loop();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "test-screen-loop");
        loop.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        vm.requestQuit();
        loop.join(5000);
    }

    /** Keys given together arrive together, as a paste does. */
    private void keys(KeyStroke... strokes) {
        synchronized (screen.terminal) {
            for (KeyStroke k : strokes) {
                screen.terminal.addInput(k);
            }
        }
    }

    private void typed(String text) {
        for (char c : text.toCharArray()) {
            keys(new KeyStroke(c, false, false));
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    @Test
    void typedMessageAndEnter_sendsIt_andTheScreenShowsTheReply() throws InterruptedException {
        typed("hello");
        await("the text in the input line", () -> vm.snapshot().input().equals("hello"));
        keys(key(KeyType.Enter));
        await("the message sent", () -> actions.calls.equals(List.of("send hello")));
        await("the reply on the screen", () -> screen.text().contains("  Hello there."));
    }

    @Test
    void pastedLines_stayOneMessage_untilAnEnterOnItsOwn() throws InterruptedException {
        keys(new KeyStroke('a', false, false), key(KeyType.Enter), new KeyStroke('b', false, false));
        await("the paste in the input line", () -> vm.snapshot().input().equals("a\nb"));
        assertTrue(actions.calls.isEmpty(), "nothing sent during the paste");
        keys(key(KeyType.Enter));
        await("one message", () -> actions.calls.equals(List.of("send a\nb")));
    }

    @Test
    void altEnter_asTerminalsSendIt_addsALineBreakWithoutSending() throws InterruptedException {
        typed("one");
        await("typed", () -> vm.snapshot().input().equals("one"));
        keys(new KeyStroke('j', true, true)); // ESC LF, how tmux and xterm send Alt-Enter
        typed("two");
        await("two lines", () -> vm.snapshot().input().equals("one\ntwo"));
        assertTrue(actions.calls.isEmpty());
    }

    @Test
    void ctrlUpAndDown_rateTheLastReply_andF1TogglesHelp() throws InterruptedException {
        typed("hi");
        await("typed", () -> vm.snapshot().input().equals("hi"));
        keys(key(KeyType.Enter));
        await("reply", () -> vm.snapshot().lastReply() != null);
        keys(new KeyStroke(KeyType.ArrowUp, true, false));
        await("thumbs up", () -> actions.calls.contains("rate GOOD "));
        keys(new KeyStroke(KeyType.ArrowDown, true, false));
        await("thumbs down", () -> actions.calls.contains("rate BAD "));
        keys(key(KeyType.F1));
        await("help panel", () -> screen.text().contains("Keys and commands"));
        keys(key(KeyType.Escape));
        await("help closed", () -> vm.snapshot().panel() == ChatViewModel.Panel.NONE);
    }

    @Test
    void slashQuit_endsTheLoop() throws InterruptedException {
        typed("/quit");
        await("typed", () -> vm.snapshot().input().equals("/quit"));
        keys(key(KeyType.Enter));
        loop.join(5000);
        assertFalse(loop.isAlive(), "the loop ended");
        assertEquals(null, failure.get());
    }
}
