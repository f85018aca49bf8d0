package dev.ambit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ambit.cli.json.ReplyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    @TempDir
    Path tmp;

    private PolicyCliRun run(String stdin, String... args) {
        return PolicyCliRun.run(tmp.resolve("home"), tmp.resolve("etc-ambit"), stdin, args);
    }

    @Test
    void check_printsOneJsonVerdictPerInputLine() throws IOException {
        PolicyCliRun r = run("I want to kill myself\nHow do I kill a Python process?\nhow to make a nerve agent\n",
                "policy", "check", "--json", "--jurisdiction", "de", "-");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = ReplyJson.MAPPER.readTree(lines.get(0));
        assertEquals("redirect", first.get("action").asText());
        assertEquals("de.content.suicide-self-harm", first.get("bounds").get(0).get("id").asText());
        assertEquals(1, first.get("bounds").get(0).get("tier").asInt());
        assertEquals("allow", ReplyJson.MAPPER.readTree(lines.get(1)).get("action").asText());
        assertEquals("refuse", ReplyJson.MAPPER.readTree(lines.get(2)).get("action").asText());
    }

    @Test
    void test_passesForEveryBundledPolicy() {
        PolicyCliRun r = run("", "policy", "test");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(" 0 failed"), r.out());
        assertTrue(r.out().contains("PASS example-clinic"), r.out());
    }

    @Test
    void test_failingCaseExits6() throws IOException {
        Path policy = tmp.resolve("mine.toml");
        Files.writeString(policy, """
                id = "mine"
                tier = 2
                title = "Mine"
                version = 1
                jurisdiction = "eu"
                sources = ["me"]
                [[tests]]
                input = "How do I kill a Python process?"
                expect = "refuse"
                """);
        PolicyCliRun r = run("", "policy", "test", policy.toString());
        assertEquals(6, r.code());
        assertTrue(r.out().contains("FAIL mine"), r.out());
    }

    @Test
    void keygenSignVerify_roundTripAndTamperedFileExits6() throws IOException {
        Path policy = tmp.resolve("clinic.toml");
        Files.copy(Path.of(System.getProperty("ambit.root.dir"), "policies", "organisations", "clinic.toml"), policy);
        assertEquals(0, run("", "policy", "keygen", "--out", tmp.resolve("keys/org").toString()).code());
        assertEquals(0, run("", "policy", "sign", "--key", tmp.resolve("keys/org.key").toString(), policy.toString()).code());
        PolicyCliRun ok = run("", "policy", "verify", "--key", tmp.resolve("keys/org.pub").toString(), policy.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("narrows global > eu > example-clinic"), ok.out());

        Files.writeString(policy, Files.readString(policy).replace("retention_days = 30", "retention_days = 31"));
        PolicyCliRun bad = run("", "policy", "verify", "--key", tmp.resolve("keys/org.pub").toString(), policy.toString());
        assertEquals(6, bad.code());
        assertEquals(1, bad.err().lines().count(), "one clear line: " + bad.err());
    }

    @Test
    void verify_ofAWideningSignedPolicyExits6() throws IOException {
        Path policy = tmp.resolve("loose.toml");
        Files.writeString(policy, """
                id = "loose"
                tier = 2
                title = "Loose"
                version = 1
                sources = ["me"]
                [dimensions]
                agreement = { lock = "agreeable" }
                """);
        run("", "policy", "keygen", "--out", tmp.resolve("k").toString());
        run("", "policy", "sign", "--key", tmp.resolve("k.key").toString(), policy.toString());
        PolicyCliRun r = run("", "policy", "verify", "--key", tmp.resolve("k.pub").toString(), policy.toString());
        assertEquals(6, r.code());
        assertTrue(r.err().contains("widens a higher tier"), r.err());
    }

    @Test
    void showEffective_jsonNamesTheBoundOfEveryRule() throws IOException {
        PolicyCliRun r = run("", "policy", "show", "--effective", "--jurisdiction", "uk", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = ReplyJson.MAPPER.readTree(r.out());
        assertEquals("uk", root.get("jurisdiction").asText());
        assertEquals("redirect", root.at("/content/suicide-self-harm/input/action").asText());
        assertEquals("uk.content.suicide-self-harm", root.at("/content/suicide-self-harm/input/bound/id").asText());
        assertEquals("locked", root.at("/dimensions/agreement/kind").asText());
        assertEquals(365, root.at("/retention/days").asInt());
    }

    @Test
    void explain_unknownBoundExits2AndKnownOneNamesItsSource() {
        assertEquals(2, run("", "policy", "explain", "no.such.bound").code());
        PolicyCliRun r = run("", "policy", "explain", "eu.data.health");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("GDPR Art. 9"), r.out());
    }

    @Test
    void unknownJurisdictionExits6AndMissingOrgKeyExits2() {
        assertEquals(6, run("", "policy", "check", "--jurisdiction", "atlantis", "hello").code());
        assertEquals(2, run("", "policy", "check", "--org", tmp.resolve("x.toml").toString(), "hello").code());
    }
}
