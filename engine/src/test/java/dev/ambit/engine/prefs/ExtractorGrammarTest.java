package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.BoundRef;
import dev.ambit.engine.policy.Dimension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExtractorGrammarTest {
    private static final BoundRef SCHOOL = new BoundRef("school.dimension.tone", 2, "tone", "Example school policy");
    private static final Pattern RULE = Pattern.compile("^(dim-[a-z-]+) ::= \"([a-z_]+)=\" \\((.*)\\)$", Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z_]+)\"");

    /** The (dimension, value) pairs the GBNF text itself allows, read back from its rules. */
    static Set<String> pairsInGbnf(String gbnf) {
        Set<String> pairs = new HashSet<>();
        Matcher rule = RULE.matcher(gbnf);
        while (rule.find()) {
            Matcher value = LITERAL.matcher(rule.group(3));
            while (value.find()) {
                pairs.add(rule.group(2) + "=" + value.group(1));
            }
        }
        return pairs;
    }

    private static Set<String> closedCatalogue(Set<Dimension> except) {
        Set<String> pairs = new HashSet<>();
        for (Dimension d : Dimension.values()) {
            if (!d.isOpen() && !except.contains(d)) {
                d.vocabulary().forEach(v -> pairs.add(d.id() + "=" + v));
            }
        }
        return pairs;
    }

    @Test
    void freeBounds_grammarListsExactlyEveryClosedDimensionValuePair() {
        ExtractorGrammar g = ExtractorGrammar.forBounds(new RecordBounds(java.util.Map.of(), java.util.Map.of()));
        assertEquals(closedCatalogue(Set.of()), pairsInGbnf(g.gbnf()));
        assertEquals(closedCatalogue(Set.of()), new HashSet<>(g.sentences().subList(1, g.sentences().size())));
        assertEquals("none", g.sentences().get(0));
        assertTrue(g.gbnf().contains("answer ::= \"none\" | "), g.gbnf());
    }

    @Test
    void openDimensions_areNeverOffered() {
        String gbnf = ExtractorGrammar.forBounds(RecordBounds.global()).gbnf();
        assertFalse(gbnf.contains("\"language="), gbnf);
        assertFalse(gbnf.contains("\"address="), gbnf);
    }

    @Test
    void lockedDimensions_areLeftOutOfTheGrammar() {
        RecordBounds bounds = RecordBounds.global().with(Dimension.TONE, DimensionRule.locked(SCHOOL, "neutral"));
        ExtractorGrammar g = ExtractorGrammar.forBounds(bounds);
        Set<Dimension> locked = new HashSet<>();
        for (Dimension d : Dimension.values()) {
            if (bounds.dimension(d).kind() == dev.ambit.engine.policy.DimensionBound.Kind.LOCKED) {
                locked.add(d);
            }
        }
        assertTrue(locked.contains(Dimension.TONE));
        assertEquals(closedCatalogue(locked), pairsInGbnf(g.gbnf()));
        assertFalse(g.gbnf().contains("tone"), g.gbnf());
    }

    @Test
    void allowedRule_keepsValuesOutsideIt_soTheBoundsDecideThem() {
        RecordBounds bounds = RecordBounds.global().with(Dimension.TONE, DimensionRule.allowed(SCHOOL, "warm"));
        Set<String> pairs = pairsInGbnf(ExtractorGrammar.forBounds(bounds).gbnf());
        assertTrue(pairs.containsAll(List.of("tone=warm", "tone=neutral", "tone=direct")), pairs::toString);
    }

    @Test
    void ruleNames_useHyphens_becauseLlamaCppRejectsUnderscores() {
        ExtractorGrammar g = new ExtractorGrammar(List.of(new ExtractorGrammar.Proposal(Dimension.SAFETY_CAVEATS, "off")), true);
        assertEquals("root ::= [ \\t\\n]? [ \\t\\n]? answer\nanswer ::= \"none\" | dim-safety-caveats\n"
                + "dim-safety-caveats ::= \"safety_caveats=\" (\"off\")\n", g.gbnf());
    }

    @Test
    void parse_roundTripsEverySentence() {
        ExtractorGrammar g = ExtractorGrammar.forBounds(RecordBounds.global());
        assertEquals(Optional.empty(), g.parse("none"));
        for (ExtractorGrammar.Proposal p : g.proposals()) {
            assertEquals(Optional.of(p), g.parse(p.sentence()));
            assertEquals(Optional.of(p), g.parse("\n " + p.sentence()), "leading whitespace the grammar allows");
        }
    }

    @Test
    void parse_rejectsAnAnswerTheGrammarDoesNotOffer_namingIt() {
        ExtractorGrammar g = new ExtractorGrammar(List.of(new ExtractorGrammar.Proposal(Dimension.TONE, "warm")), false);
        for (String bad : List.of("none", "tone=direct", "tone=", "tone", "verbosity=short", "", "tone=warm=warm")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad.strip() + "'"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> g.parse(null));
    }

    @Test
    void proposal_outsideTheVocabularyOrOnAnOpenDimension_isRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExtractorGrammar.Proposal(Dimension.VERBOSITY, "huge"));
        assertTrue(e.getMessage().contains("huge") && e.getMessage().contains("verbosity"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ExtractorGrammar.Proposal(Dimension.LANGUAGE, "en"));
        assertTrue(e.getMessage().contains("language"), e.getMessage());
    }

    @Test
    void grammar_withNoAnswerOrDuplicates_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractorGrammar(List.of(), false));
        List<ExtractorGrammar.Proposal> twice = new ArrayList<>();
        twice.add(new ExtractorGrammar.Proposal(Dimension.TONE, "warm"));
        twice.add(new ExtractorGrammar.Proposal(Dimension.TONE, "warm"));
        assertThrows(IllegalArgumentException.class, () -> new ExtractorGrammar(twice, true));
    }
}
