package dev.ambit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The requests of one {@link CrashSafetyTest} run: a random mix of every durable write the headless protocol
 * offers, in an order the protocol accepts (feedback names a turn that was answered, {@code choose} follows a
 * {@code compare}), so that every answer must be an acknowledgement and anything else is a failure.
 */
final class CrashScript {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Statements the rule extractor reads as one comparable dimension each, so each one is a learner write. */
    private static final List<String> STATEMENTS = List.of("Keep it short.", "Give me more detail.",
            "Be more casual.", "Be formal please.", "Use bullet points.", "No bullet points, write prose.",
            "Be more direct.", "Be more friendly.");
    private static final List<String> REASONS = List.of("too long", "too short", "nice", "not what I asked");

    /** What a request writes, which decides the answer that acknowledges it. */
    enum Kind {
        /** {@code remember}: answered {@code remembered} with the fact's id. */
        REMEMBER(true),
        /** A message stating a preference: a {@code statement} preference event, then the reply. */
        STATEMENT(true),
        /** {@code feedback} on an answered turn: a {@code feedback} preference event. */
        FEEDBACK(true),
        /** {@code compare}: writes nothing; its answer names the turn a {@code choose} picks on. */
        COMPARE(false),
        /** {@code choose} after a compare: a {@code choice} preference event. */
        CHOOSE(true);

        final boolean writes;

        Kind(boolean writes) {
            this.writes = writes;
        }
    }

    /** One input line; {@code fact} is the remembered text for {@link Kind#REMEMBER}, else null. */
    record Request(Kind kind, String line, String fact) {}

    private CrashScript() {}

    static List<Request> generate(Random random, int run, int size) {
        List<Request> requests = new ArrayList<>();
        int turns = 0;
        while (requests.size() < size) {
            // Messages and compares run the model (seconds each on a busy machine), so they are the rare kinds;
            // feedback re-rates any answered turn and costs no generation.
            int roll = random.nextInt(100);
            if (turns == 0 || roll < 5) {
                String text = STATEMENTS.get(random.nextInt(STATEMENTS.size())) + " Tell me a story.";
                requests.add(new Request(Kind.STATEMENT, line("message").put("text", text).toString(), null));
                turns++;
            } else if (roll < 8) {
                // compare answers the last message again; the choice is made on that turn.
                requests.add(new Request(Kind.COMPARE, line("command").put("name", "compare").toString(), null));
                requests.add(new Request(Kind.CHOOSE, line("choose").put("turn", turns)
                        .put("pick", random.nextBoolean() ? "a" : "b").toString(), null));
            } else if (roll < 40) {
                ObjectNode feedback = line("feedback").put("turn", 1 + random.nextInt(turns))
                        .put("rating", random.nextBoolean() ? "up" : "down");
                if (random.nextBoolean()) {
                    feedback.put("reason", REASONS.get(random.nextInt(REASONS.size())));
                }
                requests.add(new Request(Kind.FEEDBACK, feedback.toString(), null));
            } else {
                String text = "run " + run + " write " + requests.size() + " " + Long.toHexString(random.nextLong());
                requests.add(new Request(Kind.REMEMBER, line("command").put("name", "remember").put("text", text)
                        .toString(), text));
            }
        }
        return requests;
    }

    /**
     * Whether {@code event} ends the answer to a request: everything but streamed tokens and the statement event
     * that precedes a reply.
     */
    static boolean isFinal(JsonNode event) {
        String type = event.path("type").asText();
        return !type.equals("token")
                && !(type.equals("preference") && event.path("source").asText().equals("statement"));
    }

    /** The preference event of the answer whose source is {@code source}, or null. */
    static JsonNode preference(List<JsonNode> answer, String source) {
        for (JsonNode event : answer) {
            if (event.path("type").asText().equals("preference") && event.path("source").asText().equals(source)) {
                return event;
            }
        }
        return null;
    }

    private static ObjectNode line(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
