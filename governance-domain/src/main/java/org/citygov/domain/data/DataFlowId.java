package org.citygov.domain.data;

import org.citygov.domain.shared.Ids;

/** Identifies a data flow within a project (kebab-case, e.g. {@code collect-gait}). */
public record DataFlowId(String value) {
    public DataFlowId {
        Ids.requireKebabCase(value, "data flow id");
    }

    public static DataFlowId of(String value) {
        return new DataFlowId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
