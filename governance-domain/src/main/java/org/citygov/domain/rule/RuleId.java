package org.citygov.domain.rule;

import org.citygov.domain.shared.Ids;

/** Identifies a rule within a project (kebab-case, e.g. {@code camera-retention}); its versions share the id. */
public record RuleId(String value) {
    public RuleId {
        Ids.requireKebabCase(value, "rule id");
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
