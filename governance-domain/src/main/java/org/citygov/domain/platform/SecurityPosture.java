package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A participant's part of the cooperative security framework: the four layers the panel names ("layers of security
 * such as authentication, maintenance, accountability and reporting as ongoing processes") plus training and
 * certifications. {@code patchWithinDays} is how soon security patches are applied (maintenance),
 * {@code accessLogging} whether access is logged (accountability), {@code incidentReportHours} how soon the
 * participant reports an incident to the platform (reporting).
 */
public record SecurityPosture(
        Authentication authentication,
        int patchWithinDays,
        boolean accessLogging,
        int incidentReportHours,
        Optional<LocalDate> trainedOn,
        Set<SecurityCertification> certifications) {

    public SecurityPosture {
        Objects.requireNonNull(authentication, "authentication");
        if (patchWithinDays < 0) {
            throw new IllegalArgumentException("patch within days cannot be negative, got " + patchWithinDays);
        }
        if (incidentReportHours < 1) {
            throw new IllegalArgumentException("incident report hours must be at least 1, got " + incidentReportHours);
        }
        Objects.requireNonNull(trainedOn, "trainedOn");
        certifications = certifications.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(certifications));
    }

    /**
     * Weak authentication (MARKET.md {@code weak-authentication}): none at all, or only a password for a participant
     * that handles personal data.
     */
    public boolean authenticationWeak(boolean handlesPersonalData) {
        return authentication == Authentication.NONE
                || handlesPersonalData && authentication.weakerThan(Authentication.MFA);
    }

    /** Trained within {@code validDays} before {@code on} (a training dated after {@code on} does not count yet). */
    public boolean trainedWithin(int validDays, LocalDate on) {
        return trainedOn.filter(t -> !t.isAfter(on) && !t.isBefore(on.minusDays(validDays))).isPresent();
    }
}
