package org.citygov.domain.platform;

import org.citygov.domain.shared.Ids;

/** The platform id of a data platform document: kebab-case, e.g. {@code sapporo-area-data-market}. */
public record PlatformId(String value) {

    public PlatformId {
        Ids.requireKebabCase(value, "platform id");
    }

    public static PlatformId of(String value) {
        return new PlatformId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
