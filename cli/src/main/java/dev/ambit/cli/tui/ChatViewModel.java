package dev.ambit.cli.tui;

import dev.ambit.engine.AmbitException;
import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.inference.Generation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The whole state of the chat screen and every transition of it, without a terminal. The screen thread calls
 * the input methods; generations run on {@code worker} and stream back through {@link #piece}. All methods are
 * synchronized, and {@link #snapshot()} hands the view an immutable copy.
 */
public final class ChatViewModel {
    /** What the screen is doing, which decides what keys mean. */
    public enum Mode { LOADING, READY, GENERATING, COMPARING, PICKING, CONSENT }

    /** The pop-up over the conversation. */
    public enum Panel { NONE, HELP, PROFILE, WHY }

    private final Executor worker;
    private final InputLine input = new InputLine();
    private final Transcript transcript = new Transcript();
    private final Deque<ConsentRequest> consents = new ArrayDeque<>();
    private ChatActions actions;
    private Mode mode = Mode.LOADING;
    private Panel panel = Panel.NONE;
    private String model = "";
    private TierSummary tiers = TierSummary.none();
    private ProfileView profile;
    private double tokensPerSecond;
    private Reply lastReply;
    private String lastUserText;
    private Comparison comparison;
    private int scrollBack;
    private int panelScroll;
    private boolean quit;
    private long version;

    // The turn in flight.
    private boolean cancelRequested;
    private int pieces;
    private long firstPieceNanos;

    public ChatViewModel(Executor worker) {
        this.worker = worker;
    }

    /** An immutable copy of everything the view draws. */
    public record Snapshot(Mode mode, Panel panel, List<Entry> entries, String input, int cursor, String model,
            TierSummary tiers, ProfileView profile, double tokensPerSecond, Reply lastReply, Comparison comparison,
            ConsentRequest consent, int scrollBack, int panelScroll, long version) {
        public Snapshot {
            entries = List.copyOf(entries);
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(mode, panel, transcript.entries(), input.text(), input.cursor(), model, tiers, profile,
                tokensPerSecond, lastReply, comparison, consents.peek(), scrollBack, panelScroll, version);
    }

    public synchronized long version() {
        return version;
    }

    public synchronized Mode mode() {
        return mode;
    }

    public synchronized boolean quitRequested() {
        return quit;
    }

    // ---- life cycle

    public synchronized void loading(String modelName) {
        model = modelName;
        mode = Mode.LOADING;
        changed();
    }

    /** The model is loaded: chatting can start. */
    public synchronized void ready(ChatActions loaded, String modelName) {
        actions = loaded;
        model = modelName;
        tiers = loaded.tiers();
        profile = loaded.profile();
        mode = Mode.READY;
        notice("Chatting with " + modelName + ". Type a message and press Enter; F1 or /help lists the keys.");
    }

    public synchronized void requestQuit() {
        quit = true;
        cancelRequested = true;
        changed();
    }

    // ---- editing

    public synchronized void type(String text) {
        input.insert(text);
        changed();
    }

    /** Any other change to the input line (cursor moves, deletions, history). */
    synchronized void edit(Consumer<InputLine> change) {
        change.accept(input);
        changed();
    }

    public synchronized boolean inputEmpty() {
        return input.isEmpty();
    }

    /** Scrolls the conversation; {@code max} is how far back the view can go. */
    public synchronized void scrollBy(int delta, int max) {
        scrollBack = Math.max(0, Math.min(max, scrollBack + delta));
        changed();
    }

    /** Scrolls the open panel; {@code max} is how far down the view can go. */
    public synchronized void scrollPanel(int delta, int max) {
        panelScroll = Math.max(0, Math.min(max, panelScroll + delta));
        changed();
    }

    public synchronized boolean panelOpen() {
        return panel != Panel.NONE;
    }

    // ---- panels

    public synchronized void togglePanel(Panel wanted) {
        if (wanted == Panel.PROFILE && actions != null) {
            profile = actions.profile();
        }
        panel = panel == wanted ? Panel.NONE : wanted;
        panelScroll = 0;
        changed();
    }

    /** Esc: closes a panel, else cancels a generation, else leaves a pick or a consent question (as "no"). */
    public synchronized void escape() {
        if (panel != Panel.NONE) {
            panel = Panel.NONE;
        } else if (mode == Mode.GENERATING || mode == Mode.COMPARING) {
            cancelRequested = true;
        } else if (mode == Mode.PICKING) {
            comparison = null;
            mode = Mode.READY;
            notice("Comparison closed without a pick.");
        } else if (mode == Mode.CONSENT) {
            answerConsent(false);
        }
        changed();
    }

    // ---- sending

    /** Enter: sends the message, runs the slash command, or answers the open question. */
    public synchronized void submit() {
        if (mode == Mode.GENERATING || mode == Mode.COMPARING) {
            return; // keep the text; it can be sent when the reply is done
        }
        String text = input.take().strip();
        scrollBack = 0;
        panel = Panel.NONE;
        if (text.isEmpty()) {
            changed();
            return;
        }
        if (mode == Mode.CONSENT && !text.startsWith("/")) {
            String answer = text.toLowerCase(Locale.ROOT);
            if (answer.equals("y") || answer.equals("yes") || answer.equals("n") || answer.equals("no")) {
                answerConsent(answer.startsWith("y"));
            } else {
                notice("Please answer the question above with y (yes) or n (no).");
            }
            return;
        }
        if (mode == Mode.PICKING) {
            if (text.equals("1") || text.equals("2")) {
                pick(Integer.parseInt(text));
                return;
            }
            comparison = null;
            mode = Mode.READY;
            notice("Comparison closed without a pick.");
        }
        if (text.startsWith("/")) {
            command(text);
        } else if (mode == Mode.LOADING) {
            notice("The model is still loading; send your message again in a moment.");
        } else {
            startTurn(text, false);
        }
    }

    private void command(String line) {
        int space = line.indexOf(' ');
        String name = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String arg = space < 0 ? "" : line.substring(space + 1).strip();
        if (name.equals("/quit") || name.equals("/exit")) {
            requestQuit();
            return;
        }
        if (name.equals("/help")) {
            togglePanel(Panel.HELP);
            return;
        }
        if (mode == Mode.LOADING) {
            notice("The model is still loading; " + name + " works once it is ready.");
            return;
        }
        switch (name) {
            case "/why" -> togglePanel(Panel.WHY);
            case "/profile" -> togglePanel(Panel.PROFILE);
            case "/good" -> rate(ChatActions.Rating.GOOD, arg);
            case "/bad" -> rate(ChatActions.Rating.BAD, arg);
            case "/raw" -> {
                if (arg.isEmpty()) {
                    notice("Usage: /raw TEXT answers TEXT without your profile.");
                } else {
                    startTurn(arg, true);
                }
            }
            case "/compare" -> compare();
            case "/prefer" -> withArgument(arg, "Usage: /prefer TEXT, e.g. /prefer keep it short",
                    () -> outcome(actions.prefer(arg)));
            case "/forget" -> withArgument(arg, "Usage: /forget ID (/profile shows the ids)",
                    () -> outcome(actions.forget(arg)));
            case "/incognito" -> {
                boolean on = profile == null || profile.learning() != ProfileView.Learning.INCOGNITO;
                outcome(actions.incognito(on));
                profile = actions.profile();
            }
            case "/clear" -> {
                worker.execute(actions::clear);
                transcript.clear();
                lastReply = null;
                lastUserText = null;
                notice("Conversation cleared: the next message starts afresh.");
            }
            default -> notice("Unknown command " + name + "; /help lists the commands.");
        }
        changed();
    }

    private void withArgument(String arg, String usage, Runnable action) {
        if (arg.isEmpty()) {
            notice(usage);
        } else {
            action.run();
        }
    }

    private void startTurn(String text, boolean unpersonalised) {
        lastUserText = text;
        String label = unpersonalised ? "You (/raw: without your profile)" : "You";
        transcript.add(new Entry(Entry.Kind.USER, label, text, false));
        transcript.startReply();
        beginStream(Mode.GENERATING);
        worker.execute(() -> runTurn(text, unpersonalised));
    }

    private void beginStream(Mode streamingMode) {
        mode = streamingMode;
        cancelRequested = false;
        pieces = 0;
        changed();
    }

    private void runTurn(String text, boolean unpersonalised) {
        try {
            Reply reply = actions.send(text, unpersonalised, new TokenSink() {
                @Override
                public boolean accept(String piece) {
                    return piece(piece);
                }

                @Override
                public boolean cancelled() {
                    return cancelRequestedNow();
                }
            });
            List<ConsentRequest> asked = actions.pendingConsents();
            finished(reply, unpersonalised, asked);
        } catch (AmbitException e) {
            failed(e.getMessage());
        } catch (RuntimeException e) {
            failed("internal error: " + e);
        }
    }

    private synchronized boolean cancelRequestedNow() {
        return cancelRequested || mode != Mode.GENERATING;
    }

    /**
     * One streamed piece of the reply in flight (called on the worker thread).
     *
     * @return false once the user cancelled, which stops the generation
     */
    public synchronized boolean piece(String text) {
        if (cancelRequested || mode != Mode.GENERATING) {
            return false;
        }
        if (pieces++ == 0) {
            firstPieceNanos = System.nanoTime();
        } else {
            tokensPerSecond = (pieces - 1) * 1e9 / Math.max(1, System.nanoTime() - firstPieceNanos);
        }
        transcript.append(text);
        changed();
        return true;
    }

    private synchronized void finished(Reply reply, boolean unpersonalised, List<ConsentRequest> asked) {
        Generation g = reply.generation();
        if (g != null) {
            tokensPerSecond = g.tokensPerSecond();
        }
        List<Entry> shown = ReplyEntries.of(reply, tiers, unpersonalised ? "ambit [unpersonalised]" : "ambit");
        transcript.finishReply(shown);
        lastReply = reply;
        consents.addAll(asked);
        mode = consents.isEmpty() ? Mode.READY : Mode.CONSENT;
        changed();
    }

    private synchronized void failed(String message) {
        transcript.failReply(message);
        comparison = null;
        mode = Mode.READY;
        changed();
    }

    // ---- feedback, comparison, consent

    /** Thumbs up or down on the last reply, with an optional reason. */
    public synchronized void rate(ChatActions.Rating rating, String reason) {
        if (mode == Mode.GENERATING || mode == Mode.COMPARING) {
            notice("Wait for the reply to finish before rating it (Esc cancels it).");
            return;
        }
        if (actions == null || lastReply == null || !transcript.hasAnswer()) {
            notice("There is no answer to rate yet.");
            return;
        }
        ChatActions.Outcome outcome = actions.rate(lastReply, rating, reason);
        transcript.markAnswer(rating == ChatActions.Rating.GOOD ? " [you: good]" : " [you: bad]");
        outcome(outcome);
    }

    private void compare() {
        if (lastUserText == null) {
            notice("Send a message first: /compare answers your last message twice, with and without your profile.");
            return;
        }
        String question = lastUserText;
        comparison = new Comparison(question, "", "", null, null);
        beginStream(Mode.COMPARING);
        worker.execute(() -> runComparison(question));
    }

    private void runComparison(String question) {
        try {
            ChatActions.Compared both =
                    actions.compare(question, p -> comparePiece(p, true), p -> comparePiece(p, false));
            comparisonFinished(both);
        } catch (AmbitException e) {
            failedComparison(e.getMessage());
        } catch (RuntimeException e) {
            failedComparison("internal error: " + e);
        }
    }

    private synchronized boolean comparePiece(String piece, boolean left) {
        if (cancelRequested || comparison == null) {
            return false;
        }
        Comparison c = comparison;
        String l = left ? (c.left().isEmpty() ? piece.stripLeading() : c.left() + piece) : c.left();
        String r = left ? c.right() : (c.right().isEmpty() ? piece.stripLeading() : c.right() + piece);
        comparison = new Comparison(c.question(), l, r, null, null);
        changed();
        return true;
    }

    private synchronized void comparisonFinished(ChatActions.Compared both) {
        if (cancelRequested || comparison == null) {
            comparison = null;
            mode = Mode.READY;
            notice("Comparison cancelled.");
            return;
        }
        comparison = new Comparison(comparison.question(), both.personalised().text(), both.unpersonalised().text(),
                both.personalised(), both.unpersonalised());
        mode = Mode.PICKING;
        changed();
    }

    private synchronized void failedComparison(String message) {
        comparison = null;
        mode = Mode.READY;
        transcript.error(message);
        changed();
    }

    /** Takes 1 (personalised) or 2 (unpersonalised) from a finished comparison. */
    public synchronized void pick(int which) {
        if (mode != Mode.PICKING || comparison == null || (which != 1 && which != 2)) {
            return;
        }
        Reply chosen = which == 1 ? comparison.leftReply() : comparison.rightReply();
        Reply rejected = which == 1 ? comparison.rightReply() : comparison.leftReply();
        ChatActions.Outcome outcome = actions.choose(chosen, rejected);
        transcript.addAll(ReplyEntries.of(chosen, tiers,
                which == 1 ? "ambit [your pick: personalised]" : "ambit [your pick: unpersonalised]"));
        comparison = null;
        mode = Mode.READY;
        outcome(outcome);
    }

    /** Answers the consent question on screen. */
    public synchronized void answerConsent(boolean granted) {
        ConsentRequest request = consents.poll();
        if (request == null) {
            return;
        }
        ChatActions.Outcome outcome = actions.answerConsent(request, granted);
        notice((granted ? "Yes: " : "No: ") + outcome.message());
        mode = consents.isEmpty() ? Mode.READY : Mode.CONSENT;
        changed();
    }

    // ---- helpers

    private void outcome(ChatActions.Outcome outcome) {
        // What an action learned or forgot shows in the status bar and profile panel at once.
        profile = actions.profile();
        notice(capitalised(outcome.message()) + (outcome.message().endsWith(".") ? "" : "."));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void notice(String text) {
        transcript.notice(text);
        changed();
    }

    private void changed() {
        version++;
        notifyAll();
    }

    /** Waits until the state changes past {@code seen} or the timeout passes; for the screen loop and tests. */
    public synchronized long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (version == seen) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return version;
    }

}
