package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.shared.Ids;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * A government, company or other body on the platform (MARKET.md {@code participants}): its category in the
 * guideline's terms (Fig. 4-3), what it does there, the terms of use it has accepted, and its security.
 */
public record Participant(
        ParticipantId id,
        String name,
        StakeholderCategory category,
        Set<ParticipantRole> roles,
        Optional<TermsAcceptance> termsAccepted,
        SecurityPosture security) {

    public Participant {
        Objects.requireNonNull(id, "id");
        name = Ids.requireText(name, "participant name");
        Objects.requireNonNull(category, "category");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("participant " + id + " needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(termsAccepted, "termsAccepted");
        Objects.requireNonNull(security, "security");
    }

    public boolean has(ParticipantRole role) {
        return roles.contains(role);
    }

    /** Whether it had accepted terms {@code version} on or before {@code by}. */
    public boolean accepted(String version, LocalDate by) {
        return termsAccepted.filter(t -> t.covers(version, by)).isPresent();
    }
}
