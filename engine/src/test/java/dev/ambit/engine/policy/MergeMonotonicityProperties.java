package dev.ambit.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MergeMonotonicityProperties {
    @Property(tries = 300)
    void effectivePolicy_isNeverMorePermissiveThanAnyTier(@ForAll("tiers") List<Policy> tiers) {
        EffectivePolicy effective = EffectivePolicy.merge(tiers, MergeMode.LENIENT);
        for (Policy p : tiers) {
            for (ContentBound b : p.content()) {
                for (Direction d : b.directions()) {
                    Action merged = effective.content(b.hazard(), d).action();
                    assertTrue(merged.compareTo(b.action()) >= 0, b.id() + ": " + merged + " is looser than " + b.action());
                }
            }
            for (DimensionBound b : p.dimensions()) {
                DimensionRule rule = effective.dimension(b.dimension());
                if (b.kind() != DimensionBound.Kind.FREE && satisfiable(tiers, b.dimension())) {
                    assertNotEquals(DimensionBound.Kind.FREE, rule.kind(), b.id());
                    assertTrue(b.values().containsAll(rule.allowed()), b.id() + ": " + rule.allowed() + " not within " + b.values());
                    for (String v : b.dimension().vocabulary()) {
                        assertFalse(rule.admits(v) && !b.values().contains(v), b.id() + " admits " + v);
                    }
                }
            }
            for (DataBound b : p.data().categories()) {
                assertTrue(effective.data(b.category()).access().compareTo(b.access()) >= 0, b.id());
            }
            if (p.data().retentionDays().isPresent()) {
                assertTrue(effective.retention().days().isPresent());
                assertTrue(effective.retention().days().getAsInt() <= p.data().retentionDays().getAsInt());
            }
            if (p.data().keepTranscripts().equals(Optional.of(false))) {
                assertFalse(effective.transcripts().keep());
            }
            for (String instruction : p.requirements().instructions()) {
                assertTrue(effective.instructions().stream().anyMatch(r -> r.text().equals(instruction)), instruction);
            }
        }
    }

    /**
     * Tiers that lock a dimension to different values contradict each other rather than widen; no merge can
     * honour both, so monotonicity is checked where some value satisfies every tier (and strict merging, checked
     * below, rejects the contradictions).
     */
    private static boolean satisfiable(List<Policy> tiers, Dimension dimension) {
        Set<String> meet = new java.util.HashSet<>(dimension.vocabulary());
        for (Policy p : tiers) {
            p.dimensions().stream().filter(d -> d.dimension() == dimension && d.kind() != DimensionBound.Kind.FREE)
                    .forEach(d -> meet.retainAll(d.values()));
        }
        return !meet.isEmpty();
    }

    @Property(tries = 200)
    void strictMerge_failsExactlyWhenLenientMergeIgnoredSomething(@ForAll("tiers") List<Policy> tiers) {
        EffectivePolicy lenient = EffectivePolicy.merge(tiers, MergeMode.LENIENT);
        boolean strictFailed;
        try {
            EffectivePolicy.merge(tiers, MergeMode.STRICT);
            strictFailed = false;
        } catch (PolicyException e) {
            strictFailed = true;
        }
        assertEquals(!lenient.warnings().isEmpty(), strictFailed);
    }

    @Provide
    Arbitrary<List<Policy>> tiers() {
        return Combinators.combine(policy("top", 1), policy("national", 1), policy("org", 2)).as(List::of);
    }

    private Arbitrary<Policy> policy(String id, int tier) {
        Arbitrary<List<ContentBound>> content = Arbitraries.of(Hazard.class).set().ofMaxSize(5).flatMap(hazards -> {
            List<Arbitrary<ContentBound>> bounds = new ArrayList<>();
            for (Hazard h : hazards) {
                bounds.add(Combinators.combine(Arbitraries.of(Action.class), Arbitraries.of("input", "output", "both"))
                        .as((a, on) -> new ContentBound(id + ".content." + h.id(), h, directions(on), a, "msg " + id, "src")));
            }
            return Combinators.combine(bounds).as(ArrayList::new);
        });
        Arbitrary<List<DimensionBound>> dims = Arbitraries.of(Dimension.VERBOSITY, Dimension.HUMOUR, Dimension.TONE, Dimension.EMOJI)
                .set().ofMaxSize(3).flatMap(ds -> {
                    List<Arbitrary<DimensionBound>> bounds = new ArrayList<>();
                    for (Dimension d : ds) {
                        bounds.add(Combinators.combine(Arbitraries.of(DimensionBound.Kind.class),
                                        Arbitraries.of(d.vocabulary()).set().ofMinSize(1))
                                .as((kind, values) -> new DimensionBound(id + ".dimension." + d.id(), d, kind,
                                        kind == DimensionBound.Kind.FREE ? Set.of()
                                                : kind == DimensionBound.Kind.LOCKED ? Set.of(values.iterator().next()) : values,
                                        "src")));
                    }
                    return Combinators.combine(bounds).as(ArrayList::new);
                });
        Arbitrary<List<DataBound>> data = Arbitraries.of(DataCategory.HEALTH, DataCategory.RELIGION, DataCategory.PHONE)
                .set().ofMaxSize(3).flatMap(cs -> {
                    List<Arbitrary<DataBound>> bounds = new ArrayList<>();
                    for (DataCategory c : cs) {
                        bounds.add(Arbitraries.of(DataAccess.class).filter(c::admits)
                                .map(a -> new DataBound(id + ".data." + c.id(), c, a, "src")));
                    }
                    return Combinators.combine(bounds).as(ArrayList::new);
                });
        Arbitrary<OptionalInt> retention = Arbitraries.integers().between(0, 400).injectNull(0.4)
                .map(i -> i == null ? OptionalInt.empty() : OptionalInt.of(i));
        Arbitrary<Optional<Boolean>> transcripts = Arbitraries.of(true, false).injectNull(0.4).map(Optional::ofNullable);
        Arbitrary<List<String>> instructions = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(s -> id + " says " + s).list().ofMaxSize(2);
        return Combinators.combine(content, dims, data, retention, transcripts, instructions)
                .as((c, d, db, r, t, ins) -> new Policy(id, tier, id, 1, List.of("src"), Optional.empty(),
                        Optional.empty(), "no", c, d, new DataBounds(db, r, t, "src"),
                        new Requirements(false, ins, Map.of(), List.of(), "src"), List.of()));
    }

    private static Set<Direction> directions(String on) {
        return switch (on) {
            case "input" -> EnumSet.of(Direction.INPUT);
            case "output" -> EnumSet.of(Direction.OUTPUT);
            default -> EnumSet.allOf(Direction.class);
        };
    }
}
