package org.citygov.domain.catalogue;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** A guideline or guidebook (soft law, Table 5-3) to consider when a project uses data of its topic. */
public record SoftLaw(CatalogueId id, Label label, CatalogueId topic, String source) {
    public SoftLaw {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(topic, "topic");
        source = Ids.requireText(source, "source");
    }
}
