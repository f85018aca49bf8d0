package dev.ambit.cli.tui;

import dev.ambit.engine.Assistant;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.Reply;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Policy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chat actions this build of the engine can perform: conversation turns. Feedback, preference learning,
 * forgetting and consent are not in the engine yet; each says so instead of pretending, and is the place to
 * wire the engine's feature in when it lands.
 */
public final class EngineChatActions implements ChatActions {
    private static final String NO_LEARNING = "preference learning is not available in this build";

    private final Assistant assistant;
    private final Conversation conversation;
    private final Supplier<Sampling> sampling;
    private volatile boolean incognito;

    public EngineChatActions(Assistant assistant, Supplier<Sampling> sampling) {
        this.assistant = assistant;
        this.conversation = assistant.newConversation();
        this.sampling = sampling;
    }

    @Override
    public Reply send(String text, boolean unpersonalised, TokenSink sink) {
        return conversation.send(text, new TurnOptions(sampling.get(), unpersonalised), sink);
    }

    @Override
    public Compared compare(String text, TokenSink personalised, TokenSink unpersonalised) {
        // Fresh conversations keep the comparison out of the real history (and answer without it).
        Sampling shared = sampling.get();
        Reply with = assistant.newConversation().send(text, new TurnOptions(shared, false), personalised);
        Reply without = assistant.newConversation().send(text, new TurnOptions(shared, true), unpersonalised);
        return new Compared(with, without);
    }

    @Override
    public void clear() {
        conversation.clear();
    }

    @Override
    public Outcome rate(Reply reply, Rating rating, String reason) {
        return new Outcome(false, "marked on screen only: feedback is not stored, " + NO_LEARNING);
    }

    @Override
    public Outcome choose(Reply chosen, Reply rejected) {
        return new Outcome(false, "your pick is shown, but nothing was learned from it: " + NO_LEARNING);
    }

    @Override
    public Outcome prefer(String statement) {
        return new Outcome(false, "nothing was learned from \"" + statement + "\": " + NO_LEARNING);
    }

    @Override
    public Outcome forget(String id) {
        return new Outcome(false, "there is no profile item " + id + " to forget: " + NO_LEARNING);
    }

    @Override
    public Outcome incognito(boolean on) {
        incognito = on;
        return new Outcome(true, on
                ? "incognito on: nothing from this chat will be learned or kept"
                        + " (this build keeps no chat records at all)"
                : "incognito off");
    }

    @Override
    public ProfileView profile() {
        return new ProfileView(incognito ? ProfileView.Learning.INCOGNITO : ProfileView.Learning.UNAVAILABLE, List.of(),
                "Your profile is empty: " + NO_LEARNING + ", so no replies are personalised.");
    }

    @Override
    public List<ConsentRequest> pendingConsents() {
        // Without preference learning nothing is remembered, so nothing needs consent.
        return List.of();
    }

    @Override
    public Outcome answerConsent(ConsentRequest request, boolean granted) {
        return new Outcome(false, "nothing was remembered: " + NO_LEARNING);
    }

    @Override
    public TierSummary tiers() {
        EffectivePolicy bounds = assistant.guard().policy();
        Optional<String> organisation = bounds.tiers().stream().filter(p -> p.tier() == 2).reduce((a, b) -> b).map(Policy::title);
        return new TierSummary(Optional.of(bounds.jurisdiction().toUpperCase(Locale.ROOT)), organisation);
    }
}
