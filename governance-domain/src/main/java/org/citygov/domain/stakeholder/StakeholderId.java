package org.citygov.domain.stakeholder;

import org.citygov.domain.shared.Ids;

/** Identifies a stakeholder within a project (kebab-case, e.g. {@code city-os}). */
public record StakeholderId(String value) {
    public StakeholderId {
        Ids.requireKebabCase(value, "stakeholder id");
    }

    public static StakeholderId of(String value) {
        return new StakeholderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
