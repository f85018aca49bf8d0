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
    void outputWatch_onASlowStream_stopsWithinAFewPiecesOfTheCrossing_andNeverShowsIt() {
        long[] now = {0};
        List<String> shown = new ArrayList<>();
        Guard.OutputWatch watch = guard.watch(piece -> shown.add(piece), () -> now[0]);
        int accepted = feed(watch, now, Guard.MIN_CHECK_INTERVAL_NANOS, CROSSING);
        assertTrue(accepted >= 5 && accepted <= 5 + Guard.CHECK_EVERY / 3, "stops within a few pieces of ' bomb': " + accepted);
        assertFalse(String.join("", shown).contains("bomb"), "the crossing text is never shown: " + shown);
        assertEquals("Sure", shown.get(0), "the first piece is released at once");
        assertTrue(watch.stopped());
        assertEquals(Action.REFUSE, watch.finish().action());
        assertEquals("eu.content.indiscriminate-weapons", watch.verdict().bounds().get(0).id());
    }

    @Test
    void outputWatch_onAFastStream_checksLessOften_butStillStopsWithinTheHoldLimit_andNeverShowsIt() {
        long[] now = {0};
        List<String> shown = new ArrayList<>();
        Guard.OutputWatch watch = guard.watch(piece -> shown.add(piece), () -> now[0]);
        int accepted = feed(watch, now, 1_000, CROSSING);
        int charsAfterCrossing = String.join("", CROSSING.subList(5, accepted)).length();
        assertTrue(accepted < CROSSING.size() - 1, "generation stops long before the end, after " + accepted);
        assertTrue(charsAfterCrossing <= Guard.HOLD_AT_MOST, "stops within the hold limit: " + charsAfterCrossing);
        assertFalse(String.join("", shown).contains("bomb"), "the crossing text is never shown: " + shown);
        assertEquals(Action.REFUSE, watch.finish().action());
    }

    @Test
    void outputWatch_onAFastStreamFullOfClauseEnds_checksAtMostOncePerClauseInterval() {
        long[] now = {0};
        List<String> shown = new ArrayList<>();
        Guard.OutputWatch watch = guard.watch(piece -> shown.add(piece), () -> now[0]);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String piece = i % 2 == 0 ? " The cat sat" : ".";
            now[0] += 500_000; // 2,000 pieces a second: a clause ends every millisecond
            assertTrue(watch.accept(piece));
            all.append(piece);
        }
        long streamMillis = 200 * 500_000L / 1_000_000;
        assertTrue(shown.size() <= 1 + streamMillis / (Guard.MIN_CLAUSE_INTERVAL_NANOS / 1_000_000) + 1,
                "one release per clause interval at most, plus the first piece: " + shown.size());
        assertEquals(Action.ALLOW, watch.finish().action());
        assertEquals(all.toString(), String.join("", shown), "everything is shown by the end");
    }

    @Test
    void outputWatch_onASlowStream_releasesEachClauseAsItEnds() {
        long[] now = {0};
        List<String> shown = new ArrayList<>();
        Guard.OutputWatch watch = guard.watch(piece -> shown.add(piece), () -> now[0]);
        for (String piece : List.of("The", " dog", " ran", ".", " It", " was", " happy", ".")) {
            now[0] += Guard.MIN_CLAUSE_INTERVAL_NANOS; // a model slower than the clause interval
            assertTrue(watch.accept(piece));
            if (piece.equals(".")) {
                assertTrue(String.join("", shown).endsWith("."), "the clause is shown when it ends: " + shown);
            }
        }
    }

    /** A reply that turns harmful at its sixth piece and goes on for well over the hold limit. */
    private static final List<String> CROSSING = crossing();

    private static List<String> crossing() {
        List<String> pieces = new ArrayList<>(List.of("Sure", ". First", " you", " make", " a", " bomb", " by",
                " mixing", " two", " things", " you", " can", " buy", " anywhere", " and", " then", " you", " wait"));
        for (int i = 0; i < 40; i++) {
            pieces.add(" longer");
        }
        return pieces;
    }

    /** Feeds {@code pieces} one every {@code gapNanos} of the fake clock; returns how many were accepted. */
    private static int feed(Guard.OutputWatch watch, long[] now, long gapNanos, List<String> pieces) {
        int accepted = 0;
        for (String p : pieces) {
            now[0] += gapNanos;
            if (!watch.accept(p)) {
                break;
            }
            accepted++;
        }
        return accepted;
    }

    @Test
    void outputWatch_releasesAnAllowedReplyWhole_byTheEndOfTheStream() {
        List<String> shown = new ArrayList<>();
        Guard.OutputWatch watch = guard.watch(piece -> shown.add(piece));
        List<String> pieces = List.of("The", " little", " dog", " ran", " to", " the", " park", " and", " played");
        for (String p : pieces) {
            assertTrue(watch.accept(p));
        }
        assertEquals(Action.ALLOW, watch.finish().action());
        assertEquals(String.join("", pieces), String.join("", shown));
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
