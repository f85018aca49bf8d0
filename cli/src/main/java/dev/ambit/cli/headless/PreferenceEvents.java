package dev.ambit.cli.headless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.cli.json.AdmissionJson;
import dev.ambit.cli.json.ReplyJson;
import dev.ambit.engine.ComparedReplies;
import dev.ambit.engine.prefs.Admission;
import dev.ambit.engine.prefs.Comparison;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.prefs.PreferenceLearner;
import dev.ambit.engine.prefs.ReplyFeatures;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The preference side of the headless protocol: {@code feedback} and {@code choose} events in, {@code preference}
 * events out. Every answer is one event: a preference event, or an error naming what was wrong with the line.
 */
final class PreferenceEvents {
    private final PreferenceLearner learner;
    private final Map<Integer, Comparison> comparisons = new HashMap<>();

    PreferenceEvents(PreferenceLearner learner) {
        this.learner = learner;
    }

    boolean learning() {
        return learner != null;
    }

    ObjectNode event(String source, int turn) {
        ObjectNode e = ReplyJson.MAPPER.createObjectNode().put("type", "preference").put("source", source).put("turn", turn);
        e.put("persisted", learner != null && learner.profile().repository().persistent() && !learner.paused());
        return e;
    }

    /** {@code {"type":"feedback","turn":N,"rating":"up|down","reason":...}}. */
    ObjectNode feedback(JsonNode node, Map<Integer, String> replies) {
        if (learner == null) {
            return error("no_profile", "feedback needs a profile; this session has none");
        }
        Optional<Integer> turn = turn(node);
        String rating = node.path("rating").asText("");
        JsonNode reason = node.get("reason");
        if (turn.isEmpty()) {
            return error("bad_event", "a feedback event needs a \"turn\" number (a reply's turn)");
        }
        if (!replies.containsKey(turn.get())) {
            return error("unknown_turn", "no reply with turn " + turn.get() + " in this session");
        }
        if (!rating.equals("up") && !rating.equals("down")) {
            return error("bad_event", "\"rating\" must be \"up\" or \"down\", got \"" + rating + "\"");
        }
        if (reason != null && !reason.isNull() && !reason.isTextual()) {
            return error("bad_event", "\"reason\" must be a string when given");
        }
        ReplyFeatures features = ReplyFeatures.of(replies.get(turn.get()));
        String why = reason == null || reason.isNull() ? null : reason.asText();
        List<Admission> updates = learner.feedback(features, rating.equals("up"), why, turn.get());
        ObjectNode e = event("feedback", turn.get()).put("rating", rating);
        ObjectNode f = e.putObject("features");
        f.put("words", features.words()).put("bullet_lines", features.bulletLines()).put("emoji", features.emoji())
                .put("reading_grade", Math.round(features.readingGrade() * 10) / 10.0).put("language", features.language());
        e.set("updates", AdmissionJson.toJson(updates));
        e.set("profile", profile());
        return e;
    }

    /** The answer to {@code compare}: both replies, remembered under {@code turn} for the {@code choose} event. */
    ObjectNode compared(int turn, ComparedReplies pair) {
        Comparison c = pair.comparison();
        comparisons.put(turn, c);
        ObjectNode e = event("compare", turn).put("dimension", c.dimension().id())
                .put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
        e.putObject("a").put("value", c.a()).put("text", pair.a().text());
        e.putObject("b").put("value", c.b()).put("text", pair.b().text());
        return e;
    }

    /** {@code {"type":"choose","turn":N,"pick":"a|b"}}, after a compare on that turn. */
    ObjectNode choose(JsonNode node) {
        if (learner == null) {
            return error("no_profile", "choose needs a profile; this session has none");
        }
        Optional<Integer> turn = turn(node);
        String pick = node.path("pick").asText("");
        if (turn.isEmpty()) {
            return error("bad_event", "a choose event needs a \"turn\" number (the turn that was compared)");
        }
        Comparison c = comparisons.get(turn.get());
        if (c == null) {
            return error("unknown_turn", "no comparison for turn " + turn.get() + ": send {\"type\":\"command\",\"name\":\"compare\"} first");
        }
        if (!pick.equals("a") && !pick.equals("b")) {
            return error("bad_event", "\"pick\" must be \"a\" or \"b\", got \"" + pick + "\"");
        }
        comparisons.remove(turn.get());
        Optional<Admission> stored = learner.choose(c, pick.equals("a"), turn.get());
        ObjectNode e = event("choice", turn.get()).put("dimension", c.dimension().id())
                .put("picked", pick.equals("a") ? c.a() : c.b());
        e.set("updates", AdmissionJson.toJson(stored.map(List::of).orElse(List.of())));
        e.set("profile", profile());
        return e;
    }

    /**
     * {@code {"type":"command","name":"consent","fact":NAME}}: the user explicitly confirms a needs-consent fact,
     * which is then stored if the bounds allow it with consent.
     */
    ObjectNode consent(JsonNode node, int turn) {
        if (learner == null) {
            return error("no_profile", "consent needs a profile; this session has none");
        }
        String fact = node.path("fact").asText("");
        if (fact.isEmpty()) {
            return error("bad_event", "a consent command needs the \"fact\" to confirm, e.g. \"condition\"");
        }
        Optional<Admission> confirmed = learner.confirm(fact, turn);
        if (confirmed.isEmpty()) {
            return error("unknown_fact", "no fact \"" + fact + "\" is waiting for consent");
        }
        ObjectNode e = event("consent", turn);
        e.set("updates", AdmissionJson.toJson(List.of(confirmed.get())));
        return e;
    }

    /** The learner's current values and confidence for the comparable dimensions, with what is stored. */
    private ObjectNode profile() {
        ObjectNode p = ReplyJson.MAPPER.createObjectNode();
        for (Dimension d : PreferenceLearner.COMPARABLE) {
            learner.profile().value(d).ifPresent(v -> p.putObject(d.id()).put("value", v)
                    .put("confidence", Math.round(learner.confidence(d) * 1000) / 1000.0));
        }
        return p;
    }

    private static Optional<Integer> turn(JsonNode node) {
        JsonNode t = node.get("turn");
        return t != null && t.canConvertToInt() && t.isIntegralNumber() && t.asInt() > 0 ? Optional.of(t.asInt()) : Optional.empty();
    }

    private static ObjectNode error(String code, String message) {
        return ReplyJson.MAPPER.createObjectNode().put("type", "error").put("code", code.toLowerCase(Locale.ROOT))
                .put("message", message);
    }
}
