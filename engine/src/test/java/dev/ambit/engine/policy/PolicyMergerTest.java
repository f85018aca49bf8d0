package dev.ambit.engine.policy;

import static dev.ambit.engine.policy.PolicyFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyMergerTest {
    private static final List<Policy> EU = BundledPolicies.load().chain("eu");

    private static List<Policy> euPlus(Policy org) {
        List<Policy> all = new ArrayList<>(EU);
        all.add(org);
        return all;
    }

    @Test
    void organisationAllowingARefusedHazard_isAnErrorInStrictModeAndIgnoredInLenient() {
        Policy org = parse(PolicyFixtures.ORG_HEADER + "[[content]]\nhazard = \"hate\"\naction = \"allow\"\nsource = \"x\"\n");
        PolicyException e = assertThrows(PolicyException.class, () -> EffectivePolicy.merge(euPlus(org), MergeMode.STRICT));
        assertTrue(e.getMessage().contains("acme widens a higher tier: bound acme.content.hate"), e.getMessage());

        EffectivePolicy lenient = EffectivePolicy.merge(euPlus(org), MergeMode.LENIENT);
        assertEquals(Action.REFUSE, lenient.content(Hazard.HATE, Direction.INPUT).action());
        assertEquals(2, lenient.warnings().size(), "one per direction: " + lenient.warnings());
    }

    @Test
    void narrowing_tightensAndNamesTheOrganisationBound() {
        Policy org = parse(PolicyFixtures.ORG_HEADER + """
                [[content]]
                hazard = "elections"
                action = "refuse"
                source = "acme rule 1"
                [dimensions]
                humour = { allow = ["none"] }
                [data]
                retention_days = 30
                transcripts = false
                [data.categories]
                health = { access = "never" }
                [requirements]
                instructions = ["Stay on Acme topics."]
                """);
        EffectivePolicy e = EffectivePolicy.merge(euPlus(org), MergeMode.STRICT);
        ContentRule elections = e.content(Hazard.ELECTIONS, Direction.INPUT);
        assertEquals(Action.REFUSE, elections.action());
        assertEquals(new BoundRef("acme.content.elections", 2, "elections", "acme rule 1"), elections.bound().orElseThrow());
        assertFalse(e.dimension(Dimension.HUMOUR).admits("light"));
        assertTrue(e.dimension(Dimension.HUMOUR).admits("none"));
        assertEquals(30, e.retention().days().getAsInt());
        assertEquals("acme.data.retention", e.retention().bound().orElseThrow().id());
        assertFalse(e.transcripts().keep());
        assertEquals(DataAccess.NEVER, e.data(DataCategory.HEALTH).access());
        assertEquals("Stay on Acme topics.", e.instructions().get(e.instructions().size() - 1).text());
        assertTrue(e.instructions().get(0).text().contains("You are an AI"), "tier-1 requirements come first");
    }

    @Test
    void longerRetentionOrLooserDataOrUnlockedDimension_areWidenings() {
        for (String body : List.of(
                "[data]\nretention_days = 9999\n",
                "[data.categories]\nhealth = { access = \"allowed\" }\n",
                "[dimensions]\nagreement = { allow = [\"honest\", \"agreeable\"] }\n",
                "[dimensions]\nai_disclosure = { free = true }\n")) {
            Policy org = parse(PolicyFixtures.ORG_HEADER + body);
            assertThrows(PolicyException.class, () -> EffectivePolicy.merge(euPlus(org), MergeMode.STRICT), body);
        }
    }

    @Test
    void nationalRedirect_replacesTheSupranationalHelpLine() {
        EffectivePolicy de = EffectivePolicy.merge(BundledPolicies.load().chain("de"), MergeMode.STRICT);
        ContentRule rule = de.content(Hazard.SUICIDE_SELF_HARM, Direction.INPUT);
        assertEquals(Action.REDIRECT, rule.action());
        assertTrue(rule.message().contains("TelefonSeelsorge"));
        assertEquals("de.content.suicide-self-harm", rule.bound().orElseThrow().id());
    }

    @Test
    void judge_picksTheStrictestAndNamesItsBound() {
        EffectivePolicy eu = EffectivePolicy.merge(EU, MergeMode.STRICT);
        Verdict v = eu.judge(List.of(new Detection(Hazard.ELECTIONS, "r1", 1), new Detection(Hazard.HATE, "r2", 1)), Direction.INPUT);
        assertEquals(Action.REFUSE, v.action());
        assertEquals(List.of("eu.content.hate"), v.bounds().stream().map(BoundRef::id).toList());
        assertFalse(v.message().isBlank());
        assertEquals(Verdict.allow(), eu.judge(List.of(), Direction.INPUT));
    }

    @Test
    void tierTwoBeforeTierOne_isRejected() {
        Policy org = parse(PolicyFixtures.ORG_HEADER);
        List<Policy> wrongOrder = new ArrayList<>();
        wrongOrder.add(org);
        wrongOrder.addAll(EU);
        assertThrows(PolicyException.class, () -> EffectivePolicy.merge(wrongOrder, MergeMode.LENIENT));
    }
}
