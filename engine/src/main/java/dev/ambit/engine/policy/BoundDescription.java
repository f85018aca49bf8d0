package dev.ambit.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One bound of a policy in words, for {@code policy explain} and {@code policy show}.
 *
 * @param ref the bound's id, tier, category and source
 * @param policy the policy that declares it
 * @param kind content, dimension, data or requirement
 * @param rule what it does, e.g. "input and output: redirect"
 */
public record BoundDescription(BoundRef ref, Policy policy, String kind, String rule) {
    public BoundDescription {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }

    /** Every bound {@code p} declares, in file order, with the ids merging and verdicts use. */
    public static List<BoundDescription> of(Policy p) {
        List<BoundDescription> out = new ArrayList<>();
        for (ContentBound b : p.content()) {
            String on = b.directions().size() == 2 ? "input and output" : b.directions().iterator().next().name().toLowerCase(java.util.Locale.ROOT);
            out.add(new BoundDescription(new BoundRef(b.id(), p.tier(), b.hazard().id(), b.source()), p, "content",
                    b.hazard().id() + " (" + b.hazard().code() + ") on " + on + ": " + b.action().wireName()
                            + (b.message().isBlank() ? "" : " — \"" + b.message() + "\"")));
        }
        for (DimensionBound b : p.dimensions()) {
            String rule = switch (b.kind()) {
                case FREE -> "free";
                case ALLOWED -> "allowed: " + b.values().stream().sorted().collect(Collectors.joining(", "));
                case LOCKED -> "locked to " + b.values().iterator().next();
            };
            out.add(new BoundDescription(new BoundRef(b.id(), p.tier(), b.dimension().id(), b.source()), p, "dimension",
                    b.dimension().id() + ": " + rule));
        }
        DataBounds d = p.data();
        for (DataBound b : d.categories()) {
            out.add(new BoundDescription(new BoundRef(b.id(), p.tier(), b.category().id(), b.source()), p, "data",
                    b.category().id() + (b.category().isSpecial() ? " (special category)" : " (identifier)") + ": "
                            + b.access().wireName()));
        }
        String dataSource = d.source().isBlank() ? p.citation() : d.source();
        d.retentionDays().ifPresent(days -> out.add(new BoundDescription(
                new BoundRef(p.id() + ".data.retention", p.tier(), "retention", dataSource), p, "data",
                "keep remembered items and transcripts at most " + days + " days")));
        d.keepTranscripts().ifPresent(keep -> out.add(new BoundDescription(
                new BoundRef(p.id() + ".data.transcripts", p.tier(), "transcripts", dataSource), p, "data",
                keep ? "transcripts may be kept" : "transcripts are not kept")));
        Requirements r = p.requirements();
        String reqSource = r.source().isBlank() ? p.citation() : r.source();
        if (r.discloseAi()) {
            out.add(new BoundDescription(new BoundRef(p.id() + ".requirement.disclose-ai", p.tier(), "ai-disclosure", reqSource),
                    p, "requirement", "the assistant discloses that it is an AI and never claims to be human"));
        }
        for (int i = 0; i < r.instructions().size(); i++) {
            out.add(new BoundDescription(new BoundRef(p.id() + ".requirement.instruction." + (i + 1), p.tier(), "instruction", reqSource),
                    p, "requirement", "instruction: " + r.instructions().get(i)));
        }
        if (!r.topics().isEmpty()) {
            out.add(new BoundDescription(new BoundRef(p.id() + ".requirement.topics", p.tier(), "topics", reqSource),
                    p, "requirement", "topic scope: " + String.join(", ", r.topics())));
        }
        r.caveats().forEach((h, text) -> out.add(new BoundDescription(
                new BoundRef(p.id() + ".requirement.caveat." + h.id(), p.tier(), h.id(), reqSource), p, "requirement",
                "caveat on " + h.id() + ": " + text)));
        return out;
    }
}
