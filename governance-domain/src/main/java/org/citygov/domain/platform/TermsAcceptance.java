package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.Objects;

import org.citygov.domain.shared.Ids;

/** A participant's acceptance of one version of the platform's terms of use, on a date. */
public record TermsAcceptance(String version, LocalDate on) {

    public TermsAcceptance {
        version = Ids.requireText(version, "terms version");
        Objects.requireNonNull(on, "on");
    }

    /** Accepted {@code wanted} on or before {@code by}. */
    public boolean covers(String wanted, LocalDate by) {
        return version.equals(wanted) && !on.isAfter(by);
    }
}
