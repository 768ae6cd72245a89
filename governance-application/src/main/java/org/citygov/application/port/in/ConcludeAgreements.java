package org.citygov.application.port.in;

import java.util.Objects;

import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.AgreementReview;
import org.citygov.domain.platform.DeliveryDecision;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

/**
 * Concludes agreements on a stored platform's listed offers and decides deliveries under them. Every concluded
 * agreement and every delivery decision is appended to the tamper-evident linkage log before it is answered (a
 * provider traces them with {@link TracePlatformLog}). ADMIN and the platform's OPERATOR act for any participant; a
 * USER (token name = participant id) concludes agreements only for itself (FORBIDDEN otherwise) and asks for
 * deliveries only under its own agreements; a PROVIDER asks for deliveries of its own offers. An agreement the
 * {@code AgreementReview} finds invalid is refused with its finding codes and nothing is stored or logged.
 */
public interface ConcludeAgreements {

    /** An agreement asked for: {@code user} wants to use {@code offer} for {@code purpose}. */
    record Request(AgreementId id, OfferId offer, ParticipantId user, PurposeKind purpose) {
        public Request {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    /** What asking for an agreement came to. */
    sealed interface Outcome {
        /** Concluded, stored on {@code platform}'s new version, and logged at {@code sequence}. */
        record Concluded(RegisteredPlatform platform, Agreement agreement, AgreementReview review, long sequence)
                implements Outcome {
        }

        /** Refused by the review; nothing stored, nothing logged. */
        record Refused(AgreementReview review) implements Outcome {
        }
    }

    /** A delivery decision and the sequence of the log entry that records it. */
    record Delivery(DeliveryDecision decision, long sequence) {
        public Delivery {
            Objects.requireNonNull(decision, "decision");
        }
    }

    Result<Outcome> conclude(PlatformId platform, Request request, long expectedVersion, Authenticate.Caller caller);

    Result<Delivery> decideDelivery(PlatformId platform, AgreementId agreement, Authenticate.Caller caller);
}
