package org.citygov.application.service;

import static org.citygov.domain.testing.PlatformBuilders.AGREEMENT;
import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.OPERATOR;
import static org.citygov.domain.testing.PlatformBuilders.PROVIDER;
import static org.citygov.domain.testing.PlatformBuilders.USER;
import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.PlatformBuilders.anOffer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ConcludeAgreements;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.access.Role;
import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogRecord;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.Declaration;
import org.citygov.domain.platform.FindingCode;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.shared.Result;

class PlatformMarketServiceTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final Caller ADMIN = new Caller("secretariat", Role.ADMIN);
    private static final Caller LAB = new Caller(USER, Role.USER);
    private static final Caller BUS = new Caller(PROVIDER, Role.PROVIDER);

    private final CatalogueEdition edition = AssessmentFixtures.edition();
    private final Platforms platforms = mock(Platforms.class);
    private final LinkageLog log = mock(LinkageLog.class);
    private final PlatformMarketService service = new PlatformMarketService(platforms, log, () -> edition,
            () -> NOW);
    private final RegisteredPlatform stored = RegisteredPlatform.reconstitute(aMarket().build(), 3, List.of());
    private final PlatformId id = stored.id();

    @BeforeEach
    void store() {
        when(platforms.find(id)).thenReturn(Optional.of(stored));
        when(platforms.save(any(), any())).thenAnswer(call -> Result.success(
                ((RegisteredPlatform) call.getArgument(0)).withVersion(4)));
        when(log.append(any())).thenAnswer(call -> CompletableFuture.completedFuture(entry(7,
                call.getArgument(0))));
    }

    private static LogEntry entry(long sequence, LogRecord record) {
        return new LogEntry(sequence, record.canonical(), new byte[32], new byte[32], new byte[32]);
    }

    private ConcludeAgreements.Request request(String agreement, PurposeKind purpose) {
        return new ConcludeAgreements.Request(AgreementId.of(agreement), OfferId.of(OFFER), ParticipantId.of(USER),
                purpose);
    }

    @Test
    void conclude_whenTheReviewFindsItValid_shouldSaveItThenLogAndIndexTheEntry() {
        var concluded = assertInstanceOf(ConcludeAgreements.Outcome.Concluded.class,
                service.conclude(id, request("lab-research", PurposeKind.RESEARCH), 3, LAB).orElseThrow());

        assertEquals(7, concluded.sequence());
        assertEquals(4, concluded.platform().version());
        InOrder order = inOrder(log, platforms);
        ArgumentCaptor<Platforms.Change> change = ArgumentCaptor.forClass(Platforms.Change.class);
        order.verify(platforms).save(any(), change.capture());
        ArgumentCaptor<LogRecord> logged = ArgumentCaptor.forClass(LogRecord.class);
        order.verify(log).append(logged.capture());
        order.verify(platforms).addReceipt(new Platforms.Receipt(id, 7, PlatformLogRecord.Kind.AGREEMENT,
                OfferId.of(OFFER), ParticipantId.of(PROVIDER), ParticipantId.of(USER), AgreementId.of("lab-research")));
        PlatformLogRecord record = (PlatformLogRecord) logged.getValue();
        assertEquals(PlatformLogRecord.Outcome.CONCLUDED, record.outcome());
        assertEquals(USER, record.actor().name());
        assertEquals(USER, change.getValue().actor().name());
    }

    @Test
    void conclude_whenTheSaveIsStaleBecauseAnotherServerChangedThePlatform_shouldLogAndIndexNothing() {
        // the version check in this process passes (3), but the store refuses the save: another server got there first
        org.mockito.Mockito.doReturn(Result.stale("platform " + id + " is at version 4, not 3")).when(platforms)
                .save(any(), any());

        Result<?> result = service.conclude(id, request("lab-research", PurposeKind.RESEARCH), 3, LAB);

        assertEquals(Result.Reason.STALE, ((Result.Failure<?>) result).reason());
        verify(platforms).save(any(), any());
        verify(log, never()).append(any());
        verify(platforms, never()).addReceipt(any());
    }

    @Test
    void conclude_whenThePurposeIsNotPermitted_shouldRefuseWithTheCodeAndNeitherLogNorSave() {
        var refused = assertInstanceOf(ConcludeAgreements.Outcome.Refused.class,
                service.conclude(id, request("lab-ads", PurposeKind.ADVERTISING), 3, LAB).orElseThrow());

        assertEquals(FindingCode.PURPOSE_NOT_PERMITTED, refused.review().findings().getFirst().code());
        verify(log, never()).append(any());
        verify(platforms, never()).save(any(), any());
    }

    @Test
    void conclude_whenTheVersionMovedOnOrAUserActsForAnother_shouldLogNothing() {
        Result<?> stale = service.conclude(id, request("lab-research", PurposeKind.RESEARCH), 2, LAB);
        Result<?> forOther = service.conclude(id, request("lab-research", PurposeKind.RESEARCH), 3,
                new Caller("other-lab", Role.USER));

        assertEquals(Result.Reason.STALE, ((Result.Failure<?>) stale).reason());
        assertEquals(Result.Reason.NOT_FOUND, ((Result.Failure<?>) forOther).reason(),
                "a user that takes no part in the platform does not see it");
        verify(log, never()).append(any());
    }

    @Test
    void addOffer_whenAProviderListsAnotherProvidersOffer_shouldBeForbidden() {
        Result<?> other = service.addOffer(id, anOffer("bus-timetables").withProvider(OPERATOR).build(), 3, BUS);

        assertEquals(Result.Reason.FORBIDDEN, ((Result.Failure<?>) other).reason());
        verify(platforms, never()).save(any(), any());
    }

    @Test
    void addOffer_whenTheScreeningRefusesIt_shouldStoreNothing() {
        var refused = assertInstanceOf(RegisteredPlatform.OfferAdmission.Refused.class, service.addOffer(id,
                anOffer("bus-timetables").withDeclarations(Declaration.HOLDS_RIGHTS).build(), 3, BUS).orElseThrow());

        assertTrue(refused.listing().findings().stream().anyMatch(f -> f.code()
                == FindingCode.CONTENT_WARRANTY_MISSING));
        verify(platforms, never()).save(any(), any());
    }

    @Test
    void register_whenAnOperatorRegistersAPlatformItDoesNotOperate_shouldBeForbidden() {
        Result<?> foreign = service.register(aMarket().build(), new Caller("another-city", Role.OPERATOR));
        Result<?> own = service.register(aMarket().build(), new Caller(OPERATOR, Role.OPERATOR));

        assertEquals(Result.Reason.FORBIDDEN, ((Result.Failure<?>) foreign).reason());
        assertTrue(own.isSuccess());
    }

    @Test
    void decideDelivery_whenAsked_shouldLogTheDecisionAndIndexIt() {
        ConcludeAgreements.Delivery delivery = service.decideDelivery(id, AgreementId.of(AGREEMENT), LAB)
                .orElseThrow();

        assertTrue(delivery.decision().permitted(), delivery.decision()::explanation);
        assertEquals(7, delivery.sequence());
        verify(platforms).addReceipt(any());
        verify(platforms, never()).save(any(), any());
    }

    @Test
    void entries_whenTheIndexPointsAtAnotherProvidersEntry_shouldTrustTheLogsText() {
        PlatformLogRecord forOperatorsOffer = PlatformLogRecord.parse(PlatformLogRecord.parse(
                        entry(0, sample()).body()).canonical().replace("provider=" + PROVIDER, "provider=" + OPERATOR));
        when(platforms.receipts(id)).thenReturn(List.of(
                new Platforms.Receipt(id, 0, PlatformLogRecord.Kind.DELIVERY, OfferId.of(OFFER),
                        ParticipantId.of(PROVIDER), ParticipantId.of(USER), AgreementId.of(AGREEMENT)),
                new Platforms.Receipt(id, 1, PlatformLogRecord.Kind.DELIVERY, OfferId.of(OFFER),
                        ParticipantId.of(PROVIDER), ParticipantId.of(USER), AgreementId.of(AGREEMENT))));
        when(log.entry(0)).thenReturn(Optional.of(entry(0, sample())));
        when(log.entry(1)).thenReturn(Optional.of(entry(1, forOperatorsOffer)));

        List<Long> seen = service.entries(id, BUS).orElseThrow().stream().map(t -> t.entry().sequence()).toList();

        assertEquals(List.of(0L), seen);
    }

    private PlatformLogRecord sample() {
        return PlatformLogRecord.delivery(stored.market().platform(), stored.decideDelivery(AgreementId.of(AGREEMENT),
                java.time.LocalDate.of(2025, 6, 1)).orElseThrow(), NOW, org.citygov.domain.project.Actor.of(USER));
    }
}
