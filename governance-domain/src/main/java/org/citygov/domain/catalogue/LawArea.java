package org.citygov.domain.catalogue;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Ids;

/**
 * An area of Table 5-2 (traffic and mobility, health and welfare, …) and the service fields whose projects it concerns.
 * Which field belongs to which area is edition data: a city may regroup them.
 */
public record LawArea(CatalogueId id, Label label, Set<ServiceField> serviceFields, String source) {
    public LawArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        serviceFields = serviceFields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(serviceFields));
        source = Ids.requireText(source, "source");
    }

    public boolean covers(ServiceField field) {
        return serviceFields.contains(field);
    }
}
