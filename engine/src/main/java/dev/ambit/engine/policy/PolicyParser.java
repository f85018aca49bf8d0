package dev.ambit.engine.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a policy from TOML (the format is documented in {@code policies/README.md}). Unknown keys are errors,
 * so a misspelt bound can never be silently ignored.
 *
 * <p>Contract: returns a valid {@link Policy} or throws {@link PolicyException} naming the file, the key and
 * the rule; never returns a partial policy.
 */
public final class PolicyParser {
    private static final TomlMapper TOML = new TomlMapper();
    private static final Set<String> TOP = Set.of("id", "tier", "title", "version", "sources", "extends",
            "jurisdiction", "refusal", "content", "dimensions", "data", "requirements", "tests");

    private PolicyParser() {}

    /**
     * @param origin where the bytes come from, used in messages (a path or a bundled name)
     */
    public static Policy parse(byte[] toml, String origin) {
        JsonNode root;
        try {
            root = TOML.readTree(toml);
        } catch (JacksonException e) {
            throw new PolicyException("policy " + origin + " is not valid TOML: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new PolicyException("policy " + origin + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return read(root);
        } catch (IllegalArgumentException e) {
            throw new PolicyException("policy " + origin + " is invalid: " + e.getMessage());
        }
    }

    private static Policy read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file is empty");
        }
        onlyKeys(root, TOP, "the top level");
        String id = text(root, "id", true);
        int tier = integer(root, "tier");
        String title = text(root, "title", true);
        int version = integer(root, "version");
        List<String> sources = strings(root, "sources");
        Optional<String> extendsId = Optional.ofNullable(text(root, "extends", false));
        Optional<String> jurisdiction = Optional.ofNullable(text(root, "jurisdiction", false));
        String refusal = Optional.ofNullable(text(root, "refusal", false))
                .orElse("I can't help with that: it is outside the bounds set by " + title + ".");
        if (!Policy.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must match " + Policy.ID.pattern() + ", got '" + id + "'");
        }
        String citation = sources.isEmpty() ? title : sources.get(0);
        return new Policy(id, tier, title, version, sources, extendsId, jurisdiction, refusal,
                content(root.get("content"), id),
                dimensions(root.get("dimensions"), id, citation),
                data(root.get("data"), id, citation),
                requirements(root.get("requirements"), citation),
                tests(root.get("tests")));
    }

    private static List<ContentBound> content(JsonNode node, String policyId) {
        List<ContentBound> bounds = new ArrayList<>();
        if (node == null) {
            return bounds;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("content must be an array of tables ([[content]])");
        }
        for (JsonNode c : node) {
            onlyKeys(c, Set.of("hazard", "on", "action", "message", "source"), "[[content]]");
            String hazardText = text(c, "hazard", true);
            Hazard hazard = Hazard.parse(hazardText).orElseThrow(() -> new IllegalArgumentException(
                    "content: unknown hazard '" + hazardText + "' (use an id such as suicide-self-harm or a code S1..S14)"));
            String on = Optional.ofNullable(text(c, "on", false)).orElse("both");
            Set<Direction> directions = switch (on) {
                case "input" -> EnumSet.of(Direction.INPUT);
                case "output" -> EnumSet.of(Direction.OUTPUT);
                case "both" -> EnumSet.allOf(Direction.class);
                default -> throw new IllegalArgumentException(
                        "content " + hazard.id() + ": on must be input, output or both, got '" + on + "'");
            };
            String actionText = text(c, "action", true);
            Action action = java.util.Arrays.stream(Action.values()).filter(a -> a.wireName().equals(actionText))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("content " + hazard.id()
                            + ": action must be refuse, redirect, caveat or allow, got '" + actionText + "'"));
            String suffix = on.equals("both") ? "" : "." + on;
            bounds.add(new ContentBound(policyId + ".content." + hazard.id() + suffix, hazard, directions, action,
                    Optional.ofNullable(text(c, "message", false)).orElse(""), text(c, "source", true)));
        }
        return bounds;
    }

    private static List<DimensionBound> dimensions(JsonNode node, String policyId, String citation) {
        List<DimensionBound> bounds = new ArrayList<>();
        if (node == null) {
            return bounds;
        }
        table(node, "dimensions");
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Dimension dimension = Dimension.parse(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "dimensions: unknown dimension '" + e.getKey() + "'"));
            JsonNode d = e.getValue();
            String where = "dimensions." + dimension.id();
            table(d, where);
            onlyKeys(d, Set.of("lock", "allow", "free", "source"), where);
            String source = Optional.ofNullable(text(d, "source", false)).orElse(citation);
            int kinds = (d.has("lock") ? 1 : 0) + (d.has("allow") ? 1 : 0) + (d.has("free") ? 1 : 0);
            if (kinds != 1) {
                throw new IllegalArgumentException(where + ": give exactly one of lock, allow or free");
            }
            String id = policyId + ".dimension." + dimension.id();
            if (d.has("lock")) {
                bounds.add(new DimensionBound(id, dimension, DimensionBound.Kind.LOCKED, Set.of(text(d, "lock", true)), source));
            } else if (d.has("allow")) {
                bounds.add(new DimensionBound(id, dimension, DimensionBound.Kind.ALLOWED, Set.copyOf(strings(d, "allow")), source));
            } else {
                if (!d.get("free").isBoolean() || !d.get("free").booleanValue()) {
                    throw new IllegalArgumentException(where + ".free must be true (leave the dimension out otherwise)");
                }
                bounds.add(new DimensionBound(id, dimension, DimensionBound.Kind.FREE, Set.of(), source));
            }
        }
        return bounds;
    }

    private static DataBounds data(JsonNode node, String policyId, String citation) {
        if (node == null) {
            return DataBounds.none();
        }
        table(node, "data");
        onlyKeys(node, Set.of("retention_days", "transcripts", "source", "categories"), "[data]");
        List<DataBound> categories = new ArrayList<>();
        JsonNode cats = node.get("categories");
        if (cats != null) {
            table(cats, "data.categories");
            for (Map.Entry<String, JsonNode> e : cats.properties()) {
                DataCategory category = DataCategory.parse(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        "data.categories: unknown category '" + e.getKey() + "'"));
                String where = "data.categories." + category.id();
                table(e.getValue(), where);
                onlyKeys(e.getValue(), Set.of("access", "source"), where);
                String accessText = text(e.getValue(), "access", true);
                DataAccess access = DataAccess.parse(accessText).orElseThrow(() -> new IllegalArgumentException(
                        where + ".access must be never, consent, minimise or allowed, got '" + accessText + "'"));
                categories.add(new DataBound(policyId + ".data." + category.id(), category, access,
                        Optional.ofNullable(text(e.getValue(), "source", false)).orElse(citation)));
            }
        }
        OptionalInt retention = node.has("retention_days") ? OptionalInt.of(integer(node, "retention_days")) : OptionalInt.empty();
        Optional<Boolean> transcripts = Optional.empty();
        if (node.has("transcripts")) {
            if (!node.get("transcripts").isBoolean()) {
                throw new IllegalArgumentException("data.transcripts must be true or false");
            }
            transcripts = Optional.of(node.get("transcripts").booleanValue());
        }
        return new DataBounds(categories, retention, transcripts,
                Optional.ofNullable(text(node, "source", false)).orElse(citation));
    }

    private static Requirements requirements(JsonNode node, String citation) {
        if (node == null) {
            return Requirements.none();
        }
        table(node, "requirements");
        onlyKeys(node, Set.of("disclose_ai", "instructions", "caveats", "topics", "source"), "[requirements]");
        boolean disclose = false;
        if (node.has("disclose_ai")) {
            if (!node.get("disclose_ai").isBoolean()) {
                throw new IllegalArgumentException("requirements.disclose_ai must be true or false");
            }
            disclose = node.get("disclose_ai").booleanValue();
        }
        Map<Hazard, String> caveats = new EnumMap<>(Hazard.class);
        JsonNode c = node.get("caveats");
        if (c != null) {
            table(c, "requirements.caveats");
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                Hazard hazard = Hazard.parse(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        "requirements.caveats: unknown hazard '" + e.getKey() + "'"));
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    throw new IllegalArgumentException("requirements.caveats." + e.getKey() + " must be a non-empty string");
                }
                caveats.put(hazard, e.getValue().asText());
            }
        }
        return new Requirements(disclose,
                node.has("instructions") ? strings(node, "instructions") : List.of(), caveats,
                node.has("topics") ? strings(node, "topics") : List.of(),
                Optional.ofNullable(text(node, "source", false)).orElse(citation));
    }

    private static List<PolicyTestCase> tests(JsonNode node) {
        List<PolicyTestCase> tests = new ArrayList<>();
        if (node == null) {
            return tests;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("tests must be an array of tables ([[tests]])");
        }
        for (JsonNode t : node) {
            onlyKeys(t, Set.of("input", "output", "dimension", "value", "data", "expect"), "[[tests]]");
            String expect = text(t, "expect", true);
            if (t.has("input") || t.has("output")) {
                Direction direction = t.has("input") ? Direction.INPUT : Direction.OUTPUT;
                String text = text(t, direction == Direction.INPUT ? "input" : "output", true);
                Action action = java.util.Arrays.stream(Action.values()).filter(a -> a.wireName().equals(expect))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(
                                "tests: expect for an input must be refuse, redirect, caveat or allow, got '" + expect + "'"));
                tests.add(new PolicyTestCase.Content(text, direction, action));
            } else if (t.has("dimension")) {
                String dimText = text(t, "dimension", true);
                Dimension dimension = Dimension.parse(dimText).orElseThrow(() -> new IllegalArgumentException(
                        "tests: unknown dimension '" + dimText + "'"));
                if (!expect.equals("admitted") && !expect.equals("rejected")) {
                    throw new IllegalArgumentException("tests: expect for a dimension must be admitted or rejected, got '" + expect + "'");
                }
                tests.add(new PolicyTestCase.DimensionValue(dimension, text(t, "value", true), expect.equals("admitted")));
            } else if (t.has("data")) {
                String catText = text(t, "data", true);
                DataCategory category = DataCategory.parse(catText).orElseThrow(() -> new IllegalArgumentException(
                        "tests: unknown data category '" + catText + "'"));
                DataAccess access = DataAccess.parse(expect).orElseThrow(() -> new IllegalArgumentException(
                        "tests: expect for data must be never, consent, minimise or allowed, got '" + expect + "'"));
                tests.add(new PolicyTestCase.Data(category, access));
            } else {
                throw new IllegalArgumentException("tests: each case needs input, output, dimension or data");
            }
        }
        return tests;
    }

    private static void table(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a table");
        }
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
        table(node, where);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in " + where
                        + " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(JsonNode node, String key, boolean required) {
        JsonNode v = node.get(key);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(key + " is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(key + " must be a non-empty string, got " + v);
        }
        return v.asText();
    }

    private static int integer(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new IllegalArgumentException(key + " is required");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(key + " must be an integer, got " + v);
        }
        return v.intValue();
    }

    private static List<String> strings(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new IllegalArgumentException(key + " is required");
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(key + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException(key + " must hold non-empty strings, got " + item);
            }
            out.add(item.asText());
        }
        return out;
    }
}
