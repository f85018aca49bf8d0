package dev.ambit.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One parsed and validated policy file: a tier-1 jurisdiction or a tier-2 organisation.
 *
 * @param id lower-case id, e.g. {@code eu}; bound ids start with it
 * @param tier 1 (jurisdiction) or 2 (organisation)
 * @param title a human-readable name
 * @param version a positive integer that increases with every published change
 * @param sources the laws and documents the policy rests on
 * @param extendsId the policy this one narrows (a member state on top of the EU); tier 1 only
 * @param jurisdiction the tier-1 policy an organisation policy pins; tier 2 only
 * @param refusal the text shown when a refuse bound stops a turn
 * @param content content bounds, at most one per hazard and direction
 * @param dimensions dimension bounds, at most one per dimension
 * @param data data bounds
 * @param requirements required behaviour
 * @param tests the policy's own test cases
 */
public record Policy(
        String id,
        int tier,
        String title,
        int version,
        List<String> sources,
        Optional<String> extendsId,
        Optional<String> jurisdiction,
        String refusal,
        List<ContentBound> content,
        List<DimensionBound> dimensions,
        DataBounds data,
        Requirements requirements,
        List<PolicyTestCase> tests) {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(extendsId, "extendsId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(requirements, "requirements");
        sources = List.copyOf(sources);
        content = List.copyOf(content);
        dimensions = List.copyOf(dimensions);
        tests = List.copyOf(tests);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must match " + ID.pattern() + ", got '" + id + "'");
        }
        if (tier != 1 && tier != 2) {
            throw new IllegalArgumentException("tier must be 1 (jurisdiction) or 2 (organisation), got " + tier);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be a positive integer, got " + version);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources must name at least one law or document");
        }
        if (tier == 2 && extendsId.isPresent()) {
            throw new IllegalArgumentException("extends is for tier-1 policies; an organisation names its jurisdiction instead");
        }
        if (tier == 1 && jurisdiction.isPresent()) {
            throw new IllegalArgumentException("jurisdiction is for tier-2 policies; a jurisdiction uses extends");
        }
        if (extendsId.isPresent() && extendsId.get().equals(id)) {
            throw new IllegalArgumentException("policy " + id + " cannot extend itself");
        }
        List<String> seen = new ArrayList<>();
        for (ContentBound c : content) {
            for (HazardDetector.Direction d : c.directions()) {
                String key = c.hazard().id() + "/" + d;
                if (seen.contains(key)) {
                    throw new IllegalArgumentException("content: " + c.hazard().id() + " is bounded twice on "
                            + d.name().toLowerCase(java.util.Locale.ROOT));
                }
                seen.add(key);
            }
        }
        if (dimensions.stream().map(DimensionBound::dimension).distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("dimensions: a dimension is bounded twice");
        }
    }

    /** The source cited for a policy-wide rule: the policy's own title and first source. */
    public String citation() {
        return title + " (" + sources.get(0) + ")";
    }
}
