package dev.ambit.cli.tui;

import dev.ambit.engine.Assistant;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.Reply;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Policy;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.ProfileItem;
import dev.ambit.engine.prefs.ReplyFeatures;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chat actions on the real engine: turns, and the tier-3 learner for thumbs, picks, stated preferences,
 * forgetting and consent. With an unlocked store the learner writes to it (the profile survives the chat); without
 * one it learns for this chat only and says so. Incognito applies the profile but learns and writes nothing.
 */
public final class EngineChatActions implements ChatActions {
    private static final String INCOGNITO = "incognito: nothing from this chat is learned or kept";

    private final Assistant assistant;
    private final Conversation conversation;
    private final PreferenceLearner learner;
    private final boolean persistent;
    private final Supplier<Sampling> sampling;
    private volatile boolean incognito;

    public EngineChatActions(Assistant assistant, Supplier<Sampling> sampling) {
        this(assistant, sampling, false);
    }

    /** @param incognito start incognito ({@code ambit chat --incognito}) */
    public EngineChatActions(Assistant assistant, Supplier<Sampling> sampling, boolean incognito) {
        this.assistant = assistant;
        this.conversation = assistant.newConversation();
        Optional<PreferenceLearner> stored = incognito ? Optional.empty() : assistant.learner();
        this.persistent = stored.isPresent();
        // Incognito from the start never touches the store's learner: a detached copy cannot write.
        this.learner = stored.orElseGet(assistant::detachedLearner);
        this.conversation.personalise(learner);
        this.sampling = sampling;
        this.incognito = incognito;
        this.conversation.incognito(incognito);
    }

    @Override
    public Reply send(String text, boolean unpersonalised, TokenSink sink) {
        return conversation.send(text, new TurnOptions(sampling.get(), unpersonalised), sink);
    }

    @Override
    public Compared compare(String text, TokenSink personalised, TokenSink unpersonalised) {
        // Fresh conversations keep the comparison out of the real history; the message was learned from already.
        Sampling shared = sampling.get();
        Conversation with = assistant.newConversation();
        with.personalise(learner);
        with.incognito(true);
        Reply a = with.send(text, new TurnOptions(shared, false), personalised);
        Reply b = assistant.newConversation().send(text, new TurnOptions(shared, true), unpersonalised);
        return new Compared(a, b);
    }

    @Override
    public void clear() {
        conversation.clear();
    }

    @Override
    public Outcome rate(Reply reply, Rating rating, String reason) {
        Optional<String> blocked = blocked();
        if (blocked.isPresent()) {
            return new Outcome(false, "marked on screen only: " + blocked.get());
        }
        List<Admission> updates = learner.feedback(ReplyFeatures.of(reply.text()), rating == Rating.GOOD,
                reason == null || reason.isBlank() ? null : reason, conversation.turns());
        return new Outcome(true, updates.isEmpty()
                ? "noted" + kept() + "; not sure enough yet to change your profile"
                : "learned" + kept() + ": " + describe(updates));
    }

    @Override
    public Outcome choose(Reply chosen, Reply rejected) {
        Optional<String> blocked = blocked();
        if (blocked.isPresent()) {
            return new Outcome(false, "your pick is shown, but nothing was learned from it: " + blocked.get());
        }
        // The pick is a thumbs up for the kept reply and a thumbs down for the other, by their features.
        List<Admission> up = learner.feedback(ReplyFeatures.of(chosen.text()), true, null, conversation.turns());
        List<Admission> down = learner.feedback(ReplyFeatures.of(rejected.text()), false, null, conversation.turns());
        List<Admission> all = new java.util.ArrayList<>(up);
        all.addAll(down);
        return new Outcome(true, all.isEmpty() ? "noted" + kept() + "; not sure enough yet to change your profile"
                : "learned" + kept() + ": " + describe(all));
    }

    @Override
    public Outcome prefer(String statement) {
        Optional<String> blocked = blocked();
        if (blocked.isPresent()) {
            return new Outcome(false, "nothing was learned from \"" + statement + "\": " + blocked.get());
        }
        List<Admission> admissions = learner.learn(statement, conversation.turns());
        if (admissions.isEmpty()) {
            return new Outcome(false, "no preference found in \"" + statement + "\"");
        }
        boolean stored = admissions.stream().anyMatch(Admission::storable);
        return new Outcome(stored, describe(admissions) + (stored ? kept() : ""));
    }

    @Override
    public Outcome forget(String id) {
        String key = id.strip();
        boolean removed = key.contains(":") ? learner.profile().forget(key)
                : learner.profile().forget("dimension:" + key) || learner.profile().forget("fact:" + key);
        return removed ? new Outcome(true, "forgot " + key + (persistent ? " (erased from the store)" : ""))
                : new Outcome(false, "there is no profile item " + key + " to forget (/profile lists them)");
    }

    @Override
    public Outcome incognito(boolean on) {
        incognito = on;
        conversation.incognito(on);
        return new Outcome(true, on ? "incognito on: nothing from this chat will be learned or kept" : "incognito off");
    }

    @Override
    public ProfileView profile() {
        List<ProfileView.Item> items = learner.profile().items().stream().map(EngineChatActions::item).toList();
        ProfileView.Learning learning = incognito ? ProfileView.Learning.INCOGNITO
                : learner.paused() ? ProfileView.Learning.PAUSED : ProfileView.Learning.ON;
        String note = persistent ? "Kept encrypted in your store; /forget ID erases an item."
                : "Kept for this chat only: there is no unlocked store ('ambit init' creates one).";
        if (items.isEmpty()) {
            note = "Your profile is empty: say what you prefer (/prefer keep it short) or rate replies. " + note;
        }
        return new ProfileView(learning, items, note);
    }

    @Override
    public List<ConsentRequest> pendingConsents() {
        var waiting = learner.awaitingConsent();
        return conversation.lastAdmissions().stream()
                .filter(a -> a.status() == Admission.Status.NEEDS_CONSENT && waiting.containsKey(a.candidate().name()))
                .map(a -> new ConsentRequest(a.candidate().name(),
                        a.candidate().category() == null ? "personal" : a.candidate().category().id(),
                        a.candidate().name().replace('_', ' ') + ": " + a.value(),
                        a.bound().id() + " (tier " + a.bound().tier() + ", " + a.bound().source() + ")"))
                .toList();
    }

    @Override
    public Outcome answerConsent(ConsentRequest request, boolean granted) {
        if (!granted || incognito) {
            learner.decline(request.id());
            return new Outcome(false, "not remembered: " + request.fact());
        }
        return learner.confirm(request.id(), conversation.turns())
                .filter(Admission::storable)
                .map(a -> new Outcome(true, "remembered with your consent" + kept() + ": " + request.fact()))
                .orElseGet(() -> new Outcome(false, "not remembered: " + request.fact()
                        + (learner.paused() ? " (learning is paused)" : "")));
    }

    @Override
    public TierSummary tiers() {
        EffectivePolicy bounds = assistant.guard().policy();
        Optional<String> organisation = bounds.tiers().stream().filter(p -> p.tier() == 2).reduce((a, b) -> b).map(Policy::title);
        return new TierSummary(Optional.of(bounds.jurisdiction().toUpperCase(Locale.ROOT)), organisation);
    }

    /** Why nothing may be learned now, if so. */
    private Optional<String> blocked() {
        if (incognito) {
            return Optional.of(INCOGNITO);
        }
        if (learner.paused()) {
            return Optional.of("learning is paused ('ambit profile resume' turns it back on)");
        }
        return Optional.empty();
    }

    private String kept() {
        return persistent ? "" : " (this chat only)";
    }

    private static String describe(List<Admission> admissions) {
        return String.join("; ", admissions.stream().map(a -> a.candidate().name() + " = " + a.value() + " ("
                + a.status().wireName() + (a.bound() == null ? "" : ", " + a.bound().id()) + ")").toList());
    }

    private static ProfileView.Item item(ProfileItem i) {
        return new ProfileView.Item(i.id(), i.kind() == ProfileItem.Kind.FACT ? "fact " + i.name() : i.name(), i.value(),
                i.provenance().confidence(), i.provenance().describe());
    }
}
