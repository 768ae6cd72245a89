package org.citygov.application.port.in;

import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

/**
 * Lists offers on a stored platform and takes them off. ADMIN and the platform's OPERATOR manage every offer; a
 * PROVIDER (token name = participant id) only its own: adding an offer of another provider, or withdrawing one, is
 * FORBIDDEN. Each change names the platform version it was based on ({@code If-Match}): STALE when it moved on. An
 * offer the screening refuses is not listed and nothing is stored ({@code OfferAdmission.Refused}).
 */
public interface ManageOffers {

    Result<RegisteredPlatform.OfferAdmission> addOffer(PlatformId platform, Offer offer, long expectedVersion,
                                                       Authenticate.Caller caller);

    Result<Withdrawn> withdrawOffer(PlatformId platform, OfferId offer, long expectedVersion,
                                    Authenticate.Caller caller);

    /** The platform as saved after a withdrawal, and where the offer stands now. */
    record Withdrawn(RegisteredPlatform platform, RegisteredPlatform.OfferStanding standing) {
        public Withdrawn {
            java.util.Objects.requireNonNull(platform, "platform");
            java.util.Objects.requireNonNull(standing, "standing");
        }
    }
}
