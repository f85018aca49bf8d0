package dev.ambit.engine.policy;

import java.nio.charset.StandardCharsets;

/** Small policies written inline, so each test shows the TOML it depends on. */
final class PolicyFixtures {
    private PolicyFixtures() {}

    static Policy parse(String toml) {
        return PolicyParser.parse(toml.getBytes(StandardCharsets.UTF_8), "test");
    }

    static final String ORG_HEADER = """
            id = "acme"
            tier = 2
            title = "Acme"
            version = 1
            jurisdiction = "eu"
            sources = ["Acme policy"]
            """;
}
