package dev.ambit.engine.policy;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Folds tiers into an {@link EffectivePolicy}, one bound at a time, from the highest tier down. Every step can
 * only keep or tighten what is already there; an attempt to loosen is a widening (error or ignored warning).
 */
final class PolicyMerger {
    private final MergeMode mode;
    private final Map<Direction, Map<Hazard, ContentRule>> content = new EnumMap<>(Direction.class);
    private final Map<Dimension, DimensionRule> dimensions = new EnumMap<>(Dimension.class);
    private final Map<DataCategory, DataRule> data = new EnumMap<>(DataCategory.class);
    private RetentionRule retention = new RetentionRule(OptionalInt.empty(), Optional.empty());
    private TranscriptRule transcripts = new TranscriptRule(true, Optional.empty());
    private final List<Requirement> instructions = new ArrayList<>();
    private final Map<Hazard, List<Requirement>> caveats = new EnumMap<>(Hazard.class);
    private final List<String> widenings = new ArrayList<>();
    private boolean disclosureRequired;

    PolicyMerger(MergeMode mode) {
        this.mode = mode;
        for (Direction d : Direction.values()) {
            content.put(d, new EnumMap<>(Hazard.class));
        }
    }

    EffectivePolicy merge(List<Policy> tiers) {
        if (tiers.isEmpty()) {
            throw new PolicyException("no policy to apply: at least one tier-1 policy is needed");
        }
        int previousTier = 1;
        Set<String> ids = new HashSet<>();
        for (Policy p : tiers) {
            if (p.tier() < previousTier) {
                throw new PolicyException("policy " + p.id() + " (tier " + p.tier() + ") cannot come after a tier-"
                        + previousTier + " policy: tiers merge from 1 down to 2");
            }
            if (!ids.add(p.id())) {
                throw new PolicyException("policy " + p.id() + " appears twice in the merge");
            }
            previousTier = p.tier();
            apply(p);
        }
        if (mode == MergeMode.STRICT && !widenings.isEmpty()) {
            throw new PolicyException("policy " + widenings.get(0)
                    + (widenings.size() > 1 ? " (and " + (widenings.size() - 1) + " more widening bounds)" : ""));
        }
        List<String> warnings = widenings.stream().map(w -> "ignored: " + w).toList();
        return new EffectivePolicy(tiers, content, dimensions, data, retention, transcripts, instructions, caveats, warnings);
    }

    private void apply(Policy p) {
        for (ContentBound b : p.content()) {
            for (Direction d : b.directions()) {
                applyContent(p, b, d);
            }
        }
        for (DimensionBound b : p.dimensions()) {
            applyDimension(p, b);
        }
        for (DataBound b : p.data().categories()) {
            DataRule current = data.get(b.category());
            DataAccess now = current == null ? DataAccess.ALLOWED : current.access();
            if (b.access().compareTo(now) < 0) {
                widen(p, b.id(), "allows " + b.category().id() + " data as '" + b.access().wireName()
                        + "' where a higher tier says '" + now.wireName() + "'");
            } else if (current == null || b.access().compareTo(now) > 0) {
                data.put(b.category(), new DataRule(b.category(), b.access(), Optional.of(ref(p, b.id(), b.category().id(), b.source()))));
            }
        }
        DataBounds db = p.data();
        if (db.retentionDays().isPresent()) {
            int days = db.retentionDays().getAsInt();
            OptionalInt now = retention.days();
            if (now.isPresent() && days > now.getAsInt()) {
                widen(p, p.id() + ".data.retention", "keeps data " + days + " days where a higher tier allows at most " + now.getAsInt());
            } else if (now.isEmpty() || days < now.getAsInt()) {
                retention = new RetentionRule(OptionalInt.of(days), Optional.of(ref(p, p.id() + ".data.retention", "retention", db.source())));
            }
        }
        if (db.keepTranscripts().isPresent()) {
            boolean keep = db.keepTranscripts().get();
            if (keep && !transcripts.keep()) {
                widen(p, p.id() + ".data.transcripts", "keeps transcripts where a higher tier forbids them");
            } else if (!keep && transcripts.keep()) {
                transcripts = new TranscriptRule(false, Optional.of(ref(p, p.id() + ".data.transcripts", "transcripts", db.source())));
            }
        }
        Requirements r = p.requirements();
        if (r.discloseAi() && !disclosureRequired) {
            disclosureRequired = true;
            instructions.add(new Requirement(
                    "You are an AI. Never claim or imply to be a human, and say you are an AI whenever asked.",
                    ref(p, p.id() + ".requirement.disclose-ai", "ai-disclosure", r.source())));
        }
        for (int i = 0; i < r.instructions().size(); i++) {
            instructions.add(new Requirement(r.instructions().get(i),
                    ref(p, p.id() + ".requirement.instruction." + (i + 1), "instruction", r.source())));
        }
        if (!r.topics().isEmpty()) {
            instructions.add(new Requirement("Only help with these topics: " + String.join(", ", r.topics())
                    + ". Politely decline anything else.", ref(p, p.id() + ".requirement.topics", "topics", r.source())));
        }
        r.caveats().forEach((hazard, text) -> caveats.computeIfAbsent(hazard, h -> new ArrayList<>())
                .add(new Requirement(text, ref(p, p.id() + ".requirement.caveat." + hazard.id(), hazard.id(), r.source()))));
    }

    private void applyContent(Policy p, ContentBound b, Direction d) {
        Map<Hazard, ContentRule> rules = content.get(d);
        ContentRule current = rules.get(b.hazard());
        Action now = current == null ? Action.ALLOW : current.action();
        if (b.action().compareTo(now) < 0) {
            widen(p, b.id(), "sets " + b.hazard().id() + " on " + d.name().toLowerCase(java.util.Locale.ROOT) + " to '"
                    + b.action().wireName() + "' where a higher tier says '" + now.wireName() + "'");
            return;
        }
        // Equal strictness is no widening: the more specific tier's citation and message (its own help lines)
        // take over, and a blank message keeps the higher tier's text.
        String message = b.message();
        if (message.isBlank()) {
            message = current != null ? current.message() : b.action() == Action.REFUSE ? p.refusal() : "";
        }
        rules.put(b.hazard(), new ContentRule(b.hazard(), d, b.action(), message,
                Optional.of(ref(p, b.id(), b.hazard().id(), b.source()))));
    }

    private void applyDimension(Policy p, DimensionBound b) {
        DimensionRule current = dimensions.get(b.dimension());
        BoundRef ref = ref(p, b.id(), b.dimension().id(), b.source());
        if (current == null || current.kind() == DimensionBound.Kind.FREE) {
            if (b.kind() != DimensionBound.Kind.FREE) {
                dimensions.put(b.dimension(), new DimensionRule(b.dimension(), b.kind(), b.values(), Optional.of(ref)));
            }
            return;
        }
        if (b.kind() == DimensionBound.Kind.FREE) {
            widen(p, b.id(), "frees " + b.dimension().id() + " where a higher tier allows only " + current.allowed());
            return;
        }
        Set<String> meet = new HashSet<>(current.allowed());
        meet.retainAll(b.values());
        if (!current.allowed().containsAll(b.values())) {
            widen(p, b.id(), "lets " + b.dimension().id() + " take " + b.values() + " where a higher tier allows only "
                    + current.allowed() + (meet.isEmpty() ? "" : " (only " + meet + " kept)"));
        }
        if (meet.isEmpty()) {
            return; // a contradiction, not a narrowing: the higher tier stands
        }
        boolean locks = b.kind() == DimensionBound.Kind.LOCKED || current.kind() == DimensionBound.Kind.LOCKED;
        if (meet.size() < current.allowed().size() || (locks && current.kind() != DimensionBound.Kind.LOCKED)) {
            DimensionBound.Kind kind = locks ? DimensionBound.Kind.LOCKED : DimensionBound.Kind.ALLOWED;
            dimensions.put(b.dimension(), new DimensionRule(b.dimension(), kind, meet, Optional.of(ref)));
        }
    }

    private void widen(Policy p, String boundId, String what) {
        widenings.add(p.id() + " widens a higher tier: bound " + boundId + " " + what);
    }

    private static BoundRef ref(Policy p, String id, String category, String source) {
        return new BoundRef(id, p.tier(), category, source.isBlank() ? p.citation() : source);
    }
}
