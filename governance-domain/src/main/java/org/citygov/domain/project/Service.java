package org.citygov.domain.project;

import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** A service (benefit) the project gives citizens; projects are organized around these (3.1). */
public record Service(ServiceId id, String name, ServiceField field, Benefit benefit) {
    public Service {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "service name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(benefit, "benefit");
    }
}
