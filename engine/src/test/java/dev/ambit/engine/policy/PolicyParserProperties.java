package dev.ambit.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.testing.TinyModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicyParserProperties {
    /** Any input is either a valid policy or one PolicyException: never another exception, never a partial policy. */
    @Property(tries = 500)
    void arbitraryBytes_parseOrFailWithAPolicyError(@ForAll byte[] bytes) {
        assertParsesOrPolicyError(bytes);
    }

    @Property(tries = 300)
    void mutatedBundledPolicy_parsesOrFailsWithAPolicyError(@ForAll("mutations") String toml) {
        assertParsesOrPolicyError(toml.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 50)
    void parsingTwice_givesEqualPolicies(@ForAll("bundledFiles") String toml) {
        byte[] bytes = toml.getBytes(StandardCharsets.UTF_8);
        assertEquals(PolicyParser.parse(bytes, "a"), PolicyParser.parse(bytes.clone(), "b"));
    }

    @Provide
    Arbitrary<String> bundledFiles() {
        return Arbitraries.of("global.toml", "eu.toml", "de.toml", "uk.toml", "us.toml", "organisations/clinic.toml",
                "organisations/school.toml").map(PolicyParserProperties::read);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> junk = Arbitraries.of("=", "\"", "[", "]]", "\n", "[[content]]\n", "tier = 3\n", "action = \"meh\"\n",
                "version = -1\n", "{", "hazard = \"S99\"\n", "retention_days = -5\n", "\u0000", "lock = [\"a\"]\n");
        return bundledFiles().flatMap(text -> Arbitraries.integers().between(0, text.length())
                .flatMap(at -> junk.map(j -> text.substring(0, at) + j + text.substring(at))));
    }

    private static void assertParsesOrPolicyError(byte[] bytes) {
        try {
            Policy p = PolicyParser.parse(bytes, "fuzz");
            assertTrue(p.tier() == 1 || p.tier() == 2, "a parsed policy is whole and valid");
            assertTrue(p.version() >= 1 && !p.sources().isEmpty());
        } catch (PolicyException expected) {
            assertTrue(expected.getMessage().startsWith("policy fuzz "), expected.getMessage());
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(TinyModel.repositoryRoot().resolve("policies").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
