package org.citygov.domain.platform;

import org.citygov.domain.shared.Ids;

/** The incident id of a data platform document: kebab-case, e.g. {@code sapporo-area-data-market}. */
public record IncidentId(String value) {

    public IncidentId {
        Ids.requireKebabCase(value, "incident id");
    }

    public static IncidentId of(String value) {
        return new IncidentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
