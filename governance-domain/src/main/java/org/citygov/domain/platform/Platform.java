package org.citygov.domain.platform;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Ids;

/**
 * A data platform a city runs so that governments and companies can offer, buy and exchange data (MARKET.md
 * {@code platform}): who operates it, how it handles the data ({@link PlatformDesign}), which service fields rely on
 * its data ({@code criticalServices}: an attack reaches them too), the current version of its terms of use, and its
 * cooperative security arrangements (the hours within which participants report incidents, whether an incident
 * response team exists, how a security operation center watches it).
 */
public record Platform(
        PlatformId id,
        String name,
        ParticipantId operator,
        PlatformDesign design,
        Set<ServiceField> criticalServices,
        String termsVersion,
        int incidentReportHours,
        boolean responseTeam,
        Monitoring monitoring) {

    public Platform {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "platform name");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(design, "design");
        criticalServices = criticalServices.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(criticalServices));
        termsVersion = Ids.requireText(termsVersion, "terms version");
        if (incidentReportHours < 1) {
            throw new IllegalArgumentException("incident report hours must be at least 1, got " + incidentReportHours);
        }
        Objects.requireNonNull(monitoring, "monitoring");
    }

    /** Whether any service field relies on the platform's data (critical infrastructure in the panel's words). */
    public boolean servesCriticalServices() {
        return !criticalServices.isEmpty();
    }
}
