package dev.ambit.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.ContentRule;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.policy.DataRule;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DimensionRule;
import dev.ambit.engine.policy.EffectivePolicy;
import dev.ambit.engine.policy.Hazard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import dev.ambit.engine.policy.Policy;
import dev.ambit.engine.policy.Requirement;
import dev.ambit.engine.policy.Verdict;
import java.util.Locale;
import java.util.Optional;

/** JSON shapes of verdicts and policies for {@code policy check}, {@code policy show} and {@code ask}. */
public final class PolicyJson {
    private PolicyJson() {}

    public static ObjectNode bound(BoundRef b) {
        return ReplyJson.MAPPER.createObjectNode().put("id", b.id()).put("tier", b.tier())
                .put("category", b.category()).put("source", b.source());
    }

    /** {@code {"action": ..., "bounds": [...], "message": ...}}. */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode node = ReplyJson.MAPPER.createObjectNode();
        node.put("action", v.action().wireName());
        ArrayNode bounds = node.putArray("bounds");
        v.bounds().forEach(b -> bounds.add(bound(b)));
        node.put("message", v.message());
        return node;
    }

    public static ObjectNode policy(Policy p, String path) {
        ObjectNode node = ReplyJson.MAPPER.createObjectNode().put("id", p.id()).put("tier", p.tier())
                .put("title", p.title()).put("version", p.version());
        p.extendsId().ifPresent(e -> node.put("extends", e));
        p.jurisdiction().ifPresent(j -> node.put("jurisdiction", j));
        if (path != null) {
            node.put("file", path);
        }
        ArrayNode sources = node.putArray("sources");
        p.sources().forEach(sources::add);
        return node;
    }

    /** Every merged rule with the bound behind it. */
    public static ObjectNode effective(EffectivePolicy e) {
        ObjectNode root = ReplyJson.MAPPER.createObjectNode();
        root.put("jurisdiction", e.jurisdiction());
        ArrayNode tiers = root.putArray("tiers");
        e.tiers().forEach(p -> tiers.add(policy(p, null)));
        ObjectNode content = root.putObject("content");
        for (Hazard h : Hazard.values()) {
            ObjectNode hazard = content.putObject(h.id());
            for (Direction d : Direction.values()) {
                ContentRule r = e.content(h, d);
                ObjectNode rule = hazard.putObject(d.name().toLowerCase(Locale.ROOT)).put("action", r.action().wireName());
                if (!r.message().isBlank()) {
                    rule.put("message", r.message());
                }
                putBound(rule, r.bound());
            }
        }
        ObjectNode dims = root.putObject("dimensions");
        for (Dimension d : Dimension.values()) {
            DimensionRule r = e.dimension(d);
            ObjectNode rule = dims.putObject(d.id()).put("kind", r.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode allowed = rule.putArray("allowed");
            r.allowed().stream().sorted().forEach(allowed::add);
            putBound(rule, r.bound());
        }
        ObjectNode data = root.putObject("data");
        for (DataCategory c : DataCategory.values()) {
            DataRule r = e.data(c);
            putBound(data.putObject(c.id()).put("access", r.access().wireName()), r.bound());
        }
        ObjectNode retention = root.putObject("retention");
        if (e.retention().days().isPresent()) {
            retention.put("days", e.retention().days().getAsInt());
        } else {
            retention.putNull("days");
        }
        putBound(retention, e.retention().bound());
        putBound(root.putObject("transcripts").put("keep", e.transcripts().keep()), e.transcripts().bound());
        ArrayNode instructions = root.putArray("instructions");
        e.instructions().forEach(r -> instructions.add(requirement(r)));
        ObjectNode caveats = root.putObject("caveats");
        for (Hazard h : Hazard.values()) {
            if (!e.caveats(h).isEmpty()) {
                ArrayNode list = caveats.putArray(h.id());
                e.caveats(h).forEach(r -> list.add(requirement(r)));
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        e.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode requirement(Requirement r) {
        ObjectNode node = ReplyJson.MAPPER.createObjectNode().put("text", r.text());
        node.set("bound", bound(r.bound()));
        return node;
    }

    private static void putBound(ObjectNode node, Optional<BoundRef> bound) {
        if (bound.isPresent()) {
            node.set("bound", bound(bound.get()));
        } else {
            node.putNull("bound");
        }
    }
}
