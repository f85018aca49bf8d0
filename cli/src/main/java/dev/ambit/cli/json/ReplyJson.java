package dev.ambit.cli.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.engine.BestOfReplies;
import dev.ambit.engine.Reply;
import dev.ambit.engine.inference.Generation;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.prefs.AppliedPreference;

/** The JSON shape of a reply, shared by {@code ask --json} and the headless reply event. */
public final class ReplyJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ReplyJson() {}

    public static ObjectNode toJson(Reply reply, long seed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("text", reply.text());
        ObjectNode verdict = root.putObject("verdict");
        verdict.put("action", reply.verdict().action().wireName());
        ArrayNode bounds = verdict.putArray("bounds");
        for (BoundRef b : reply.verdict().bounds()) {
            bounds.addObject().put("id", b.id()).put("tier", b.tier()).put("category", b.category()).put("source", b.source());
        }
        if (!reply.verdict().message().isEmpty()) {
            verdict.put("message", reply.verdict().message());
        }
        ArrayNode prefs = root.putArray("preferences_applied");
        for (AppliedPreference p : reply.preferencesApplied()) {
            prefs.addObject().put("dimension", p.dimension()).put("value", p.value());
        }
        root.put("model", reply.model());
        root.put("profile", reply.profile());
        root.put("seed", seed);
        ObjectNode timing = root.putObject("timing");
        Generation g = reply.generation();
        if (g != null) {
            timing.put("first_token_ms", round(g.firstTokenMillis()));
            timing.put("tokens", g.tokens());
            timing.put("prompt_tokens", g.promptTokens());
            timing.put("tokens_per_s", round(g.tokensPerSecond()));
            timing.put("total_ms", round(g.totalMillis()));
            root.put("stop", g.stop().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            timing.put("first_token_ms", 0).put("tokens", 0).put("prompt_tokens", 0).put("tokens_per_s", 0);
        }
        return root;
    }

    /**
     * Adds {@code "best_of":{"n":N,"scores":[...],"chosen":I,"chosen_seed":S}} to a reply's JSON: each candidate's
     * fit to the profile (seed order; a refused input generates nothing and has one score) and which one was kept.
     */
    public static ObjectNode withBestOf(ObjectNode root, BestOfReplies best, int n, long seed) {
        ObjectNode node = root.putObject("best_of");
        node.put("n", n);
        ArrayNode scores = node.putArray("scores");
        best.scores().forEach(s -> scores.add(Math.round(s * 1000) / 1000.0));
        node.put("chosen", best.chosen());
        node.put("chosen_seed", Math.floorMod(seed + best.chosen(), (long) Integer.MAX_VALUE + 1));
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
