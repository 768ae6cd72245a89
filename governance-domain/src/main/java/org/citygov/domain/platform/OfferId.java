package org.citygov.domain.platform;

import org.citygov.domain.shared.Ids;

/** The offer id of a data platform document: kebab-case, e.g. {@code sapporo-area-data-market}. */
public record OfferId(String value) {

    public OfferId {
        Ids.requireKebabCase(value, "offer id");
    }

    public static OfferId of(String value) {
        return new OfferId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
