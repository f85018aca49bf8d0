package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Dimension;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser accepts exactly the grammar's language: every sentence the GBNF allows (optional leading whitespace,
 * then {@code none} or an offered pair) parses to what it names, under random bounds; anything else is refused
 * with an {@link IllegalArgumentException}, never another exception or a wrong proposal.
 */
class ExtractorGrammarProperties {
    private static final BoundRef BOUND = new BoundRef("test.dimension", 2, "test", "property test");

    @Provide
    Arbitrary<ExtractorGrammar> grammars() {
        // Random bounds: each closed dimension free, locked to one value or narrowed to a random subset.
        return Arbitraries.of(Dimension.values()).filter(d -> !d.isOpen()).list().ofMaxSize(6).uniqueElements()
                .flatMap(dims -> Arbitraries.integers().between(0, 2).list().ofSize(dims.size()).map(kinds -> {
                    RecordBounds bounds = RecordBounds.global();
                    for (int i = 0; i < dims.size(); i++) {
                        Dimension d = dims.get(i);
                        String first = d.vocabulary().get(0);
                        bounds = switch (kinds.get(i)) {
                            case 0 -> bounds.with(d, DimensionRule.free());
                            case 1 -> bounds.with(d, DimensionRule.locked(BOUND, first));
                            default -> bounds.with(d, DimensionRule.allowed(BOUND, first));
                        };
                    }
                    return ExtractorGrammar.forBounds(bounds);
                }));
    }

    @Property(tries = 300)
    void everySentenceTheGrammarAllows_parsesToWhatItNames(@ForAll("grammars") ExtractorGrammar g,
            @ForAll("leading") String whitespace, @ForAll("index") int index) {
        int i = index % g.sentences().size();
        String sentence = g.sentences().get(i);
        Optional<ExtractorGrammar.Proposal> parsed = g.parse(whitespace + sentence);
        if (sentence.equals(ExtractorGrammar.NONE)) {
            assertEquals(Optional.empty(), parsed);
        } else {
            assertEquals(sentence, parsed.orElseThrow().sentence());
            assertTrue(ExtractorGrammarTest.pairsInGbnf(g.gbnf()).contains(sentence), sentence);
        }
    }

    @Property(tries = 500)
    void garbage_isRefusedCleanly(@ForAll("grammars") ExtractorGrammar g, @ForAll("garbage") String answer) {
        Assume.that(!g.sentences().contains(answer.strip()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.parse(answer));
        assertTrue(e.getMessage().startsWith("the model's answer"), e.getMessage());
    }

    @Provide
    Arbitrary<String> leading() {
        return Arbitraries.of(' ', '\t', '\n').list().ofMaxSize(2).map(cs -> cs.stream().map(String::valueOf)
                .reduce("", String::concat));
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(80);
        // Near misses: a real sentence cut short, doubled, or with a wrong value.
        Arbitrary<String> nearMiss = Combinators.combine(Arbitraries.of(Dimension.values()),
                Arbitraries.strings().alpha().ofMaxLength(10), Arbitraries.integers().between(0, 3))
                .as((d, word, how) -> switch (how) {
                    case 0 -> d.id() + "=" + word;
                    case 1 -> d.id();
                    case 2 -> d.id() + "=" + (d.isOpen() ? word : d.vocabulary().get(0)) + "=";
                    default -> "none " + word;
                });
        return Arbitraries.oneOf(anyText, nearMiss);
    }

    @Property(tries = 50)
    void eachDimension_isOfferedWholeOrNotAtAll(@ForAll("grammars") ExtractorGrammar g) {
        Map<Dimension, Long> counts = new java.util.EnumMap<>(Dimension.class);
        g.proposals().forEach(p -> counts.merge(p.dimension(), 1L, Long::sum));
        counts.forEach((d, n) -> assertEquals(d.vocabulary().size(), n.intValue(), d.id() + ": offered whole or not at all"));
    }
}
