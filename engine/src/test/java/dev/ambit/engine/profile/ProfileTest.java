package dev.ambit.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.AmbitException;
import dev.ambit.engine.AmbitHome;
import dev.ambit.engine.InvalidInputException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {
    @TempDir
    Path tmp;

    private static char[] pass() {
        return "engine side passphrase".toCharArray();
    }

    @Test
    void storeFailures_becomeStoreErrorsAndUnknownIdsInputErrors() {
        AmbitHome home = new AmbitHome(tmp);
        assertFalse(Profile.exists(home));
        AmbitException missing = assertThrows(AmbitException.class, () -> Profile.open(home, pass()));
        assertEquals(AmbitException.Failure.STORE, missing.failure());
        try (Profile profile = Profile.create(home, pass(), KdfCost.TEST, "de")) {
            assertEquals("active", profile.status());
            assertEquals("de", profile.jurisdiction().orElseThrow());
            assertThrows(InvalidInputException.class, () -> profile.remember("   "));
            assertThrows(InvalidInputException.class, () -> profile.forget(42));
            assertThrows(InvalidInputException.class, () -> profile.audit("decision.refuse", "free text here"));
            profile.store().putSetting(Profile.LEARNING_PAUSED, "true");
            assertEquals("paused", profile.status());
        }
        AmbitException wrong = assertThrows(AmbitException.class, () -> Profile.open(home, "nope".toCharArray()));
        assertEquals(AmbitException.Failure.STORE, wrong.failure());
    }

    @Test
    void passphraseArrays_areWipedAfterUse() {
        AmbitHome home = new AmbitHome(tmp);
        char[] secret = pass();
        Profile.create(home, secret, KdfCost.TEST, "global").close();
        assertTrue(new String(secret).chars().allMatch(c -> c == 0));
        char[] again = pass();
        Profile.open(home, again).close();
        assertTrue(new String(again).chars().allMatch(c -> c == 0));
    }

    @Test
    void kdfCost_isProductionUnlessTestIsAskedForExplicitly() {
        assertEquals(KdfCost.PRODUCTION, KdfCost.fromEnvironment(Map.of()));
        assertEquals(KdfCost.TEST, KdfCost.fromEnvironment(Map.of("AMBIT_KDF", "test")));
        assertThrows(InvalidInputException.class, () -> KdfCost.fromEnvironment(Map.of("AMBIT_KDF", "fast")));
        assertTrue(KdfCost.PRODUCTION.describe().contains("65536 KiB"));
    }
}
