package org.citygov.domain.platform;

import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.PlatformBuilders.anIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.junit.jupiter.api.Test;

/** Incidents recorded on a stored platform, step by step, under the document's rules (MARKET.md "incidents"). */
class RegisteredPlatformIncidentsTest {

    private static final Instant DETECTED = Instant.parse("2025-05-20T00:00:00Z");
    private static final IncidentId ID = IncidentId.of("ransomware-1");

    private static RegisteredPlatform stored() {
        return RegisteredPlatform.reconstitute(aMarket().build(), 3, List.of());
    }

    @Test
    void recordIncident_whenValid_shouldKeepVersionAndAddTheIncident() {
        RegisteredPlatform recorded = stored().recordIncident(anIncident(ID.value()).detectedAt(DETECTED).build())
                .orElseThrow();

        assertEquals(3, recorded.version());
        assertEquals(List.of(ID), recorded.market().incidents().stream().map(Incident::id).toList());
    }

    @Test
    void recordIncident_whenIdTaken_shouldBeInvalidWithThePath() {
        RegisteredPlatform recorded = stored().recordIncident(anIncident(ID.value()).build()).orElseThrow();

        Result.Failure<RegisteredPlatform> refused = assertInstanceOf(Result.Failure.class,
                recorded.recordIncident(anIncident(ID.value()).build()));

        assertEquals(Result.Reason.INVALID, refused.reason());
        assertEquals(List.of("incidents[1].id"), refused.violations().stream().map(Violation::path).toList());
    }

    @Test
    void addIncidentEvent_whenInOrder_shouldAppendAndWhenOutOfOrder_shouldBeInvalid() {
        RegisteredPlatform recorded = stored().recordIncident(anIncident(ID.value()).detectedAt(DETECTED)
                .withEvent(Incident.Status.TRIAGED, DETECTED.plusSeconds(600)).build()).orElseThrow();

        RegisteredPlatform contained = recorded.addIncidentEvent(ID, new Incident.StatusEvent(
                Incident.Status.CONTAINED, DETECTED.plusSeconds(3_600))).orElseThrow();
        assertEquals(List.of(Incident.Status.TRIAGED, Incident.Status.CONTAINED), contained.market().incident(ID)
                .orElseThrow().events().stream().map(Incident.StatusEvent::status).toList());

        Result.Failure<RegisteredPlatform> backwards = assertInstanceOf(Result.Failure.class,
                contained.addIncidentEvent(ID, new Incident.StatusEvent(Incident.Status.TRIAGED,
                        DETECTED.plusSeconds(7_200))));
        assertEquals(Result.Reason.INVALID, backwards.reason());
        assertEquals("incidents[0].events[2].status", backwards.violations().getFirst().path());
    }

    @Test
    void addIncidentNotification_whenRecipientUnknown_shouldBeInvalidAndWhenIncidentUnknown_shouldBeNotFound() {
        RegisteredPlatform recorded = stored().recordIncident(anIncident(ID.value()).detectedAt(DETECTED).build())
                .orElseThrow();

        RegisteredPlatform notified = recorded.addIncidentNotification(ID, new Incident.Notification(
                new Incident.Recipient.Ppc(), Incident.NotificationKind.PRELIMINARY, DETECTED.plusSeconds(86_400)))
                .orElseThrow();
        assertEquals("PPC", notified.market().incident(ID).orElseThrow().notifications().getFirst().to().code());

        Result.Failure<RegisteredPlatform> stranger = assertInstanceOf(Result.Failure.class,
                recorded.addIncidentNotification(ID, new Incident.Notification(Incident.Recipient.parse("stranger"),
                        Incident.NotificationKind.NOTICE, DETECTED.plusSeconds(60))));
        assertEquals(Result.Reason.INVALID, stranger.reason());
        assertTrue(stranger.violations().getFirst().path().endsWith(".notifications[0].to"));

        assertEquals(Result.Reason.NOT_FOUND, assertInstanceOf(Result.Failure.class, recorded.addIncidentEvent(
                IncidentId.of("nothing"), new Incident.StatusEvent(Incident.Status.TRIAGED, DETECTED))).reason());
    }

    @Test
    void withOfferOrAgreement_whenTheMarketNamesSources_shouldKeepThemForTheIncidentLoop() {
        DataMarket sourced = aMarket().build().withSources(List.of(new OfferSource(OfferId.of(
                org.citygov.domain.testing.PlatformBuilders.OFFER), org.citygov.domain.project.ProjectId.of(
                "kashiwanoha-frailty"), org.citygov.domain.data.DataAssetId.of("research-dataset")))).orElseThrow();

        DataMarket withOffer = sourced.withOffer(org.citygov.domain.testing.PlatformBuilders.anOffer("second-offer")
                .build()).orElseThrow();
        DataMarket withIncident = withOffer.withIncident(anIncident(ID.value()).detectedAt(DETECTED).build())
                .orElseThrow();

        assertEquals(sourced.sources(), withOffer.sources());
        assertEquals(sourced.sources(), withIncident.sources());
    }
}
