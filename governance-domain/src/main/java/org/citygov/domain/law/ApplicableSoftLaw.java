package org.citygov.domain.law;

import java.util.Objects;

import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.shared.Ids;

/** A soft law the project should take into consideration, and why (Table 5-3). */
public record ApplicableSoftLaw(CatalogueId id, Label label, String reason, String source) {
    public ApplicableSoftLaw {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        reason = Ids.requireText(reason, "reason");
        source = Ids.requireText(source, "source");
    }
}
