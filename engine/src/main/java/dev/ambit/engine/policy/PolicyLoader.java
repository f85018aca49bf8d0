package dev.ambit.engine.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Assembles the bounds in force: the bundled tier-1 chain of a jurisdiction, the organisation policy installed
 * in the system directory, and any extra organisation policies given for testing or authoring.
 *
 * <p>Contract, fail closed: a tampered bundle, an installed policy without a valid signature or public key, an
 * unreadable or invalid policy, or an organisation policy that widens a higher tier throws
 * {@link PolicyException}; there is no degraded mode.
 */
public final class PolicyLoader {
    /** The installed organisation policy's file name inside the system directory. */
    public static final String POLICY_FILE = "policy.toml";
    /** The public key the installed policy is verified with, beside it. */
    public static final String KEY_FILE = "policy.pub";

    private PolicyLoader() {}

    /** An organisation policy file and the public key its signature must verify under. */
    public record OrgPolicyFile(Path policy, Path publicKey) {
        public OrgPolicyFile {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }

    /**
     * The system directory fixed when this build was made for installation ({@code /etc/ambit} unless the
     * packager built with {@code -Dambit.system.dir=...}). Deliberately not read from the environment or the
     * command line: the user must not be able to move the organisation's policy out of the way.
     */
    public static Path systemDir() {
        Properties p = new Properties();
        try (InputStream in = PolicyLoader.class.getResourceAsStream("installation.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new PolicyException("cannot read the installation settings: " + e.getMessage(), e);
        }
        String dir = p.getProperty("system.dir", "");
        return Path.of(dir.isBlank() || dir.startsWith("${") ? "/etc/ambit" : dir);
    }

    /** The organisation policy installed in {@code systemDir}, verified; empty when none is installed. */
    public static Optional<Policy> installed(Path systemDir) {
        Path policy = systemDir.resolve(POLICY_FILE);
        Path signature = PolicySignatures.signatureOf(policy);
        // Only a confirmed absence means "no organisation policy": a directory we cannot look into fails closed.
        if (Files.notExists(systemDir) || (Files.notExists(policy) && Files.notExists(signature))) {
            return Optional.empty();
        }
        if (!Files.exists(policy) && !Files.exists(signature)) {
            throw new PolicyException("cannot tell whether an organisation policy is installed in " + systemDir
                    + " (permission denied?): refusing to run");
        }
        Path key = systemDir.resolve(KEY_FILE);
        if (!Files.exists(key)) {
            throw new PolicyException("the installed organisation policy " + policy + " has no public key " + key
                    + ": refusing to run (ask your administrator)");
        }
        return Optional.of(organisation(new OrgPolicyFile(policy, key)));
    }

    /** Reads, verifies and parses one organisation policy. */
    public static Policy organisation(OrgPolicyFile file) {
        byte[] bytes = PolicySignatures.verified(file.publicKey(), file.policy());
        Policy policy = PolicyParser.parse(bytes, file.policy().toString());
        if (policy.tier() != 2) {
            throw new PolicyException("policy " + file.policy() + " is tier " + policy.tier()
                    + ", but an organisation policy must be tier 2");
        }
        return policy;
    }

    /**
     * The effective bounds.
     *
     * @param jurisdiction the user's chosen jurisdiction; an organisation policy that names one pins it instead
     * @param systemDir the installation's system directory (see {@link #systemDir()})
     * @param extra organisation policies that may only narrow
     */
    public static EffectivePolicy load(BundledPolicies bundled, String jurisdiction, Path systemDir, List<OrgPolicyFile> extra) {
        List<Policy> orgs = new ArrayList<>();
        installed(systemDir).ifPresent(orgs::add);
        for (OrgPolicyFile f : extra) {
            orgs.add(organisation(f));
        }
        return merge(bundled, jurisdiction, orgs);
    }

    /** Merges verified organisation policies onto the jurisdiction's chain; widening organisations fail. */
    public static EffectivePolicy merge(BundledPolicies bundled, String jurisdiction, List<Policy> orgs) {
        String inForce = orgs.stream().findFirst().flatMap(Policy::jurisdiction).orElse(jurisdiction);
        List<Policy> chain = bundled.chain(inForce);
        List<String> chainIds = chain.stream().map(Policy::id).toList();
        for (Policy org : orgs) {
            if (org.jurisdiction().isPresent() && !chainIds.contains(org.jurisdiction().get())) {
                throw new PolicyException("organisation policy " + org.id() + " is written for jurisdiction "
                        + org.jurisdiction().get() + ", but " + inForce + " is in force");
            }
        }
        EffectivePolicy base = EffectivePolicy.merge(chain, MergeMode.LENIENT);
        if (orgs.isEmpty()) {
            return base;
        }
        List<Policy> all = new ArrayList<>(chain);
        all.addAll(orgs);
        EffectivePolicy merged = EffectivePolicy.merge(all, MergeMode.LENIENT);
        List<String> added = new ArrayList<>(merged.warnings());
        added.removeAll(base.warnings());
        if (!added.isEmpty()) {
            throw new PolicyException("organisation policy rejected: " + added.get(0).replaceFirst("^ignored: ", "")
                    + " (an organisation can only narrow)");
        }
        return merged;
    }
}
