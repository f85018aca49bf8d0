package dev.ambit.cli.headless;

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

    /**
     * The event that precedes the reply to a message that stated preferences. It is written only after the
     * learner has committed what it learned, so it carries the same durable view as feedback and choices.
     */
    ObjectNode statement(int turn, List<Admission> learned) {
        ObjectNode e = event("statement", turn);
        e.set("candidates", AdmissionJson.toJson(learned));
        if (learner != null) {
            learnerView(e);
        }
        return e;
    }

    /** {@code {"type":"feedback","turn":N,"rating":"up|down","reason":...}}, its shape already checked. */
    ObjectNode feedback(HeadlessRequest.Feedback request, Map<Integer, String> replies) {
        if (learner == null) {
            return error("no_profile", "feedback needs a profile; this session has none");
        }
        if (!replies.containsKey(request.turn())) {
            return error("unknown_turn", "no reply with turn " + request.turn() + " in this session");
        }
        ReplyFeatures features = ReplyFeatures.of(replies.get(request.turn()));
        List<Admission> updates = learner.feedback(features, request.up(), request.reason(), request.turn());
        ObjectNode e = event("feedback", request.turn()).put("rating", request.rating());
        ObjectNode f = e.putObject("features");
        f.put("words", features.words()).put("bullet_lines", features.bulletLines()).put("emoji", features.emoji())
                .put("reading_grade", Math.round(features.readingGrade() * 10) / 10.0).put("language", features.language());
        e.set("updates", AdmissionJson.toJson(updates));
        learnerView(e);
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
    ObjectNode choose(HeadlessRequest.Choose request) {
        if (learner == null) {
            return error("no_profile", "choose needs a profile; this session has none");
        }
        int turn = request.turn();
        Comparison c = comparisons.remove(turn);
        if (c == null) {
            return error("unknown_turn", "no comparison for turn " + turn + ": send {\"type\":\"command\",\"name\":\"compare\"} first");
        }
        Optional<Admission> stored = learner.choose(c, request.pickedA(), turn);
        ObjectNode e = event("choice", turn).put("dimension", c.dimension().id())
                .put("picked", request.pickedA() ? c.a() : c.b());
        e.set("updates", AdmissionJson.toJson(stored.map(List::of).orElse(List.of())));
        learnerView(e);
        return e;
    }

    /**
     * {@code {"type":"command","name":"consent","fact":NAME}}: the user explicitly confirms a needs-consent fact,
     * which is then stored if the bounds allow it with consent.
     */
    ObjectNode consent(HeadlessRequest.Consent request, int turn) {
        if (learner == null) {
            return error("no_profile", "consent needs a profile; this session has none");
        }
        String fact = request.fact();
        Optional<Admission> confirmed = learner.confirm(fact, turn);
        if (confirmed.isEmpty()) {
            return error("unknown_fact", "no fact \"" + fact + "\" is waiting for consent");
        }
        ObjectNode e = event("consent", turn);
        e.set("updates", AdmissionJson.toJson(List.of(confirmed.get())));
        return e;
    }

    /**
     * The learner's state after this event: {@code profile}, the current value and confidence of each comparable
     * dimension that has one, and {@code evidence}, how many observations it holds per dimension that has any.
     * The evidence only grows and is committed before the event is written, so a client (or the crash test) can
     * check that the store holds at least this state.
     */
    private void learnerView(ObjectNode e) {
        ObjectNode p = e.putObject("profile");
        ObjectNode evidence = e.putObject("evidence");
        for (Dimension d : PreferenceLearner.COMPARABLE) {
            learner.profile().value(d).ifPresent(v -> p.putObject(d.id()).put("value", v)
                    .put("confidence", Math.round(learner.confidence(d) * 1000) / 1000.0));
        }
        for (Dimension d : Dimension.values()) {
            int n = learner.evidence(d);
            if (n > 0) {
                evidence.put(d.id(), n);
            }
        }
    }

    private static ObjectNode error(String code, String message) {
        return ReplyJson.MAPPER.createObjectNode().put("type", "error").put("code", code.toLowerCase(Locale.ROOT))
                .put("message", message);
    }
}
