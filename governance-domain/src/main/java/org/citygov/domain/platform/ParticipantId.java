package org.citygov.domain.platform;

import org.citygov.domain.shared.Ids;

/** The participant id of a data platform document: kebab-case, e.g. {@code sapporo-area-data-market}. */
public record ParticipantId(String value) {

    public ParticipantId {
        Ids.requireKebabCase(value, "participant id");
    }

    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
