package dev.ambit.engine.policy;

import dev.ambit.engine.policy.HazardDetector.Direction;
import java.util.Objects;

/** A case a policy ships to prove itself with {@code ambit policy test}. */
public sealed interface PolicyTestCase {
    /** A short label for reports. */
    String describe();

    /** The guard's verdict on {@code text} must have this action. */
    record Content(String text, Direction direction, Action expect) implements PolicyTestCase {
        public Content {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(expect, "expect");
        }

        @Override
        public String describe() {
            return direction.name().toLowerCase(java.util.Locale.ROOT) + " \"" + text + "\" -> " + expect.wireName();
        }
    }

    /** The value must be admitted (or not) by the effective dimension rule. */
    record DimensionValue(Dimension dimension, String value, boolean admitted) implements PolicyTestCase {
        public DimensionValue {
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String describe() {
            return dimension.id() + " = " + value + " -> " + (admitted ? "admitted" : "rejected");
        }
    }

    /** The effective access for a kind of data must be this. */
    record Data(DataCategory category, DataAccess expect) implements PolicyTestCase {
        public Data {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(expect, "expect");
        }

        @Override
        public String describe() {
            return "data " + category.id() + " -> " + expect.wireName();
        }
    }
}
