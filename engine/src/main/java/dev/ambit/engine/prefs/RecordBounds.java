package dev.ambit.engine.prefs;

import dev.ambit.engine.policy.DataAccess;
import dev.ambit.engine.policy.Dimension;
import dev.ambit.engine.policy.DataCategory;
import dev.ambit.engine.policy.BoundRef;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@link PreferenceBounds} as plain data: explicit rules per dimension and category, FREE and ALLOWED for the
 * rest. Used for the baseline and in tests; a merged policy may adapt itself to {@link PreferenceBounds}.
 *
 * @param dimensions rules for the dimensions the bounds narrow
 * @param data rules for the categories the bounds restrict
 */
public record RecordBounds(Map<Dimension, DimensionRule> dimensions, Map<DataCategory, DataRule> data)
        implements PreferenceBounds {
    private static final String BASELINE = "ambit baseline";

    public RecordBounds {
        dimensions = Map.copyOf(dimensions);
        data = Map.copyOf(data);
    }

    @Override
    public DimensionRule dimension(Dimension dimension) {
        return dimensions.getOrDefault(dimension, DimensionRule.free());
    }

    @Override
    public DataRule data(DataCategory category) {
        return data.getOrDefault(category, DataRule.allowed());
    }

    /** A copy with one dimension rule replaced. */
    public RecordBounds with(Dimension dimension, DimensionRule rule) {
        Map<Dimension, DimensionRule> copy = new EnumMap<>(Dimension.class);
        copy.putAll(dimensions);
        copy.put(dimension, rule);
        return new RecordBounds(copy, data);
    }

    /** A copy with one data rule replaced. */
    public RecordBounds with(DataCategory category, DataRule rule) {
        Map<DataCategory, DataRule> copy = new EnumMap<>(DataCategory.class);
        copy.putAll(data);
        copy.put(category, rule);
        return new RecordBounds(dimensions, copy);
    }

    static RecordBounds global() {
        Map<Dimension, DimensionRule> dims = new EnumMap<>(Dimension.class);
        dims.put(Dimension.AGREEMENT, DimensionRule.locked(
                new BoundRef("global.dimension.agreement", 1, "agreement", BASELINE + ": no sycophancy or echo chambers (Kirk et al. 2023)"),
                "honest"));
        dims.put(Dimension.AI_DISCLOSURE, DimensionRule.locked(
                new BoundRef("global.dimension.ai-disclosure", 1, "ai_disclosure", BASELINE + ": never claim to be human"),
                "on"));
        dims.put(Dimension.SAFETY_CAVEATS, DimensionRule.locked(
                new BoundRef("global.dimension.safety-caveats", 1, "safety_caveats", BASELINE + ": required caveats stay"),
                "on"));
        Map<DataCategory, DataRule> data = new EnumMap<>(DataCategory.class);
        for (DataCategory c : DataCategory.values()) {
            if (c.isSpecial()) {
                data.put(c, new DataRule(DataAccess.CONSENT, new BoundRef(
                        "global.data." + c.id(), 1, c.id(),
                        BASELINE + ": special-category data only with explicit consent (cf. GDPR Art. 9)")));
            } else if (c != DataCategory.LOCATION) {
                // Location is an identifier to the policies, but "I live in Leeds" is an ordinary fact here.
                data.put(c, new DataRule(DataAccess.MINIMISE, new BoundRef(
                        "global.data." + c.id(), 1, c.id(),
                        BASELINE + ": personal identifiers are minimised (cf. GDPR Art. 5(1)(c))")));
            }
        }
        return new RecordBounds(dims, data);
    }
}
