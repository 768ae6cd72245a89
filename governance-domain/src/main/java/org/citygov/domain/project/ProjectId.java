package org.citygov.domain.project;

import org.citygov.domain.shared.Ids;

/** Identifies a project within a city (kebab-case, e.g. {@code kashiwanoha-frailty}). */
public record ProjectId(String value) {
    public ProjectId {
        Ids.requireKebabCase(value, "project id");
    }

    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
