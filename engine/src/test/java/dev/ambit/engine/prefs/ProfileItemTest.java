package dev.ambit.engine.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ProfileItemTest {
    @Property(tries = 300)
    void provenance_roundTripsThroughItsJson(@ForAll @IntRange(min = 0, max = 100_000) int turn,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds, @ForAll @IntRange(min = 1, max = 1000) int count,
            @ForAll @DoubleRange(min = 0, max = 1) double confidence, @ForAll String evidence) {
        double rounded = Math.round(confidence * 1000) / 1000.0;
        Provenance p = new Provenance("statement", turn, Instant.ofEpochSecond(seconds), count, rounded, evidence);
        assertEquals(p, Provenance.fromJson(p.toJson()));
    }

    @Test
    void item_roundTripsThroughItsRow() {
        ProfileItem item = new ProfileItem(ProfileItem.Kind.DIMENSION, "verbosity", "short",
                new Provenance("choice", 4, Instant.parse("2026-01-01T00:00:00Z"), 2, 0.5, ""));
        assertEquals(item, ProfileItem.fromRow("dimension", "verbosity", "short", item.provenance().toJson()));
        assertEquals("dimension:verbosity", item.id());
    }

    @Test
    void damagedRows_failNamingWhatIsWrong() {
        String ok = new Provenance("set", 0, Instant.EPOCH, 1, 1, "").toJson();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProfileItem.fromRow("dimension", "verbosity", "huge", ok))
                .getMessage().contains("huge"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProfileItem.fromRow("colour", "x", "y", ok))
                .getMessage().contains("colour"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Provenance.fromJson("{\"source\":1}"))
                .getMessage().contains("source"));
        assertThrows(IllegalArgumentException.class, () -> Provenance.fromJson("not json"));
    }
}
