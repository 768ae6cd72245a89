package org.citygov.domain.project;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.shared.Ids;

/**
 * A service (benefit) the project gives citizens; projects are organized around these (3.1). {@code sites} says where
 * it installs equipment or operates; empty when the scenario does not say, which leaves the laws tied to a place to
 * be checked rather than applied.
 */
public record Service(ServiceId id, String name, ServiceField field, Benefit benefit, Set<Site> sites) {
    public Service {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "service name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(benefit, "benefit");
        sites = sites.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sites));
    }

    /** A service whose sites are not stated. */
    public Service(ServiceId id, String name, ServiceField field, Benefit benefit) {
        this(id, name, field, benefit, Set.of());
    }

    /** Whether the scenario says where the service operates. */
    public boolean statesSites() {
        return !sites.isEmpty();
    }
}
