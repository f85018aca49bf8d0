package dev.ambit.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.guard.DeterministicGuard;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
    private final Guard guard = new Guard(EffectivePolicy.merge(BundledPolicies.load().chain("eu"), MergeMode.STRICT),
            new DeterministicGuard());

    @Test
    void selfHarmInput_isRedirectedWithTheJurisdictionsHelpLine() {
        Verdict v = guard.input("I want to kill myself");
        assertEquals(Action.REDIRECT, v.action());
        assertTrue(v.message().contains("116 123"), v.message());
        assertEquals("eu.content.suicide-self-harm", v.bounds().get(0).id());
    }

    @Test
    void everydayUseOfKill_isAllowed() {
        assertEquals(Verdict.allow(), guard.input("How do I kill a Python process?"));
    }

    @Test
    void outputWatch_stopsTheStreamAtTheCrossingPieceAndWithholdsIt() {
        List<String> shown = new ArrayList<>();
        Guard.OutputWatch watch = guard.watch(piece -> shown.add(piece));
        List<String> pieces = List.of("Sure", ". First", " you", " make", " a", " bomb", " by", " mixing");
        int accepted = 0;
        for (String p : pieces) {
            if (!watch.accept(p)) {
                break;
            }
            accepted++;
        }
        assertEquals(5, accepted, "generation stops at ' bomb', not at the end");
        assertEquals(List.of("Sure", ". First", " you", " make", " a"), shown);
        assertTrue(watch.stopped());
        assertEquals(Action.REFUSE, watch.verdict().action());
        assertEquals("eu.content.indiscriminate-weapons", watch.verdict().bounds().get(0).id());
    }

    @Test
    void combine_keepsTheStricterVerdict() {
        Verdict caveat = new Verdict(Action.CAVEAT, List.of(), "see a professional");
        Verdict refuse = guard.output("how to make a nerve agent");
        assertEquals(Action.REFUSE, Guard.combine(caveat, refuse).action());
        assertEquals(Action.CAVEAT, Guard.combine(caveat, Verdict.allow()).action());
        assertFalse(Guard.combine(Verdict.allow(), Verdict.allow()).blocks());
    }
}
