package dev.ambit.engine.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a profile item came from, so "why do you think I prefer that?" has an answer.
 *
 * @param source statement, model (a statement read by the optional model-based extractor), feedback, choice or
 *     set (the user set it directly)
 * @param turn the conversation turn of the latest evidence; 0 outside a conversation (e.g. {@code profile learn})
 * @param time when the latest evidence arrived
 * @param evidenceCount how many pieces of evidence shaped the item, at least 1
 * @param confidence the learner's confidence in [0, 1]
 * @param evidence the user's words behind the latest update (empty for thumbs and choices)
 */
public record Provenance(String source, int turn, Instant time, int evidenceCount, double confidence, String evidence) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(evidence, "evidence");
        if (turn < 0) {
            throw new IllegalArgumentException("turn must be >= 0, got " + turn);
        }
        if (evidenceCount < 1) {
            throw new IllegalArgumentException("evidenceCount must be >= 1, got " + evidenceCount);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode()
                .put("source", source)
                .put("turn", turn)
                .put("time", time.toString())
                .put("evidence_count", evidenceCount)
                .put("confidence", Math.round(confidence * 1000) / 1000.0)
                .put("evidence", evidence);
        return node.toString();
    }

    /** Reads what {@link #toJson} wrote; a damaged record is an {@link IllegalArgumentException} naming the field. */
    public static Provenance fromJson(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("provenance is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("provenance must be a JSON object, got " + json);
        }
        try {
            return new Provenance(text(node, "source"), node.path("turn").asInt(0), Instant.parse(text(node, "time")),
                    node.path("evidence_count").asInt(1), node.path("confidence").asDouble(1), node.path("evidence").asText(""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("provenance time is not an ISO instant: " + node.path("time"), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("provenance field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    /** A one-line explanation for {@code profile explain}. */
    public String describe() {
        return String.format(Locale.ROOT, "from %s%s at %s, %d piece%s of evidence, confidence %.2f%s", source,
                turn > 0 ? " in turn " + turn : "", time, evidenceCount, evidenceCount == 1 ? "" : "s", confidence,
                evidence.isEmpty() ? "" : ": \"" + evidence + "\"");
    }
}
