package dev.ambit.engine.profile;

import dev.ambit.engine.InvalidInputException;
import dev.ambit.store.crypto.KdfParams;
import java.util.Map;

/**
 * How expensive the passphrase key derivation is when a keyset is (re-)wrapped. Production unless the
 * environment says {@code AMBIT_KDF=test} — never chosen silently: commands warn when it is the test cost.
 */
public enum KdfCost {
    PRODUCTION(KdfParams.PRODUCTION),
    TEST(KdfParams.TEST);

    private final KdfParams params;

    KdfCost(KdfParams params) {
        this.params = params;
    }

    KdfParams params() {
        return params;
    }

    public static KdfCost fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault("AMBIT_KDF", "");
        if (value.isEmpty() || value.equals("production")) {
            return PRODUCTION;
        }
        if (value.equals("test")) {
            return TEST;
        }
        throw new InvalidInputException("AMBIT_KDF must be 'test' or unset, got \"" + value + "\"");
    }

    /** One line describing the Argon2id parameters, for messages and the README. */
    public String describe() {
        return "Argon2id, " + params.memoryKib() + " KiB, " + params.iterations() + (params.iterations() == 1 ? " pass, " : " passes, ")
                + params.parallelism() + " lane" + (params.parallelism() == 1 ? "" : "s");
    }
}
