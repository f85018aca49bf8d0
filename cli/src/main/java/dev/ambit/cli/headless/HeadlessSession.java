package dev.ambit.cli.headless;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.AmbitException;
import dev.ambit.engine.Assistant;
import dev.ambit.engine.ComparedReplies;
import dev.ambit.engine.Conversation;
import dev.ambit.engine.Reply;
import dev.ambit.engine.TurnOptions;
import dev.ambit.engine.inference.Sampling;
import dev.ambit.engine.inference.TokenSink;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.PreferenceLearner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON-lines protocol of {@code ambit chat --headless}: one event per line in, one or more per line out,
 * and every input line gets exactly one final answer (a reply, a command result, or an error). A bad line is
 * answered with an error event and the session goes on; end of input ends it.
 */
public final class HeadlessSession {
    private final Assistant assistant;
    private final Supplier<Sampling> sampling;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean stream;
    private final Conversation conversation;
    private PreferenceEvents preferences;
    private final Map<Integer, String> replies = new HashMap<>();

    public HeadlessSession(Assistant assistant, Supplier<Sampling> sampling, BufferedReader in, PrintWriter out, boolean stream) {
        this(assistant, sampling, in, out, stream, assistant.learner().orElse(null));
    }

    /**
     * @param learner the tier-3 learner for this session (feedback, choose and compare need one); null for none
     */
    public HeadlessSession(Assistant assistant, Supplier<Sampling> sampling, BufferedReader in, PrintWriter out, boolean stream,
            PreferenceLearner learner) {
        this.assistant = assistant;
        this.sampling = sampling;
        this.in = in;
        this.out = out;
        this.stream = stream;
        this.conversation = assistant.newConversation();
        this.conversation.personalise(learner);
        this.preferences = new PreferenceEvents(learner);
    }

    /**
     * Incognito ({@code chat --headless --incognito}): the profile is applied, but nothing is learned from the
     * messages and feedback, choices and consent are refused with {@code no_profile}.
     */
    public HeadlessSession incognito() {
        conversation.incognito(true);
        preferences = new PreferenceEvents(null);
        return this;
    }

    public void run() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            handle(line);
        }
    }

    private void handle(String line) {
        HeadlessRequest request;
        try {
            request = RequestReader.read(line);
        } catch (ProtocolException e) {
            emit(error(e.code(), e.getMessage()));
            return;
        }
        // Java 17 has no pattern switch; the reader returns exactly these kinds.
        if (request instanceof HeadlessRequest.Message m) {
            message(m);
        } else if (request instanceof HeadlessRequest.Clear) {
            conversation.clear();
            emit(event("done").put("command", "clear"));
        } else if (request instanceof HeadlessRequest.Remember r) {
            remember(r);
        } else if (request instanceof HeadlessRequest.Compare) {
            compare();
        } else if (request instanceof HeadlessRequest.Consent c) {
            emit(preferences.consent(c, conversation.turns()));
        } else if (request instanceof HeadlessRequest.Feedback f) {
            emit(preferences.feedback(f, replies));
        } else if (request instanceof HeadlessRequest.Choose c) {
            emit(preferences.choose(c));
        }
    }

    private void message(HeadlessRequest.Message message) {
        try {
            Sampling s = sampling.get();
            TokenSink sink = stream ? piece -> {
                emit(event("token").put("text", piece));
                return true;
            } : TokenSink.DISCARD;
            // "unpersonalised": true answers without the tier-3 profile, so a script can compare (the /raw of chat).
            Reply reply = conversation.send(message.text(), new TurnOptions(s, message.unpersonalised()), sink);
            int turn = conversation.turns();
            replies.put(turn, reply.text());
            List<Admission> learned = conversation.lastAdmissions();
            if (!learned.isEmpty()) {
                emit(preferences.statement(turn, learned));
            }
            ObjectNode json = ReplyJson.toJson(reply, s.seed());
            ObjectNode event = event("reply");
            event.put("turn", turn);
            event.setAll(json);
            emit(event);
        } catch (AmbitException e) {
            emit(error(e.failure().name().toLowerCase(Locale.ROOT), e.getMessage()));
        }
    }

    /** Answers "remembered" only after the store has durably committed the fact. */
    private void remember(HeadlessRequest.Remember request) {
        if (assistant.profile().isEmpty()) {
            emit(error("no_store", "no unlocked store: create one with 'ambit init' and give its passphrase"));
            return;
        }
        try {
            long id = assistant.profile().get().remember(request.text()).id();
            emit(event("remembered").put("id", id));
        } catch (AmbitException e) {
            emit(error(e.failure().name().toLowerCase(Locale.ROOT), e.getMessage()));
        }
    }

    private void compare() {
        if (!preferences.learning()) {
            emit(error("no_profile", "compare needs a profile; this session has none"));
            return;
        }
        try {
            ComparedReplies pair = conversation.compare(TurnOptions.of(sampling.get()));
            emit(preferences.compared(conversation.turns(), pair));
        } catch (AmbitException e) {
            emit(error(e.failure().name().toLowerCase(Locale.ROOT), e.getMessage()));
        }
    }

    private ObjectNode event(String type) {
        return ReplyJson.MAPPER.createObjectNode().put("type", type);
    }

    private ObjectNode error(String code, String message) {
        return event("error").put("code", code).put("message", message);
    }

    private void emit(ObjectNode event) {
        out.println(event.toString());
        out.flush();
    }
}
