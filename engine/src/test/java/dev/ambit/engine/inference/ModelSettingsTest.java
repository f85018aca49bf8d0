package dev.ambit.engine.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {
    private static final Path MODEL = Path.of("model.gguf");

    @Test
    void defaults_keepTheF16CacheAndPlainAttention() {
        ModelSettings s = ModelSettings.cpu(MODEL);
        assertEquals(KvCache.F16, s.kvCache());
        assertFalse(s.flashAttention());
    }

    @Test
    void quantisedCache_alwaysRunsWithFlashAttention() {
        assertTrue(new ModelSettings(MODEL, 0, 0, 0, false, KvCache.Q8_0, false).flashAttention());
        assertTrue(new ModelSettings(MODEL, 0, 0, 0, false, KvCache.F16, true).flashAttention());
    }

    @Test
    void kvCacheNames_roundTrip_andUnknownNamesAreEmpty() {
        for (KvCache k : KvCache.values()) {
            assertEquals(Optional.of(k), KvCache.byName(k.wireName()));
            assertEquals(Optional.of(k), KvCache.byName(k.wireName().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals(Optional.empty(), KvCache.byName("q4_0"));
        assertEquals("f16, q8_0", KvCache.names());
    }

    @Test
    void missingKvCache_isRejectedNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new ModelSettings(MODEL, 0, 0, 0, false, null, false));
        assertEquals("kvCache", e.getMessage());
    }
}
