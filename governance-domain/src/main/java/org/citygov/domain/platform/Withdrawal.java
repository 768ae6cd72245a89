package org.citygov.domain.platform;

import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.project.Actor;

/** An offer taken off a stored platform's listing: when, and by whom. The offer and its agreements stay on record. */
public record Withdrawal(OfferId offer, Instant at, Actor by) {

    public Withdrawal {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
