package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StopMatcherTest {
    @Test
    void partialStopString_isHeldBackUntilDecided() {
        StopMatcher m = new StopMatcher(List.of("\nUser:"));
        assertEquals("Hello", m.accept("Hello\nUs"));
        assertEquals("", m.accept("e"));
        assertEquals("", m.accept("r: next"));
        assertTrue(m.stopped());
    }

    @Test
    void falseAlarm_isReleasedWhenTheNextPieceDiffers() {
        StopMatcher m = new StopMatcher(List.of("\nUser:"));
        assertEquals("a", m.accept("a\nU"));
        assertEquals("\nUp", m.accept("p"));
        assertFalse(m.stopped());
        assertEquals("", m.flush());
    }

    @Property(tries = 500)
    void releasedText_isTheStreamUpToTheFirstStop(
            @ForAll @StringLength(max = 60) String text, @ForAll @IntRange(min = 1, max = 7) int chunk) {
        String stop = "\nUser:";
        StopMatcher m = new StopMatcher(List.of(stop));
        StringBuilder released = new StringBuilder();
        for (int i = 0; i < text.length() && !m.stopped(); i += chunk) {
            released.append(m.accept(text.substring(i, Math.min(text.length(), i + chunk))));
        }
        released.append(m.flush());
        int at = text.indexOf(stop);
        assertEquals(at >= 0 ? text.substring(0, at) : text, released.toString());
        assertEquals(at >= 0, m.stopped());
    }

    @Property(tries = 300)
    void streamsContainingTheStop_areCutExactlyThere(
            @ForAll @StringLength(max = 30) String before, @ForAll @StringLength(max = 30) String after,
            @ForAll @IntRange(min = 1, max = 5) int chunk) {
        String stop = "\nUser:";
        String text = before + stop + after;
        StopMatcher m = new StopMatcher(List.of(stop));
        StringBuilder released = new StringBuilder();
        for (int i = 0; i < text.length() && !m.stopped(); i += chunk) {
            released.append(m.accept(text.substring(i, Math.min(text.length(), i + chunk))));
        }
        assertTrue(m.stopped());
        assertEquals(text.substring(0, text.indexOf(stop)), released.toString());
    }
}
