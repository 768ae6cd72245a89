package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** A binding law or ordinance of an edition, with when it applies and the table or section it comes from. */
public record Law(CatalogueId id, Label label, LawScope scope, String source) {
    public Law {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scope, "scope");
        source = Ids.requireText(source, "source");
    }
}
