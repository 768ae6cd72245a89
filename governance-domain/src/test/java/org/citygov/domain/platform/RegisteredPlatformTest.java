package org.citygov.domain.platform;

import static org.citygov.domain.testing.PlatformBuilders.AGREEMENT;
import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.PROVIDER;
import static org.citygov.domain.testing.PlatformBuilders.USER;
import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.PlatformBuilders.anOffer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Result;

class RegisteredPlatformTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final Actor OPERATOR_ACTOR = Actor.of("city-bureau");

    private final RegisteredPlatform platform = RegisteredPlatform.reconstitute(aMarket().build(), 1, List.of());

    @Test
    void addOffer_whenScreeningFindsNothing_shouldListItOnTheChangedPlatform() {
        var admitted = assertInstanceOf(RegisteredPlatform.OfferAdmission.Admitted.class,
                platform.addOffer(anOffer("bus-timetables").build(), ON).orElseThrow());

        assertEquals(ListingStatus.LISTABLE, admitted.standing().listing().status());
        assertTrue(admitted.standing().listed());
        assertEquals(2, admitted.platform().market().offers().size());
        assertEquals(1, platform.market().offers().size(), "the aggregate is immutable");
    }

    @Test
    void addOffer_whenAContentWarrantyIsMissing_shouldRefuseWithTheFindingCodeAndChangeNothing() {
        Offer offer = anOffer("bus-timetables").withDeclarations(Declaration.LAWFULLY_OBTAINED,
                Declaration.HOLDS_RIGHTS).build();

        var refused = assertInstanceOf(RegisteredPlatform.OfferAdmission.Refused.class,
                platform.addOffer(offer, ON).orElseThrow());

        assertEquals(List.of(FindingCode.CONTENT_WARRANTY_MISSING),
                refused.listing().findings().stream().map(Finding::code).toList());
    }

    @Test
    void addOffer_whenUserGeneratedContent_shouldListItWithTheWarning() {
        var admitted = assertInstanceOf(RegisteredPlatform.OfferAdmission.Admitted.class,
                platform.addOffer(anOffer("bus-reviews").withUserGenerated(true).build(), ON).orElseThrow());

        assertEquals(ListingStatus.NEEDS_CHANGES, admitted.standing().listing().status());
        assertTrue(admitted.standing().listed());
    }

    @Test
    void addOffer_whenIdTakenOrProviderIsNoProvider_shouldAnswerConflictAndInvalidWithARelativePath() {
        Result<RegisteredPlatform.OfferAdmission> taken = platform.addOffer(anOffer(OFFER).build(), ON);
        Result<RegisteredPlatform.OfferAdmission> wrong = platform.addOffer(anOffer("lab-data").withProvider(USER)
                .build(), ON);

        assertEquals(Result.Reason.CONFLICT, ((Result.Failure<?>) taken).reason());
        Result.Failure<?> invalid = (Result.Failure<?>) wrong;
        assertEquals(Result.Reason.INVALID, invalid.reason());
        assertEquals("provider", invalid.violations().getFirst().path());
    }

    @Test
    void withdraw_whenListed_shouldTakeItOffTheListingAndRefuseASecondWithdrawal() {
        RegisteredPlatform withdrawn = platform.withdraw(OfferId.of(OFFER), Instant.parse("2025-06-02T00:00:00Z"),
                OPERATOR_ACTOR).orElseThrow();

        assertFalse(withdrawn.offer(OfferId.of(OFFER), ON).orElseThrow().listed());
        assertEquals(OPERATOR_ACTOR, withdrawn.withdrawal(OfferId.of(OFFER)).orElseThrow().by());
        assertEquals(Result.Reason.CONFLICT, ((Result.Failure<?>) withdrawn.withdraw(OfferId.of(OFFER),
                Instant.parse("2025-06-03T00:00:00Z"), OPERATOR_ACTOR)).reason());
        assertEquals(Result.Reason.NOT_FOUND, ((Result.Failure<?>) platform.withdraw(OfferId.of("nothing"),
                Instant.parse("2025-06-03T00:00:00Z"), OPERATOR_ACTOR)).reason());
    }

    @Test
    void conclude_whenPurposePermitted_shouldDateItTodayUnderTheCurrentTerms() {
        var concluded = assertInstanceOf(RegisteredPlatform.AgreementConclusion.Concluded.class,
                platform.conclude(AgreementId.of("lab-research"), OfferId.of(OFFER), ParticipantId.of(USER),
                        PurposeKind.RESEARCH, ON).orElseThrow());

        assertEquals(ON, concluded.agreement().on());
        assertEquals("2025-04", concluded.agreement().termsVersion());
        assertTrue(concluded.review().valid());
        assertEquals(2, concluded.platform().market().agreements().size());
    }

    @Test
    void conclude_whenPurposeNotPermitted_shouldRefuseWithTheFindingCode() {
        var refused = assertInstanceOf(RegisteredPlatform.AgreementConclusion.Refused.class,
                platform.conclude(AgreementId.of("lab-ads"), OfferId.of(OFFER), ParticipantId.of(USER),
                        PurposeKind.ADVERTISING, ON).orElseThrow());

        assertEquals(List.of(FindingCode.PURPOSE_NOT_PERMITTED),
                refused.review().findings().stream().map(Finding::code).toList());
    }

    @Test
    void conclude_whenOfferWithdrawnOrUserNotAUser_shouldRefuseAsConflictAndInvalid() {
        RegisteredPlatform withdrawn = platform.withdraw(OfferId.of(OFFER), Instant.parse("2025-06-01T00:00:00Z"),
                OPERATOR_ACTOR).orElseThrow();

        Result<?> onWithdrawn = withdrawn.conclude(AgreementId.of("late"), OfferId.of(OFFER), ParticipantId.of(USER),
                PurposeKind.RESEARCH, ON);
        Result<?> byProvider = platform.conclude(AgreementId.of("self"), OfferId.of(OFFER),
                ParticipantId.of(PROVIDER), PurposeKind.RESEARCH, ON);

        assertEquals(Result.Reason.CONFLICT, ((Result.Failure<?>) onWithdrawn).reason());
        assertEquals("user", ((Result.Failure<?>) byProvider).violations().getFirst().path());
        assertEquals(Result.Reason.CONFLICT, ((Result.Failure<?>) platform.conclude(AgreementId.of(AGREEMENT),
                OfferId.of(OFFER), ParticipantId.of(USER), PurposeKind.RESEARCH, ON)).reason());
    }

    @Test
    void decideDelivery_whenListedThenWithdrawn_shouldPermitThenDenyNamingTheWithdrawal() {
        DeliveryDecision before = platform.decideDelivery(AgreementId.of(AGREEMENT), ON).orElseThrow();
        DeliveryDecision after = platform.withdraw(OfferId.of(OFFER), Instant.parse("2025-06-01T00:00:00Z"),
                OPERATOR_ACTOR).orElseThrow().decideDelivery(AgreementId.of(AGREEMENT), ON).orElseThrow();

        assertTrue(before.permitted(), before::explanation);
        assertFalse(after.permitted());
        assertTrue(after.explanation().contains("withdrawn"), after::explanation);
        assertEquals(Result.Reason.NOT_FOUND, ((Result.Failure<?>) platform.decideDelivery(AgreementId.of("none"),
                ON)).reason());
    }

    @Test
    void reconstitute_whenAWithdrawalNamesNoOffer_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> RegisteredPlatform.reconstitute(aMarket().build(), 1,
                List.of(new Withdrawal(OfferId.of("ghost"), Instant.EPOCH, OPERATOR_ACTOR))));
    }

    @Test
    void logRecord_whenWrittenAndParsed_shouldComeBackEqualAndNameNoSubject() {
        var concluded = (RegisteredPlatform.AgreementConclusion.Concluded) platform.conclude(
                AgreementId.of("lab-research"), OfferId.of(OFFER), ParticipantId.of(USER), PurposeKind.RESEARCH, ON)
                .orElseThrow();
        PlatformLogRecord record = PlatformLogRecord.concluded(platform.market().platform(), concluded.offer(),
                concluded.agreement(), concluded.review(), Instant.parse("2025-06-01T01:02:03.456Z"),
                Actor.of("research-lab"));
        DeliveryDecision denied = platform.withdraw(OfferId.of(OFFER), Instant.EPOCH, OPERATOR_ACTOR).orElseThrow()
                .decideDelivery(AgreementId.of(AGREEMENT), ON).orElseThrow();
        PlatformLogRecord delivery = PlatformLogRecord.delivery(platform.market().platform(), denied, Instant.EPOCH,
                Actor.of("research-lab"));

        assertEquals(record, PlatformLogRecord.parse(record.canonical()));
        assertEquals(delivery, PlatformLogRecord.parse(delivery.canonical()));
        assertEquals(PlatformLogRecord.Outcome.DENY, delivery.outcome());
        assertFalse(record.canonical().contains("\nsubject="));
        assertTrue(PlatformLogRecord.isPlatformRecord(record.canonical()));
        assertTrue(record.subject().isEmpty());
    }
}
