package org.citygov.domain.data;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** Why a flow happens: in words, as a kind, and for whom. */
public record Purpose(String text, PurposeKind kind, Beneficiary beneficiary) {
    public Purpose {
        text = Ids.requireText(text, "purpose text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(beneficiary, "beneficiary");
    }
}
