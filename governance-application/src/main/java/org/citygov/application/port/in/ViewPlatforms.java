package org.citygov.application.port.in;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

/**
 * Reads stored platforms as the caller may see them. ADMIN and AUDITOR see every platform; an OPERATOR the platforms
 * it operates; a PROVIDER or USER (token name = participant id) the platforms it takes part in in that role. A
 * platform the caller may not see does not exist for it (NOT_FOUND).
 *
 * <table>
 * <caption>What each caller sees of a platform it may see</caption>
 * <tr><th>caller</th><th>the document</th><th>offers</th><th>agreements</th><th>audit trail</th></tr>
 * <tr><td>ADMIN, AUDITOR, its OPERATOR</td><td>yes</td><td>all, with their standing</td><td>all</td><td>yes</td></tr>
 * <tr><td>PROVIDER</td><td>no</td><td>the listed ones, and all of its own</td><td>those on its own offers</td>
 *     <td>no</td></tr>
 * <tr><td>USER</td><td>no</td><td>the listed ones</td><td>its own</td><td>no</td></tr>
 * </table>
 */
public interface ViewPlatforms {

    /** The platforms the caller may see, by id. */
    List<RegisteredPlatform> list(Authenticate.Caller caller);

    /** The whole platform (its document): for ADMIN, AUDITOR and its operator; FORBIDDEN for its participants. */
    Result<RegisteredPlatform> get(PlatformId id, Authenticate.Caller caller);

    /** The offers the caller may see, with where each stands today. */
    Result<Offers> offers(PlatformId id, Authenticate.Caller caller);

    /** The agreements the caller may see. */
    Result<Agreements> agreements(PlatformId id, Authenticate.Caller caller);

    /** Who changed the platform, when, what: for ADMIN, AUDITOR and its operator. */
    Result<List<PlatformAuditEntry>> history(PlatformId id, Authenticate.Caller caller);

    record Offers(RegisteredPlatform platform, List<RegisteredPlatform.OfferStanding> offers) {
        public Offers {
            Objects.requireNonNull(platform, "platform");
            offers = List.copyOf(offers);
        }
    }

    record Agreements(RegisteredPlatform platform, List<Agreement> agreements) {
        public Agreements {
            Objects.requireNonNull(platform, "platform");
            agreements = List.copyOf(agreements);
        }
    }
}
