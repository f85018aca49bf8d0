package dev.ambit.cli.tui;

import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chat actions that answer with prepared replies and record what the screen asked for. For view-model tests of
 * engine features that land later (refusals with bounds, consent requests); the real engine path is tested
 * through {@link EngineChatActions} with the tiny model.
 */
class ScriptedActions implements ChatActions {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<ConsentRequest> consentsAfterNextTurn = new ArrayList<>();
    Verdict verdict = Verdict.allow();
    List<String> pieces = List.of(" Hello", " there", ".");
    TierSummary tiers = TierSummary.none();

    @Override
    public Reply send(String text, boolean unpersonalised, TokenSink sink) {
        calls.add("send " + text + (unpersonalised ? " (raw)" : ""));
        return answer(sink);
    }

    @Override
    public Compared compare(String text, TokenSink personalised, TokenSink unpersonalised) {
        calls.add("compare " + text);
        return new Compared(answer(personalised), answer(unpersonalised));
    }

    private Reply answer(TokenSink sink) {
        if (verdict.blocks()) {
            return new Reply(verdict.message(), verdict, List.of(), "scripted.gguf", null, "none");
        }
        StringBuilder text = new StringBuilder();
        int sent = 0;
        Generation.Stop stop = Generation.Stop.END;
        for (String piece : pieces) {
            text.append(piece);
            sent++;
            if (!sink.accept(piece)) {
                stop = Generation.Stop.CANCELLED;
                break;
            }
        }
        Generation g = new Generation(text.toString(), sent, 10, 1, 2, stop);
        return new Reply(text.toString().strip(), verdict, List.of(), "scripted.gguf", g, "none");
    }

    @Override
    public void clear() {
        calls.add("clear");
    }

    @Override
    public Outcome rate(Reply reply, Rating rating, String reason) {
        calls.add("rate " + rating + " " + reason);
        return new Outcome(true, "rated");
    }

    @Override
    public Outcome choose(Reply chosen, Reply rejected) {
        calls.add("choose " + chosen.text());
        return new Outcome(true, "chosen");
    }

    @Override
    public Outcome prefer(String statement) {
        calls.add("prefer " + statement);
        return new Outcome(true, "learned");
    }

    @Override
    public Outcome forget(String id) {
        calls.add("forget " + id);
        return new Outcome(true, "forgotten");
    }

    @Override
    public Outcome incognito(boolean on) {
        calls.add("incognito " + on);
        return new Outcome(true, "incognito " + on);
    }

    @Override
    public ProfileView profile() {
        return new ProfileView(ProfileView.Learning.ON, List.of(), "");
    }

    @Override
    public List<ConsentRequest> pendingConsents() {
        List<ConsentRequest> out = List.copyOf(consentsAfterNextTurn);
        consentsAfterNextTurn.clear();
        return out;
    }

    @Override
    public Outcome answerConsent(ConsentRequest request, boolean granted) {
        calls.add("consent " + request.id() + " " + granted);
        return new Outcome(granted, granted ? "remembered" : "not remembered");
    }

    @Override
    public TierSummary tiers() {
        return tiers;
    }
}
