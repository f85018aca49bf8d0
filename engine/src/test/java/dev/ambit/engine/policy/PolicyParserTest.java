package dev.ambit.engine.policy;

import static dev.ambit.engine.policy.PolicyFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyParserTest {
    @Test
    void fullPolicy_parsesEveryBoundKindWithDerivedIds() {
        Policy p = parse(PolicyFixtures.ORG_HEADER + """
                [[content]]
                hazard = "S11"
                on = "input"
                action = "redirect"
                message = "call someone"
                source = "law 1"

                [dimensions]
                humour = { allow = ["none", "light"] }
                agreement = { lock = "honest", source = "law 2" }

                [data]
                retention_days = 30
                transcripts = false
                [data.categories]
                health = { access = "never" }

                [requirements]
                instructions = ["Be kind."]
                [requirements.caveats]
                specialized-advice = "See a clinician."

                [[tests]]
                input = "hello"
                expect = "allow"
                """);
        ContentBound c = p.content().get(0);
        assertEquals("acme.content.suicide-self-harm.input", c.id());
        assertEquals(Set.of(Direction.INPUT), c.directions());
        assertEquals(Action.REDIRECT, c.action());
        assertEquals("acme.dimension.humour", p.dimensions().get(0).id());
        assertEquals("Acme policy", p.dimensions().get(0).source(), "a bound without source cites the policy");
        assertEquals(30, p.data().retentionDays().getAsInt());
        assertEquals(DataAccess.NEVER, p.data().categories().get(0).access());
        assertEquals("See a clinician.", p.requirements().caveats().get(Hazard.SPECIALIZED_ADVICE));
        assertEquals(1, p.tests().size());
        assertEquals("eu", p.jurisdiction().orElseThrow());
    }

    @Test
    void unknownKey_isRejectedNamingTheKey() {
        PolicyException e = assertThrows(PolicyException.class, () -> parse(PolicyFixtures.ORG_HEADER + "colour = \"red\"\n"));
        assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
    }

    @Test
    void valueOutsideDimensionVocabulary_isRejected() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> parse(PolicyFixtures.ORG_HEADER + "[dimensions]\nverbosity = { lock = \"huge\" }\n"));
        assertTrue(e.getMessage().contains("'huge' is not a value of verbosity"), e.getMessage());
    }

    @Test
    void redirectWithoutMessage_isRejected() {
        PolicyException e = assertThrows(PolicyException.class, () -> parse(PolicyFixtures.ORG_HEADER
                + "[[content]]\nhazard = \"hate\"\naction = \"redirect\"\nsource = \"x\"\n"));
        assertTrue(e.getMessage().contains("redirect needs a message"), e.getMessage());
    }

    @Test
    void consentForAnIdentifier_isRejected() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> parse(PolicyFixtures.ORG_HEADER + "[data.categories]\nphone = { access = \"consent\" }\n"));
        assertTrue(e.getMessage().contains("does not apply to phone"), e.getMessage());
    }

    @Test
    void brokenToml_isAPolicyError() {
        assertThrows(PolicyException.class, () -> parse("id = \n"));
        assertThrows(PolicyException.class, () -> parse(""));
    }

    @Test
    void organisationWithExtends_isRejected() {
        PolicyException e = assertThrows(PolicyException.class, () -> parse(PolicyFixtures.ORG_HEADER + "extends = \"eu\"\n"));
        assertTrue(e.getMessage().contains("extends is for tier-1"), e.getMessage());
    }
}
