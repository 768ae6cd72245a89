package org.citygov.domain.project;

import org.citygov.domain.shared.Ids;

/** Identifies a service within a project (kebab-case, e.g. {@code frailty-screening}). */
public record ServiceId(String value) {
    public ServiceId {
        Ids.requireKebabCase(value, "service id");
    }

    public static ServiceId of(String value) {
        return new ServiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
