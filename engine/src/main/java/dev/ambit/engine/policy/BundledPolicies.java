package dev.ambit.engine.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The policies shipped inside the jar (copied from the repository's {@code policies/} at build time), checked
 * against the committed digest manifest {@code MANIFEST.sha256} before any is parsed. The manifest is also the
 * index: a bundled file it does not list is never loaded.
 *
 * <p>Contract: {@link #load} returns only when every listed file is present, matches its SHA-256 and parses;
 * otherwise it throws {@link PolicyException} (fail closed).
 */
public final class BundledPolicies {
    static final String RESOURCE_DIR = "/dev/ambit/policies/";
    static final String MANIFEST = "MANIFEST.sha256";

    private static volatile BundledPolicies loaded;

    private final Map<String, Policy> byId;
    private final Map<String, String> pathById;

    private BundledPolicies(Map<String, Policy> byId, Map<String, String> pathById) {
        this.byId = Map.copyOf(byId);
        // Manifest order is the order users see in 'policy show' and 'policy test'.
        this.pathById = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pathById));
    }

    /** The bundled policies of this build, verified and parsed once per process. */
    public static BundledPolicies load() {
        BundledPolicies b = loaded;
        if (b == null) {
            synchronized (BundledPolicies.class) {
                b = loaded;
                if (b == null) {
                    b = fromFiles(resource(MANIFEST), BundledPolicies::resource);
                    loaded = b;
                }
            }
        }
        return b;
    }

    /** A file reader for {@link #fromFiles}: returns the bytes or throws {@link PolicyException}. */
    @FunctionalInterface
    public interface FileSource {
        byte[] read(String relativePath);
    }

    /** Verifies {@code manifest} against the files {@code source} gives and parses them. */
    public static BundledPolicies fromFiles(byte[] manifest, FileSource source) {
        Map<String, Policy> byId = new LinkedHashMap<>();
        Map<String, String> pathById = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : parseManifest(manifest).entrySet()) {
            String path = entry.getKey();
            byte[] bytes = source.read(path);
            String actual = sha256(bytes);
            if (!actual.equals(entry.getValue())) {
                throw new PolicyException("bundled policy " + path + " has been modified (SHA-256 " + actual
                        + ", manifest says " + entry.getValue() + "): refusing to run with altered bounds");
            }
            Policy policy = PolicyParser.parse(bytes, "bundled " + path);
            if (byId.put(policy.id(), policy) != null) {
                throw new PolicyException("two bundled policies have the id " + policy.id());
            }
            pathById.put(policy.id(), path);
        }
        for (Policy p : byId.values()) {
            if (p.extendsId().isPresent() && !byId.containsKey(p.extendsId().get())) {
                throw new PolicyException("bundled policy " + p.id() + " extends unknown policy " + p.extendsId().get());
            }
        }
        return new BundledPolicies(byId, pathById);
    }

    /** Every bundled policy, jurisdictions and example organisations, in manifest order. */
    public List<Policy> all() {
        return pathById.keySet().stream().map(byId::get).toList();
    }

    public Optional<Policy> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The manifest path of a bundled policy, e.g. {@code organisations/clinic.toml}. */
    public String path(String id) {
        return pathById.get(id);
    }

    /** Ids of the tier-1 policies a user can choose as jurisdiction. */
    public List<String> jurisdictions() {
        return all().stream().filter(p -> p.tier() == 1).map(Policy::id).toList();
    }

    /**
     * The tier-1 chain for a jurisdiction, highest first: {@code global} (when it exists and is not already in
     * the chain), then each {@code extends} ancestor, ending with the jurisdiction itself.
     */
    public List<Policy> chain(String jurisdiction) {
        Policy leaf = byId.get(jurisdiction);
        if (leaf == null || leaf.tier() != 1) {
            throw new PolicyException("unknown jurisdiction '" + jurisdiction + "' (bundled: "
                    + String.join(", ", jurisdictions()) + ")");
        }
        // Policies are told apart by id (ids are unique here): comparing whole records would walk every bound
        // and test case, and bootstrapping the records' generated equals costs start-up time.
        List<Policy> chain = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Policy p = leaf; p != null; p = p.extendsId().map(byId::get).orElse(null)) {
            if (!ids.add(p.id())) {
                throw new PolicyException("bundled policy " + p.id() + " extends itself through a cycle");
            }
            chain.add(0, p);
        }
        Policy global = byId.get("global");
        if (global != null && !ids.contains(global.id())) {
            chain.add(0, global);
        }
        return chain;
    }

    static Map<String, String> parseManifest(byte[] manifest) {
        Map<String, String> entries = new LinkedHashMap<>();
        String[] lines = new String(manifest, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+\\*?", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}") || parts[1].contains("..")) {
                throw new PolicyException("bundled policy manifest line " + (i + 1) + " is not '<sha256>  <path>': " + line);
            }
            entries.put(parts[1], parts[0]);
        }
        if (entries.isEmpty()) {
            throw new PolicyException("bundled policy manifest lists no policies");
        }
        return entries;
    }

    /** Lower-case hex SHA-256, as {@code sha256sum} prints it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static byte[] resource(String relativePath) {
        try (InputStream in = BundledPolicies.class.getResourceAsStream(RESOURCE_DIR + relativePath)) {
            if (in == null) {
                throw new PolicyException("bundled policy " + relativePath + " is missing from this build: refusing to run without it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PolicyException("bundled policy " + relativePath + " cannot be read: " + e.getMessage(), e);
        }
    }
}
