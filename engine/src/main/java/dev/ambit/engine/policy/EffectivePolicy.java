package dev.ambit.engine.policy;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bounds of tiers 1 and 2 merged into one answer per question: what happens to each hazard, which values
 * each preference dimension may take, what may be remembered and for how long, and what every prompt must
 * carry. Immutable and thread-safe. Built by {@link #merge}; never more permissive than any tier it merges.
 */
public final class EffectivePolicy {
    private final List<Policy> tiers;
    private final Map<Direction, Map<Hazard, ContentRule>> content;
    private final Map<Dimension, DimensionRule> dimensions;
    private final Map<DataCategory, DataRule> data;
    private final RetentionRule retention;
    private final TranscriptRule transcripts;
    private final List<Requirement> instructions;
    private final Map<Hazard, List<Requirement>> caveats;
    private final List<String> warnings;

    EffectivePolicy(
            List<Policy> tiers,
            Map<Direction, Map<Hazard, ContentRule>> content,
            Map<Dimension, DimensionRule> dimensions,
            Map<DataCategory, DataRule> data,
            RetentionRule retention,
            TranscriptRule transcripts,
            List<Requirement> instructions,
            Map<Hazard, List<Requirement>> caveats,
            List<String> warnings) {
        this.tiers = List.copyOf(tiers);
        Map<Direction, Map<Hazard, ContentRule>> c = new EnumMap<>(Direction.class);
        content.forEach((d, m) -> c.put(d, Map.copyOf(m)));
        this.content = c;
        this.dimensions = Map.copyOf(dimensions);
        this.data = Map.copyOf(data);
        this.retention = Objects.requireNonNull(retention, "retention");
        this.transcripts = Objects.requireNonNull(transcripts, "transcripts");
        this.instructions = List.copyOf(instructions);
        Map<Hazard, List<Requirement>> cv = new EnumMap<>(Hazard.class);
        caveats.forEach((h, l) -> cv.put(h, List.copyOf(l)));
        this.caveats = cv;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Merges policies given from the highest tier down (e.g. global, eu, de, then an organisation).
     *
     * @throws PolicyException in {@link MergeMode#STRICT} when a lower tier widens a higher one, or when the
     *     tiers are out of order
     */
    public static EffectivePolicy merge(List<Policy> tiers, MergeMode mode) {
        return new PolicyMerger(mode).merge(tiers);
    }

    /** The merged policies, highest tier first. */
    public List<Policy> tiers() {
        return tiers;
    }

    /** Id of the most specific tier-1 policy (the jurisdiction in force), e.g. {@code de}. */
    public String jurisdiction() {
        return tiers.stream().filter(p -> p.tier() == 1).reduce((a, b) -> b).map(Policy::id).orElse("none");
    }

    /** What happens when {@code hazard} is found in a message going in {@code direction}. */
    public ContentRule content(Hazard hazard, Direction direction) {
        ContentRule rule = content.getOrDefault(direction, Map.of()).get(hazard);
        return rule != null ? rule : new ContentRule(hazard, direction, Action.ALLOW, "", java.util.Optional.empty());
    }

    /** Which values tier 3 may choose for {@code dimension}. */
    public DimensionRule dimension(Dimension dimension) {
        DimensionRule rule = dimensions.get(dimension);
        return rule != null ? rule : new DimensionRule(dimension, DimensionBound.Kind.FREE, java.util.Set.of(), java.util.Optional.empty());
    }

    /** Whether {@code category} may be remembered. */
    public DataRule data(DataCategory category) {
        DataRule rule = data.get(category);
        return rule != null ? rule : new DataRule(category, DataAccess.ALLOWED, java.util.Optional.empty());
    }

    public RetentionRule retention() {
        return retention;
    }

    public TranscriptRule transcripts() {
        return transcripts;
    }

    /** Instructions for the system prompt's bounds section, tier 1 first, in file order. */
    public List<Requirement> instructions() {
        return instructions;
    }

    /** Caveats every tier requires when {@code hazard} comes up, tier 1 first. */
    public List<Requirement> caveats(Hazard hazard) {
        return caveats.getOrDefault(hazard, List.of());
    }

    /** Widening bounds that were ignored ({@link MergeMode#LENIENT}); empty in strict mode. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The verdict on a message given what the detectors found in it: the strictest rule among the detected
     * hazards decides; every bound at that strictness is named.
     */
    public Verdict judge(List<Detection> detections, Direction direction) {
        Action top = Action.ALLOW;
        List<ContentRule> deciding = new ArrayList<>();
        for (Detection d : detections) {
            ContentRule rule = content(d.hazard(), direction);
            if (rule.action().compareTo(top) > 0) {
                top = rule.action();
                deciding.clear();
            }
            if (rule.action() == top && top != Action.ALLOW && deciding.stream().noneMatch(r -> r.hazard() == d.hazard())) {
                deciding.add(rule);
            }
        }
        if (top == Action.ALLOW) {
            return Verdict.allow();
        }
        List<BoundRef> bounds = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (ContentRule r : deciding) {
            r.bound().ifPresent(bounds::add);
            if (!r.message().isBlank() && !messages.contains(r.message())) {
                messages.add(r.message());
            }
            if (top == Action.CAVEAT) {
                for (Requirement c : caveats(r.hazard())) {
                    bounds.add(c.bound());
                    if (!messages.contains(c.text())) {
                        messages.add(c.text());
                    }
                }
            }
        }
        // One refusal or redirect is shown; caveats all apply at once.
        String message = top == Action.CAVEAT ? String.join(" ", messages) : messages.isEmpty() ? "" : messages.get(0);
        return new Verdict(top, bounds, message);
    }
}
