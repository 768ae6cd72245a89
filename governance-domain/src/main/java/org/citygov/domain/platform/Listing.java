package org.citygov.domain.platform;

import java.util.List;
import java.util.Objects;

/** The screening of one offer: its status and every finding that decided it. */
public record Listing(OfferId offer, List<Finding> findings) {

    public Listing {
        Objects.requireNonNull(offer, "offer");
        findings = List.copyOf(findings);
    }

    /** REFUSED when any finding is BLOCKING, NEEDS_CHANGES when any is a WARNING, LISTABLE otherwise. */
    public ListingStatus status() {
        if (findings.stream().anyMatch(Finding::blocking)) {
            return ListingStatus.REFUSED;
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.WARNING) ? ListingStatus.NEEDS_CHANGES
                : ListingStatus.LISTABLE;
    }
}
