package dev.ambit.engine.policy;

import java.util.Objects;

/**
 * A policy's rule for remembering one kind of personal data.
 *
 * @param id stable bound id, e.g. {@code eu.data.health}
 * @param category the kind of data
 * @param access never, with consent (special categories), minimised (identifiers), or allowed
 * @param source the law or rule it rests on
 */
public record DataBound(String id, DataCategory category, DataAccess access, String source) {
    public DataBound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(source, "source");
        if (!category.admits(access)) {
            throw new IllegalArgumentException("data bound " + id + ": '" + access.wireName() + "' does not apply to "
                    + category.id() + " (special categories take never|consent|allowed, identifiers never|minimise|allowed)");
        }
    }
}
