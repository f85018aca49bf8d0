package dev.ambit.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
    private static final BundledPolicies BUNDLED = BundledPolicies.load();

    @TempDir
    Path dir;

    private Path install(String toml) throws IOException {
        Path policy = dir.resolve(PolicyLoader.POLICY_FILE);
        Files.writeString(policy, toml);
        PolicySignatures.KeyFiles keys = PolicySignatures.keygen(dir.resolve("signing"));
        Files.move(keys.publicKey(), dir.resolve(PolicyLoader.KEY_FILE));
        PolicySignatures.sign(keys.privateKey(), policy);
        return policy;
    }

    @Test
    void keygen_writesPrivateKeyOwnerOnlyAndRefusesToOverwrite() throws IOException {
        PolicySignatures.KeyFiles keys = PolicySignatures.keygen(dir.resolve("org"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())));
        assertTrue(Files.size(keys.publicKey()) > 0);
        assertThrows(PolicyException.class, () -> PolicySignatures.keygen(dir.resolve("org")));
    }

    @Test
    void signedInstalledPolicy_narrowsTheJurisdictionItPins() throws IOException {
        install(PolicyFixtures.ORG_HEADER.replace("\"eu\"", "\"de\"") + "[data]\nretention_days = 7\n");
        EffectivePolicy e = PolicyLoader.load(BUNDLED, "us", dir, List.of());
        assertEquals("de", e.jurisdiction(), "the organisation pins its jurisdiction over the user's choice");
        assertEquals(7, e.retention().days().getAsInt());
        assertEquals("acme", e.tiers().get(e.tiers().size() - 1).id());
    }

    @Test
    void noInstalledPolicy_appliesTheJurisdictionAlone() {
        EffectivePolicy e = PolicyLoader.load(BUNDLED, "uk", dir, List.of());
        assertEquals(List.of("global", "uk"), e.tiers().stream().map(Policy::id).toList());
    }

    @Test
    void tamperedInstalledPolicy_failsClosed() throws IOException {
        Path policy = install(PolicyFixtures.ORG_HEADER);
        Files.writeString(policy, Files.readString(policy).replace("Acme", "Acne"));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(BUNDLED, "eu", dir, List.of()));
        assertTrue(e.getMessage().contains("does not match its signature"), e.getMessage());
    }

    @Test
    void unsignedInstalledPolicy_failsClosed() throws IOException {
        Path policy = install(PolicyFixtures.ORG_HEADER);
        Files.delete(PolicySignatures.signatureOf(policy));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(BUNDLED, "eu", dir, List.of()));
        assertTrue(e.getMessage().contains("is not signed"), e.getMessage());
    }

    @Test
    void installedPolicyWithoutPublicKey_failsClosed() throws IOException {
        install(PolicyFixtures.ORG_HEADER);
        Files.delete(dir.resolve(PolicyLoader.KEY_FILE));
        assertThrows(PolicyException.class, () -> PolicyLoader.load(BUNDLED, "eu", dir, List.of()));
    }

    @Test
    void wideningSignedPolicy_failsClosed() throws IOException {
        install(PolicyFixtures.ORG_HEADER + "[[content]]\nhazard = \"indiscriminate-weapons\"\naction = \"allow\"\nsource = \"x\"\n");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(BUNDLED, "eu", dir, List.of()));
        assertTrue(e.getMessage().contains("can only narrow"), e.getMessage());
    }

    @Test
    void invalidSignedPolicy_failsClosed() throws IOException {
        install(PolicyFixtures.ORG_HEADER + "tier_two = true\n");
        assertThrows(PolicyException.class, () -> PolicyLoader.load(BUNDLED, "eu", dir, List.of()));
    }

    @Test
    void extraOrganisationPolicy_stacksOnTheInstalledOne() throws IOException {
        install(PolicyFixtures.ORG_HEADER);
        Path extraDir = Files.createDirectories(dir.resolve("extra"));
        Path extra = extraDir.resolve("team.toml");
        Files.writeString(extra, PolicyFixtures.ORG_HEADER.replace("\"acme\"", "\"acme-team\"")
                + "[[content]]\nhazard = \"elections\"\naction = \"refuse\"\nsource = \"team rule\"\n");
        PolicySignatures.KeyFiles keys = PolicySignatures.keygen(extraDir.resolve("team"));
        PolicySignatures.sign(keys.privateKey(), extra);
        EffectivePolicy e = PolicyLoader.load(BUNDLED, "eu", dir,
                List.of(new PolicyLoader.OrgPolicyFile(extra, keys.publicKey())));
        assertEquals(Action.REFUSE, e.content(Hazard.ELECTIONS, Direction.INPUT).action());
    }
}
