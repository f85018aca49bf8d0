package dev.ambit.cli.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.ambit.engine.AmbitException;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.inference.Sampling;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The full-screen chat: reads keys on the calling thread, turns them into view-model actions, and redraws the
 * screen whenever the view model changes, the terminal is resized, or a spinner needs to move. Loading the model
 * and generating run on one worker thread, so the screen stays responsive (Esc works while a reply streams).
 */
public final class TerminalChat {
    private static final long FRAME_MILLIS = 30;
    private static final long ANIMATION_MILLIS = 120;
    private static final EnumSet<ChatViewModel.Mode> ANIMATED =
            EnumSet.of(ChatViewModel.Mode.LOADING, ChatViewModel.Mode.GENERATING, ChatViewModel.Mode.COMPARING);

    private final Screen screen;
    private final ChatViewModel vm;
    private final ChatView view;
    private KeyStroke pending;

    TerminalChat(Screen screen, ChatViewModel vm, ChatView view) {
        this.screen = screen;
        this.vm = vm;
        this.view = view;
    }

    /**
     * Runs a chat on {@code terminal} until the user quits, then closes the terminal (restoring its settings). The
     * model loads behind a progress indicator.
     *
     * @param env decides the colours ({@code NO_COLOR}, {@code TERM})
     * @param modelName shown while loading
     * @param loader opens the assistant (loads the model); its failure ends the chat and is rethrown
     * @throws AmbitException when loading fails or the terminal breaks
     */
    public static void run(Terminal terminal, Map<String, String> env, String modelName, Supplier<Assistant> loader,
            Supplier<Sampling> sampling) {
        run(terminal, env, modelName, loader, sampling, false);
    }

    /** As above, starting incognito when {@code incognito} ({@code ambit chat --incognito}). */
    public static void run(Terminal terminal, Map<String, String> env, String modelName, Supplier<Assistant> loader,
            Supplier<Sampling> sampling, boolean incognito) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ambit-chat-worker");
            t.setDaemon(true);
            return t;
        });
        ChatViewModel vm = new ChatViewModel(worker);
        AtomicReference<AmbitException> failure = new AtomicReference<>();
        vm.loading(modelName);
        worker.execute(() -> {
            try {
                Assistant assistant = loader.get();
                vm.ready(new EngineChatActions(assistant, sampling, incognito), assistant.modelInfo().name());
            } catch (AmbitException e) {
                failure.set(e);
                vm.requestQuit();
            } catch (RuntimeException e) {
                failure.set(new AmbitException(AmbitException.Failure.INTERNAL, "loading the model failed: " + e, e));
                vm.requestQuit();
            }
        });
        try (terminal) {
            new TerminalChat(new TerminalScreen(terminal), vm, new ChatView(Theme.fromEnvironment(env))).loop();
        } catch (IOException e) {
            throw new AmbitException(AmbitException.Failure.INTERNAL, "the terminal failed: " + e.getMessage(), e);
        } finally {
            worker.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Starts the screen, handles keys until quit, and always gives the terminal back as it was. */
    void loop() throws IOException {
        screen.startScreen();
        try {
            long drawn = -1;
            long lastDraw = 0;
            while (!vm.quitRequested()) {
                KeyStroke key = nextKey();
                if (key != null) {
                    handle(key);
                    continue; // take every waiting key before drawing
                }
                long now = System.currentTimeMillis();
                boolean resized = screen.doResizeIfNecessary() != null;
                boolean animate = ANIMATED.contains(vm.mode()) && now - lastDraw >= ANIMATION_MILLIS;
                boolean due = now - lastDraw >= FRAME_MILLIS;
                if (resized || animate || (due && vm.version() != drawn)) {
                    drawn = vm.version();
                    lastDraw = now;
                    draw(resized, now);
                } else if (vm.version() != drawn) {
                    // A reply streams faster than anyone reads: at most one frame per FRAME_MILLIS leaves the
                    // CPU to the model.
                    Thread.sleep(Math.max(1, FRAME_MILLIS - (now - lastDraw)));
                } else {
                    vm.awaitChange(drawn, FRAME_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            screen.stopScreen();
        }
    }

    private void draw(boolean resized, long now) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        TerminalPosition cursor = view.draw(vm.snapshot(), screen.newTextGraphics(), size, now);
        screen.setCursorPosition(cursor);
        screen.refresh(resized ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private KeyStroke nextKey() throws IOException {
        KeyStroke key = pending;
        pending = null;
        return key != null ? key : screen.pollInput();
    }

    void handle(KeyStroke key) throws IOException {
        ChatViewModel.Mode mode = vm.mode();
        switch (key.getKeyType()) {
            case Character -> character(key, mode);
            case Enter -> enter(key);
            case Backspace -> vm.edit(InputLine::backspace);
            case Delete -> vm.edit(InputLine::delete);
            case ArrowLeft -> vm.edit(InputLine::left);
            case ArrowRight -> vm.edit(InputLine::right);
            case Home -> vm.edit(InputLine::home);
            case End -> vm.edit(InputLine::end);
            case ArrowUp -> {
                if (key.isCtrlDown()) {
                    vm.rate(ChatActions.Rating.GOOD, "");
                } else {
                    vm.edit(InputLine::previous);
                }
            }
            case ArrowDown -> {
                if (key.isCtrlDown()) {
                    vm.rate(ChatActions.Rating.BAD, "");
                } else {
                    vm.edit(InputLine::next);
                }
            }
            case PageUp -> page(1);
            case PageDown -> page(-1);
            case Escape -> vm.escape();
            case F1 -> vm.togglePanel(ChatViewModel.Panel.HELP);
            case F2 -> vm.togglePanel(ChatViewModel.Panel.PROFILE);
            case F3 -> vm.togglePanel(ChatViewModel.Panel.WHY);
            case Tab -> vm.type("    ");
            case EOF -> vm.requestQuit();
            default -> {
                // Other keys (function keys, mouse) mean nothing here.
            }
        }
    }

    /** PgUp (+1) and PgDn (-1): the open panel scrolls, else the conversation. */
    private void page(int direction) {
        int rows = Math.max(1, view.pageRows() - 2);
        if (vm.panelOpen()) {
            vm.scrollPanel(-direction * rows, view.panelMaxScroll());
        } else {
            vm.scrollBy(direction * rows, view.maxScroll());
        }
    }

    private void character(KeyStroke key, ChatViewModel.Mode mode) {
        char c = key.getCharacter();
        boolean lineFeed = c == '\r' || c == '\n' || (key.isCtrlDown() && (c == 'j' || c == 'm'));
        if (key.isAltDown() && lineFeed) {
            // Alt-Enter: terminals send ESC followed by CR or LF, which Lanterna reports as Alt-Ctrl-M or Alt-Ctrl-J.
            vm.type("\n");
            return;
        }
        if (Character.isISOControl(c)) {
            return;
        }
        if (key.isCtrlDown()) {
            if (c == 'c') {
                if (mode == ChatViewModel.Mode.GENERATING || mode == ChatViewModel.Mode.COMPARING) {
                    vm.escape();
                } else {
                    vm.requestQuit();
                }
            } else if (c == 'd' && vm.inputEmpty()) {
                vm.requestQuit();
            }
            return;
        }
        if (vm.inputEmpty() && mode == ChatViewModel.Mode.CONSENT && (c == 'y' || c == 'n')) {
            vm.answerConsent(c == 'y');
        } else if (vm.inputEmpty() && mode == ChatViewModel.Mode.PICKING && (c == '1' || c == '2')) {
            vm.pick(c - '0');
        } else {
            vm.type(String.valueOf(c));
        }
    }

    /** A pasted text arrives as keys with Enter between its lines: an Enter with more keys waiting is a line break. */
    private void enter(KeyStroke key) throws IOException {
        if (key.isAltDown()) {
            vm.type("\n");
            return;
        }
        KeyStroke next = screen.pollInput();
        if (next != null) {
            vm.type("\n");
            pending = next;
        } else {
            vm.submit();
        }
    }
}
