package dev.ambit.cli.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.AssistantConfig;
import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.inference.ModelSettings;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.Action;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Verdict;
import dev.ambit.engine.testing.TinyModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State transitions of the chat screen, without a terminal: the real tiny model where the engine has the feature. */
class ChatViewModelTest {
    @TempDir
    static Path home;

    static Assistant assistant;

    @BeforeAll
    static void loadModel() {
        assistant = Assistant.open(new AssistantConfig(new AmbitHome(home), ModelSettings.cpu(TinyModel.path())));
    }

    private static ChatActions engine() {
        return new EngineChatActions(assistant, () -> new Sampling(1, 0.7f, 40));
    }

    private static ChatViewModel ready(ChatActions actions) {
        ChatViewModel vm = new ChatViewModel(Runnable::run);
        vm.loading("model.gguf");
        vm.ready(actions, "model.gguf");
        return vm;
    }

    private static void send(ChatViewModel vm, String text) {
        vm.type(text);
        vm.submit();
    }

    private static Entry last(ChatViewModel vm) {
        List<Entry> entries = vm.snapshot().entries();
        return entries.get(entries.size() - 1);
    }

    private static Entry lastOf(ChatViewModel vm, Entry.Kind kind) {
        List<Entry> entries = vm.snapshot().entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).kind() == kind) {
                return entries.get(i);
            }
        }
        throw new AssertionError("no " + kind + " entry in " + entries);
    }

    /** Wraps real actions to look at the screen state while each piece streams in. */
    private static final class Watching implements ChatActions {
        private final ChatActions inner;
        final List<ChatViewModel.Snapshot> duringStream = new ArrayList<>();
        ChatViewModel vm;
        int cancelAfter = Integer.MAX_VALUE;

        Watching(ChatActions inner) {
            this.inner = inner;
        }

        private TokenSink watch(TokenSink sink) {
            return new TokenSink() {
                @Override
                public boolean accept(String piece) {
                    boolean go = sink.accept(piece);
                    duringStream.add(vm.snapshot());
                    if (duringStream.size() == cancelAfter) {
                        vm.escape();
                    }
                    return go;
                }

                @Override
                public boolean cancelled() {
                    return sink.cancelled();
                }
            };
        }

        @Override public Reply send(String t, boolean u, TokenSink s) { return inner.send(t, u, watch(s)); }
        @Override public Compared compare(String t, TokenSink a, TokenSink b) { return inner.compare(t, watch(a), watch(b)); }
        @Override public void clear() { inner.clear(); }
        @Override public Outcome rate(Reply r, Rating g, String why) { return inner.rate(r, g, why); }
        @Override public Outcome choose(Reply c, Reply r) { return inner.choose(c, r); }
        @Override public Outcome prefer(String s) { return inner.prefer(s); }
        @Override public Outcome forget(String id) { return inner.forget(id); }
        @Override public Outcome incognito(boolean on) { return inner.incognito(on); }
        @Override public ProfileView profile() { return inner.profile(); }
        @Override public List<ConsentRequest> pendingConsents() { return inner.pendingConsents(); }
        @Override public Outcome answerConsent(ConsentRequest c, boolean g) { return inner.answerConsent(c, g); }
        @Override public TierSummary tiers() { return inner.tiers(); }
    }

    @Test
    void message_streamsIntoOneGrowingReplyEntry_thenShowsTheFinishedReply() {
        Watching watching = new Watching(engine());
        ChatViewModel vm = ready(watching);
        watching.vm = vm;

        send(vm, "Once upon a time");

        // The output guard releases the first token at once and the rest clause by clause (a fast model's reply
        // may come in a few pieces only): what matters is that it streams rather than arriving whole.
        assertTrue(watching.duringStream.size() >= 2, "the reply streams in more than one piece: " + watching.duringStream.size());
        String previous = "";
        for (ChatViewModel.Snapshot s : watching.duringStream) {
            assertEquals(ChatViewModel.Mode.GENERATING, s.mode());
            Entry streaming = s.entries().get(s.entries().size() - 1);
            assertTrue(streaming.streaming());
            assertTrue(streaming.text().startsWith(previous), "each piece extends the text shown so far");
            previous = streaming.text();
        }
        ChatViewModel.Snapshot done = vm.snapshot();
        assertEquals(ChatViewModel.Mode.READY, done.mode());
        Entry reply = last(vm);
        assertEquals(Entry.Kind.ASSISTANT, reply.kind());
        assertFalse(reply.streaming());
        assertEquals(done.lastReply().text(), reply.text());
        assertFalse(reply.text().isBlank());
        assertTrue(done.tokensPerSecond() > 0, "tok/s is measured");
        assertEquals("Once upon a time", lastOf(vm, Entry.Kind.USER).text());
    }

    @Test
    void escape_whileStreaming_stopsTheGenerationAndMarksTheReplyCancelled() {
        Watching watching = new Watching(engine());
        ChatViewModel vm = ready(watching);
        watching.vm = vm;
        watching.cancelAfter = 2;

        send(vm, "Once upon a time");

        Reply reply = vm.snapshot().lastReply();
        assertEquals(Generation.Stop.CANCELLED, reply.generation().stop());
        // The output guard releases text after each check (the first token at once, then clause by clause, or
        // every few words on a slow model), so the second piece the screen sees can hold many tokens of a fast
        // model; the cancel itself is noticed at the very next token, before the budget runs out.
        assertTrue(reply.generation().tokens() < 40, "generation stopped after the cancel, before its 40-token budget: "
                + reply.generation().tokens());
        assertTrue(last(vm).label().contains("[cancelled]"), last(vm).label());
        assertEquals(ChatViewModel.Mode.READY, vm.mode());
    }

    @Test
    void escape_fromTheScreenThread_cancelsAGenerationRunningOnTheWorker() throws InterruptedException {
        ScriptedActions endless = new ScriptedActions() {
            @Override
            public Reply send(String text, boolean unpersonalised, TokenSink sink) {
                int n = 0;
                while (n < 100_000 && sink.accept(" word")) {
                    n++;
                }
                Generation g = new Generation("", n, 1, 1, 2, n < 100_000 ? Generation.Stop.CANCELLED : Generation.Stop.END);
                return new Reply("words", Verdict.allow(), List.of(), "m", g, "none");
            }
        };
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            ChatViewModel vm = new ChatViewModel(worker);
            vm.ready(endless, "m");
            send(vm, "go");
            long seen = vm.version();
            while (vm.snapshot().entries().get(vm.snapshot().entries().size() - 1).text().isEmpty()) {
                seen = vm.awaitChange(seen, 1000);
            }
            vm.escape();
            for (int i = 0; i < 100 && vm.mode() != ChatViewModel.Mode.READY; i++) {
                seen = vm.awaitChange(seen, 100);
            }
            assertEquals(ChatViewModel.Mode.READY, vm.mode());
            assertEquals(Generation.Stop.CANCELLED, vm.snapshot().lastReply().generation().stop());
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void thumbs_markTheLastReply_andTeachTheLearner_forThisChatOnlyWithoutAStore() {
        ChatViewModel vm = ready(engine());
        vm.rate(ChatActions.Rating.GOOD, "");
        assertEquals("There is no answer to rate yet.", last(vm).text());

        send(vm, "Once upon a time");
        vm.rate(ChatActions.Rating.GOOD, "");
        assertTrue(lastOf(vm, Entry.Kind.ASSISTANT).label().endsWith("[you: good]"));
        assertTrue(last(vm).text().contains("(this chat only)"), last(vm).text());

        send(vm, "/bad too long");
        String label = lastOf(vm, Entry.Kind.ASSISTANT).label();
        assertTrue(label.endsWith("[you: bad]") && !label.contains("good"), "a new rating replaces the old: " + label);
        assertTrue(last(vm).text().contains("verbosity = short"), "the reason names a dimension: " + last(vm).text());
        assertTrue(vm.snapshot().profile().items().stream().anyMatch(i -> i.dimension().equals("verbosity")
                && i.value().equals("short")), vm.snapshot().profile().items().toString());
    }

    @Test
    void badWithReason_reachesTheActionsWithTheReason() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "hi");
        send(vm, "/bad too long");
        assertEquals(List.of("send hi", "rate BAD too long"), actions.calls);
        assertEquals("Rated.", last(vm).text());
    }

    @Test
    void consentRequest_opensAYesNoQuestion_thatOnlyYesOrNoAnswers() {
        ScriptedActions actions = new ScriptedActions();
        actions.consentsAfterNextTurn.add(new ConsentRequest("c1", "health", "you have asthma",
                "EU law: health data is remembered only with explicit consent."));
        actions.consentsAfterNextTurn.add(new ConsentRequest("c2", "religion", "you are Catholic",
                "EU law: religious beliefs are remembered only with explicit consent."));
        ChatViewModel vm = ready(actions);

        send(vm, "I have asthma and I am Catholic");
        assertEquals(ChatViewModel.Mode.CONSENT, vm.mode());
        assertEquals("c1", vm.snapshot().consent().id());

        send(vm, "maybe");
        assertEquals(ChatViewModel.Mode.CONSENT, vm.mode());
        assertTrue(last(vm).text().contains("y (yes) or n (no)"));

        send(vm, "yes");
        assertEquals("c2", vm.snapshot().consent().id());
        vm.escape();
        assertEquals(ChatViewModel.Mode.READY, vm.mode());
        assertNull(vm.snapshot().consent());
        assertEquals(List.of("send I have asthma and I am Catholic", "consent c1 true", "consent c2 false"), actions.calls);
    }

    @Test
    void refusal_isShownAsARefusalNamingTheTier_notAsAnAnswer() {
        ScriptedActions actions = new ScriptedActions();
        actions.verdict = new Verdict(Action.REFUSE,
                List.of(new BoundRef("eu.content.weapons", 1, "indiscriminate-weapons", "EU AI Act")),
                "I can't help with that.");
        ChatViewModel vm = ready(actions);
        send(vm, "how do I build a bomb");
        Entry e = last(vm);
        assertEquals(Entry.Kind.REFUSAL, e.kind());
        assertEquals("Refused: EU law", e.label());
        assertEquals("I can't help with that.", e.text());

        vm.rate(ChatActions.Rating.GOOD, "");
        assertEquals("There is no answer to rate yet.", last(vm).text(), "a refusal is not an answer to rate");
    }

    @Test
    void redirect_byTheOrganisation_namesYourOrganisation() {
        ScriptedActions actions = new ScriptedActions();
        actions.tiers = new TierSummary(Optional.of("EU"), Optional.of("Northside Clinic"));
        actions.verdict = new Verdict(Action.REDIRECT,
                List.of(new BoundRef("clinic.self-harm", 2, "suicide-self-harm", "Clinic policy 4.2")),
                "Please call 112 or talk to the duty nurse.");
        ChatViewModel vm = ready(actions);
        send(vm, "I want to hurt myself");
        assertEquals(Entry.Kind.REDIRECT, last(vm).kind());
        assertEquals("Redirected: Your organisation", last(vm).label());
    }

    @Test
    void compare_answersTheLastMessageWithAndWithoutProfile_andTakesAPick() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "/compare");
        assertTrue(last(vm).text().startsWith("Send a message first"));

        send(vm, "hi");
        send(vm, "/compare");
        assertEquals(ChatViewModel.Mode.PICKING, vm.mode());
        assertTrue(vm.snapshot().comparison().finished());
        vm.pick(2);
        assertEquals(ChatViewModel.Mode.READY, vm.mode());
        assertNull(vm.snapshot().comparison());
        assertEquals(List.of("send hi", "compare hi", "choose Hello there."), actions.calls);
        assertTrue(lastOf(vm, Entry.Kind.ASSISTANT).label().contains("your pick: unpersonalised"));
    }

    @Test
    void messageWhilePicking_closesTheComparison_andIsSent() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "hi");
        send(vm, "/compare");
        send(vm, "something else");
        assertNull(vm.snapshot().comparison());
        assertEquals(List.of("send hi", "compare hi", "send something else"), actions.calls);
        assertEquals(ChatViewModel.Mode.READY, vm.mode());
    }

    @Test
    void compare_withTheRealModel_fillsBothSidesWithoutTouchingTheHistory() {
        ChatViewModel vm = ready(engine());
        send(vm, "Once upon a time");
        int entries = vm.snapshot().entries().size();
        send(vm, "/compare");
        Comparison c = vm.snapshot().comparison();
        assertNotNull(c);
        assertFalse(c.left().isBlank());
        assertEquals(c.left(), c.right(), "one seed and no profile in this build: the two answers are the same");
        vm.escape();
        assertEquals(ChatViewModel.Mode.READY, vm.mode());
        assertEquals(entries + 1, vm.snapshot().entries().size(), "only the 'closed without a pick' notice was added");
    }

    @Test
    void slashCommands_learnForget_andSayWhatIsWrong() {
        ChatViewModel vm = ready(engine());
        send(vm, "/prefer keep it short");
        assertTrue(last(vm).text().toLowerCase(java.util.Locale.ROOT).contains("verbosity = short (accepted)"), last(vm).text());
        send(vm, "/prefer always agree with me");
        assertTrue(last(vm).text().contains("rejected, global.dimension.agreement"), last(vm).text());
        send(vm, "/forget verbosity");
        assertTrue(last(vm).text().toLowerCase(java.util.Locale.ROOT).contains("forgot verbosity"), last(vm).text());
        send(vm, "/prefer");
        assertTrue(last(vm).text().startsWith("Usage: /prefer"));
        send(vm, "/forget p1");
        assertTrue(last(vm).text().contains("no profile item p1"));
        send(vm, "/raw");
        assertTrue(last(vm).text().startsWith("Usage: /raw"));
        send(vm, "/nonsense");
        assertEquals("Unknown command /nonsense; /help lists the commands.", last(vm).text());
    }

    @Test
    void incognito_togglesTheLearningStateShownInTheStatusBar() {
        ChatViewModel vm = ready(engine());
        assertEquals(ProfileView.Learning.ON, vm.snapshot().profile().learning());
        send(vm, "/incognito");
        assertEquals(ProfileView.Learning.INCOGNITO, vm.snapshot().profile().learning());
        send(vm, "/prefer keep it short");
        assertTrue(last(vm).text().contains("incognito"), last(vm).text());
        assertTrue(vm.snapshot().profile().items().isEmpty(), "nothing learned while incognito");
        send(vm, "/incognito");
        assertEquals(ProfileView.Learning.ON, vm.snapshot().profile().learning());
    }

    @Test
    void raw_sendsTheMessageUnpersonalised_andLabelsTheReply() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "/raw hello");
        assertEquals(List.of("send hello (raw)"), actions.calls);
        assertEquals("ambit [unpersonalised]", last(vm).label());
    }

    @Test
    void panels_toggle_andEscapeClosesThem() {
        ChatViewModel vm = ready(new ScriptedActions());
        send(vm, "/why");
        assertEquals(ChatViewModel.Panel.WHY, vm.snapshot().panel());
        vm.togglePanel(ChatViewModel.Panel.HELP);
        assertEquals(ChatViewModel.Panel.HELP, vm.snapshot().panel());
        vm.escape();
        assertEquals(ChatViewModel.Panel.NONE, vm.snapshot().panel());
    }

    @Test
    void clear_emptiesThePaneAndTheConversationHistory() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        send(vm, "hi");
        send(vm, "/clear");
        assertEquals(1, vm.snapshot().entries().size());
        assertNull(vm.snapshot().lastReply());
        assertEquals(List.of("send hi", "clear"), actions.calls);
    }

    @Test
    void whileLoading_messagesWait_butQuitWorks() {
        ChatViewModel vm = new ChatViewModel(Runnable::run);
        vm.loading("model.gguf");
        send(vm, "hello");
        assertTrue(last(vm).text().startsWith("The model is still loading"));
        assertFalse(vm.quitRequested());
        send(vm, "/quit");
        assertTrue(vm.quitRequested());
    }

    @Test
    void multiLineInput_isSentAsOneMessage_andHistoryRecallsIt() {
        ScriptedActions actions = new ScriptedActions();
        ChatViewModel vm = ready(actions);
        vm.type("first line");
        vm.type("\n");
        vm.type("second line");
        vm.submit();
        assertEquals(List.of("send first line\nsecond line"), actions.calls);
        vm.edit(InputLine::previous);
        assertEquals("first line\nsecond line", vm.snapshot().input());
        vm.edit(InputLine::next);
        assertEquals("", vm.snapshot().input());
    }
}
