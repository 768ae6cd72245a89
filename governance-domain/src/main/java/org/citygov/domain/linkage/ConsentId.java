package org.citygov.domain.linkage;

import org.citygov.domain.shared.Ids;

/** Identifies one consent record ({@code consent-17}); a decision's explanation names the ones it rests on. */
public record ConsentId(String value) {
    public ConsentId {
        value = Ids.requireText(value, "consent id");
    }

    @Override
    public String toString() {
        return value;
    }
}
