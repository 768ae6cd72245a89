package org.citygov.domain.platform;

import java.time.LocalDate;
import java.util.Objects;

import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.shared.Ids;

/** A user's agreement to use an offer for one purpose, concluded on a date under a version of the platform's terms. */
public record Agreement(AgreementId id, OfferId offer, ParticipantId user, PurposeKind purpose, LocalDate on,
                        String termsVersion) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(on, "on");
        termsVersion = Ids.requireText(termsVersion, "terms version");
    }
}
