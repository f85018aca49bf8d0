package dev.ambit.cli.headless;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.cli.json.AdmissionJson;
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
        JsonNode node;
        try {
            node = ReplyJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            emit(error("bad_json", "the line is not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            emit(error("bad_event", "each line must be a JSON object with a \"type\""));
            return;
        }
        String type = node.path("type").asText("");
        switch (type) {
            case "message" -> message(node);
            case "command" -> command(node);
            case "feedback" -> emit(preferences.feedback(node, replies));
            case "choose" -> emit(preferences.choose(node));
            case "" -> emit(error("bad_event", "the event has no \"type\" (expected " + TYPES + ")"));
            default -> emit(error("unknown_type", "unknown event type \"" + type + "\" (expected " + TYPES + ")"));
        }
    }

    private void message(JsonNode node) {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            emit(error("bad_event", "a message event needs a \"text\" string"));
            return;
        }
        try {
            Sampling s = sampling.get();
            TokenSink sink = stream ? piece -> {
                emit(event("token").put("text", piece));
                return true;
            } : TokenSink.DISCARD;
            // "unpersonalised": true answers without the tier-3 profile, so a script can compare (the /raw of chat).
            boolean raw = node.path("unpersonalised").asBoolean(false);
            Reply reply = conversation.send(text.asText(), new TurnOptions(s, raw), sink);
            int turn = conversation.turns();
            replies.put(turn, reply.text());
            List<Admission> learned = conversation.lastAdmissions();
            if (!learned.isEmpty()) {
                ObjectNode pref = preferences.event("statement", turn);
                pref.set("candidates", AdmissionJson.toJson(learned));
                emit(pref);
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

    private void command(JsonNode node) {
        String name = node.path("name").asText("");
        switch (name) {
            case "clear" -> {
                conversation.clear();
                emit(event("done").put("command", "clear"));
            }
            case "remember" -> remember(node);
            case "compare" -> compare();
            case "consent" -> emit(preferences.consent(node, conversation.turns()));
            case "" -> emit(error("bad_event", "a command event needs a \"name\""));
            default -> emit(error("unknown_command", "unknown command \"" + name + "\""));
        }
    }

    /** Answers "remembered" only after the store has durably committed the fact. */
    private void remember(JsonNode node) {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            emit(error("bad_event", "a remember command needs a \"text\" string"));
            return;
        }
        if (assistant.profile().isEmpty()) {
            emit(error("no_store", "no unlocked store: create one with 'ambit init' and give its passphrase"));
            return;
        }
        try {
            long id = assistant.profile().get().remember(text.asText()).id();
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

    private static final String TYPES = "message, command, feedback or choose";

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
