package org.citygov.domain.evaluation;

import org.citygov.domain.shared.Ids;

/** Identifies a KPI within a project (kebab-case, e.g. {@code camera-complaints}). */
public record KpiId(String value) {
    public KpiId {
        Ids.requireKebabCase(value, "KPI id");
    }

    public static KpiId of(String value) {
        return new KpiId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
