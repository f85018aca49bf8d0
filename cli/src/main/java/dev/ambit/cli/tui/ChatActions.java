package dev.ambit.cli.tui;

import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.TokenSink;
import java.util.List;

/**
 * What the chat screen asks of the assistant. One method per user action, so each feature of the engine
 * (feedback, preference learning, forgetting, consent) plugs in here as it lands, and the screen stays honest
 * about what a build can do: an action the engine cannot perform answers with an {@link Outcome} that says so.
 *
 * <p>{@link #send}, {@link #compare}, {@link #clear} and {@link #pendingConsents} are called on the chat's worker
 * thread, one at a time; the other methods on the screen thread, never while a generation runs.
 */
public interface ChatActions {
    /** One turn of the conversation, streamed to {@code sink}; kept as history for the next turn. */
    Reply send(String text, boolean unpersonalised, TokenSink sink);

    /**
     * The same message answered twice beside the conversation (not kept as history): with the profile, then
     * without it, with one seed so that the two differ only by the profile.
     */
    Compared compare(String text, TokenSink personalised, TokenSink unpersonalised);

    /** Forgets the conversation's earlier turns. */
    void clear();

    /** Thumbs up or down on a reply, with an optional reason (may be empty). */
    Outcome rate(Reply reply, Rating rating, String reason);

    /** The user's pick between two replies to the same message. */
    Outcome choose(Reply chosen, Reply rejected);

    /** An explicit preference statement such as "keep it short". */
    Outcome prefer(String statement);

    /** Forgets one profile item by its id. */
    Outcome forget(String id);

    /** Turns incognito on or off: nothing of an incognito chat is learned or kept. */
    Outcome incognito(boolean on);

    /** The profile as the user may read it. */
    ProfileView profile();

    /** Requests for consent raised by the last turn (special-category facts), oldest first. */
    List<ConsentRequest> pendingConsents();

    /** The user's answer to one consent request. */
    Outcome answerConsent(ConsentRequest request, boolean granted);

    /** The bounds in force, for the banner and the status bar. */
    TierSummary tiers();

    /** The two answers of {@link #compare}. */
    record Compared(Reply personalised, Reply unpersonalised) {
        public Compared {
            java.util.Objects.requireNonNull(personalised, "personalised");
            java.util.Objects.requireNonNull(unpersonalised, "unpersonalised");
        }
    }

    /** Thumbs up or down. */
    enum Rating { GOOD, BAD }

    /**
     * The result of an action, told to the user.
     *
     * @param done whether the action took effect
     * @param message one or two sentences for the user, true in this build
     */
    record Outcome(boolean done, String message) {
        public Outcome {
            java.util.Objects.requireNonNull(message, "message");
        }
    }
}
