package org.citygov.domain.platform;

import org.citygov.domain.shared.Ids;

/** The agreement id of a data platform document: kebab-case, e.g. {@code sapporo-area-data-market}. */
public record AgreementId(String value) {

    public AgreementId {
        Ids.requireKebabCase(value, "agreement id");
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
