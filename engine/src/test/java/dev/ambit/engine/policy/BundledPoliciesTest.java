package dev.ambit.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ambit.engine.guard.DeterministicGuard;
import dev.ambit.engine.policy.HazardDetector.Direction;
import dev.ambit.engine.testing.TinyModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledPoliciesTest {
    private static final Path POLICIES = TinyModel.repositoryRoot().resolve("policies");

    @Test
    void committedManifest_matchesEveryPolicyFileInTheRepository() throws IOException {
        Map<String, String> manifest = BundledPolicies.parseManifest(Files.readAllBytes(POLICIES.resolve("MANIFEST.sha256")));
        List<String> onDisk;
        try (var files = Files.walk(POLICIES)) {
            onDisk = files.filter(f -> f.toString().endsWith(".toml")).map(f -> POLICIES.relativize(f).toString()).sorted().toList();
        }
        assertEquals(onDisk, manifest.keySet().stream().sorted().toList(), "every policy file is listed, and only those");
        for (Map.Entry<String, String> e : manifest.entrySet()) {
            String actual = BundledPolicies.sha256(Files.readAllBytes(POLICIES.resolve(e.getKey())));
            assertEquals(e.getValue(), actual, e.getKey() + " changed: update policies/MANIFEST.sha256 (see policies/README.md)");
        }
    }

    @Test
    void bundleInTheJar_loadsAllJurisdictionsAndExamples() {
        BundledPolicies bundled = BundledPolicies.load();
        assertEquals(List.of("global", "eu", "de", "uk", "us"), bundled.jurisdictions());
        assertTrue(bundled.find("example-clinic").isPresent());
        assertEquals(List.of("global", "eu", "de"), bundled.chain("de").stream().map(Policy::id).toList());
    }

    @Test
    void editedBundledFile_failsClosed() throws IOException {
        byte[] manifest = Files.readAllBytes(POLICIES.resolve("MANIFEST.sha256"));
        PolicyException e = assertThrows(PolicyException.class, () -> BundledPolicies.fromFiles(manifest, path -> {
            byte[] bytes = readRepo(path);
            if (path.equals("eu.toml")) {
                return new String(bytes, StandardCharsets.UTF_8).replace("action = \"refuse\"", "action = \"allow\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }));
        assertTrue(e.getMessage().contains("eu.toml has been modified"), e.getMessage());
    }

    @Test
    void missingBundledFile_failsClosed() throws IOException {
        byte[] manifest = Files.readAllBytes(POLICIES.resolve("MANIFEST.sha256"));
        assertThrows(PolicyException.class, () -> BundledPolicies.fromFiles(manifest, path -> {
            if (path.equals("de.toml")) {
                throw new PolicyException("bundled policy de.toml is missing");
            }
            return readRepo(path);
        }));
    }

    @Test
    void everyBundledPolicy_passesItsOwnTests() {
        BundledPolicies bundled = BundledPolicies.load();
        for (Policy p : bundled.all()) {
            assertFalse(p.tests().isEmpty(), p.id() + " ships test cases");
            EffectivePolicy context = PolicyTestRun.context(bundled, p, "eu");
            for (PolicyTestRun.Result r : PolicyTestRun.run(p, context, new DeterministicGuard())) {
                assertTrue(r.passed(), p.id() + ": " + r.testCase().describe() + " but got " + r.actual());
            }
        }
    }

    @Test
    void globalAndEu_mapAllHazardsAsAgreedWithTheGuard() {
        EffectivePolicy eu = EffectivePolicy.merge(BundledPolicies.load().chain("eu"), MergeMode.STRICT);
        for (Direction d : Direction.values()) {
            for (Hazard h : Hazard.values()) {
                Action expected = switch (h) {
                    case SUICIDE_SELF_HARM -> Action.REDIRECT;
                    case SPECIALIZED_ADVICE, ELECTIONS -> Action.CAVEAT;
                    default -> Action.REFUSE;
                };
                assertEquals(expected, eu.content(h, d).action(), h + " on " + d);
                assertTrue(eu.content(h, d).bound().isPresent());
            }
        }
        assertTrue(eu.content(Hazard.SUICIDE_SELF_HARM, Direction.INPUT).message().contains("116 123"));
        assertEquals("eu.content.suicide-self-harm", eu.content(Hazard.SUICIDE_SELF_HARM, Direction.INPUT).bound().orElseThrow().id());
    }

    @Test
    void bundledJurisdictionChains_mergeStrictlyWithoutWidening() {
        BundledPolicies bundled = BundledPolicies.load();
        for (String j : bundled.jurisdictions()) {
            EffectivePolicy e = EffectivePolicy.merge(bundled.chain(j), MergeMode.STRICT);
            assertEquals(j, e.jurisdiction());
            assertEquals("honest", e.dimension(Dimension.AGREEMENT).locked().orElseThrow(), j);
            assertEquals("on", e.dimension(Dimension.AI_DISCLOSURE).locked().orElseThrow(), j);
        }
    }

    @Test
    void everyBoundInAVerdictOrRule_canBeExplained() {
        BundledPolicies bundled = BundledPolicies.load();
        java.util.Set<BoundRef> described = new java.util.HashSet<>();
        bundled.all().forEach(p -> BoundDescription.of(p).forEach(d -> described.add(d.ref())));
        for (Policy p : bundled.all()) {
            EffectivePolicy e = PolicyTestRun.context(bundled, p, "eu");
            List<BoundRef> used = new java.util.ArrayList<>();
            for (Hazard h : Hazard.values()) {
                for (Direction d : Direction.values()) {
                    e.content(h, d).bound().ifPresent(used::add);
                }
                e.caveats(h).forEach(r -> used.add(r.bound()));
            }
            for (Dimension d : Dimension.values()) {
                e.dimension(d).bound().ifPresent(used::add);
            }
            for (DataCategory c : DataCategory.values()) {
                e.data(c).bound().ifPresent(used::add);
            }
            e.retention().bound().ifPresent(used::add);
            e.transcripts().bound().ifPresent(used::add);
            e.instructions().forEach(r -> used.add(r.bound()));
            for (BoundRef ref : used) {
                assertTrue(described.contains(ref), "policy explain cannot find " + ref);
            }
        }
    }

    private static byte[] readRepo(String path) {
        try {
            return Files.readAllBytes(POLICIES.resolve(path));
        } catch (IOException e) {
            throw new PolicyException("cannot read " + path, e);
        }
    }
}
