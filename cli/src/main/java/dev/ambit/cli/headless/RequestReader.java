package dev.ambit.cli.headless;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.ambit.cli.json.ReplyJson;
import java.util.Optional;

/**
 * Reads one headless input line into a {@link HeadlessRequest}. Kept apart from the session, which needs a
 * model, so that the parsing of untrusted lines can be fuzzed on its own ({@code RequestReaderFuzzTest}).
 *
 * <p>Contract: returns a request or throws {@link ProtocolException}; nothing else escapes, whatever the line.
 */
public final class RequestReader {
    /**
     * Strict about what follows the object: Jackson's default reads the first value of
     * {@code {...}{...}} and drops the rest, which would answer one of two events and silently lose the other.
     */
    private static final ObjectReader LINE = ReplyJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final String TYPES = "message, command, feedback or choose";

    private RequestReader() {}

    public static HeadlessRequest read(String line) {
        JsonNode node;
        try {
            node = LINE.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("bad_json", "the line is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw badEvent("each line must be a JSON object with a \"type\"");
        }
        String type = node.path("type").asText("");
        return switch (type) {
            case "message" -> new HeadlessRequest.Message(
                    text(node, "a message event needs a \"text\" string"), node.path("unpersonalised").asBoolean(false));
            case "command" -> command(node);
            case "feedback" -> feedback(node);
            case "choose" -> choose(node);
            case "" -> throw badEvent("the event has no \"type\" (expected " + TYPES + ")");
            default -> throw new ProtocolException("unknown_type", "unknown event type \"" + type + "\" (expected " + TYPES + ")");
        };
    }

    private static HeadlessRequest command(JsonNode node) {
        String name = node.path("name").asText("");
        return switch (name) {
            case "clear" -> new HeadlessRequest.Clear();
            case "remember" -> new HeadlessRequest.Remember(text(node, "a remember command needs a \"text\" string"));
            case "compare" -> new HeadlessRequest.Compare();
            case "consent" -> {
                String fact = node.path("fact").asText("");
                if (fact.isEmpty()) {
                    throw badEvent("a consent command needs the \"fact\" to confirm, e.g. \"condition\"");
                }
                yield new HeadlessRequest.Consent(fact);
            }
            case "" -> throw badEvent("a command event needs a \"name\"");
            default -> throw new ProtocolException("unknown_command", "unknown command \"" + name + "\"");
        };
    }

    private static HeadlessRequest feedback(JsonNode node) {
        int turn = turn(node).orElseThrow(() -> badEvent("a feedback event needs a \"turn\" number (a reply's turn)"));
        String rating = node.path("rating").asText("");
        if (!rating.equals("up") && !rating.equals("down")) {
            throw badEvent("\"rating\" must be \"up\" or \"down\", got \"" + rating + "\"");
        }
        JsonNode reason = node.get("reason");
        if (reason != null && !reason.isNull() && !reason.isTextual()) {
            throw badEvent("\"reason\" must be a string when given");
        }
        return new HeadlessRequest.Feedback(turn, rating.equals("up"), reason == null || reason.isNull() ? null : reason.asText());
    }

    private static HeadlessRequest choose(JsonNode node) {
        int turn = turn(node).orElseThrow(() -> badEvent("a choose event needs a \"turn\" number (the turn that was compared)"));
        String pick = node.path("pick").asText("");
        if (!pick.equals("a") && !pick.equals("b")) {
            throw badEvent("\"pick\" must be \"a\" or \"b\", got \"" + pick + "\"");
        }
        return new HeadlessRequest.Choose(turn, pick.equals("a"));
    }

    private static String text(JsonNode node, String problem) {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw badEvent(problem);
        }
        return text.asText();
    }

    private static Optional<Integer> turn(JsonNode node) {
        JsonNode t = node.get("turn");
        return t != null && t.canConvertToInt() && t.isIntegralNumber() && t.asInt() > 0 ? Optional.of(t.asInt()) : Optional.empty();
    }

    private static ProtocolException badEvent(String message) {
        return new ProtocolException("bad_event", message);
    }
}
