package org.citygov.domain.data;

import org.citygov.domain.shared.Ids;

/** Identifies a data asset within a project (kebab-case, e.g. {@code gait-video}). */
public record DataAssetId(String value) {
    public DataAssetId {
        Ids.requireKebabCase(value, "data asset id");
    }

    public static DataAssetId of(String value) {
        return new DataAssetId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
