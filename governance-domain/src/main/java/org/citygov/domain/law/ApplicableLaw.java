package org.citygov.domain.law;

import java.util.Objects;

import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.Label;
import org.citygov.domain.shared.Ids;

/** A binding law that applies to the project, and why (5.2). */
public record ApplicableLaw(CatalogueId id, Label label, String reason, String source) {
    public ApplicableLaw {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        reason = Ids.requireText(reason, "reason");
        source = Ids.requireText(source, "source");
    }
}
