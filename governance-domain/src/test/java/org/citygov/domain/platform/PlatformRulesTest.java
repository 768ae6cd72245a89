package org.citygov.domain.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.testing.PlatformBuilders.AGREEMENT;
import static org.citygov.domain.testing.PlatformBuilders.AT;
import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.OPERATOR;
import static org.citygov.domain.testing.PlatformBuilders.PROVIDER;
import static org.citygov.domain.testing.PlatformBuilders.TERMS;
import static org.citygov.domain.testing.PlatformBuilders.USER;
import static org.citygov.domain.testing.PlatformBuilders.aMarket;
import static org.citygov.domain.testing.PlatformBuilders.aParticipant;
import static org.citygov.domain.testing.PlatformBuilders.aPlatform;
import static org.citygov.domain.testing.PlatformBuilders.anAgreement;
import static org.citygov.domain.testing.PlatformBuilders.anIncident;
import static org.citygov.domain.testing.PlatformBuilders.anOffer;
import static org.citygov.domain.testing.ProjectBuilders.ASSET;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules around the finding codes: what does not trigger them, statuses, liability, duties and deadlines. */
class PlatformRulesTest {

    private static final MarketRules RULES = MarketRules.defaults("jp-2023.02");

    private static PlatformAssessment assess(DataMarket market) {
        return market.assess(AT, RULES);
    }

    private static Listing listing(PlatformAssessment assessment, String offer) {
        return assessment.listings().stream().filter(l -> l.offer().value().equals(offer)).findFirst().orElseThrow();
    }

    // ---- listings ----------------------------------------------------------------------------------------------

    @Test
    void screen_whenStatisticsAboutIndividualsUnderOpenLicence_shouldBeListableWithoutPersonalDataWarranty() {
        Offer stats = anOffer(OFFER).aboutIndividuals(Identifiability.STATISTICAL)
                .withBasis(PersonalDataBasis.STATISTICAL).withDeclarations(Declaration.LAWFULLY_OBTAINED,
                        Declaration.HOLDS_RIGHTS, Declaration.NO_DEFAMATORY_CONTENT).build();

        Listing listing = listing(assess(aMarket().withOffer(stats).build()), OFFER);

        assertEquals(ListingStatus.LISTABLE, listing.status(), listing.findings()::toString);
    }

    @Test
    void screen_whenSpecialCareOnConsentUnderRestrictedLicence_shouldBeListable() {
        Offer medical = anOffer(OFFER).withCategories(DataCategory.MEDICAL)
                .aboutIndividuals(Identifiability.IDENTIFIED).withSpecialCare(true).withBasis(PersonalDataBasis.CONSENT)
                .withLicence(Offer.Licence.Kind.RESTRICTED, 0).build();

        assertEquals(ListingStatus.LISTABLE, listing(assess(aMarket().withOffer(medical).build()), OFFER).status());
    }

    @Test
    void screen_whenOnlyWarnings_shouldNeedChangesAndWhenAnyBlocking_shouldBeRefused() {
        Offer warned = anOffer(OFFER).withUserGenerated(true).withHosting(Offer.Hosting.PLATFORM).build();
        Offer refused = anOffer(OFFER).withUserGenerated(true)
                .withThirdPartyRights(Offer.Content.ThirdPartyRights.UNCLEAR).build();

        assertEquals(ListingStatus.NEEDS_CHANGES, listing(assess(aMarket().withOffer(warned).build()), OFFER).status());
        assertEquals(ListingStatus.REFUSED, listing(assess(aMarket().withOffer(refused).build()), OFFER).status());
    }

    @Test
    void screen_whenNeedsChangesOnly_shouldStillBeAcceptable() {
        PlatformAssessment assessment = assess(aMarket().withOffer(anOffer(OFFER).withUserGenerated(true).build())
                .build());

        assertTrue(assessment.acceptable());
    }

    @Test
    void screen_whenProviderAcceptsCurrentTermsOnlyAfterTheAssessmentDate_shouldFindTermsNotAccepted() {
        Participant late = aParticipant(PROVIDER, ParticipantRole.PROVIDER)
                .withTermsAccepted(TERMS, LocalDate.of(2025, 6, 15)).build();

        Listing listing = listing(assess(aMarket().withParticipant(late).build()), OFFER);

        assertEquals(FindingCode.TERMS_NOT_ACCEPTED, listing.findings().getFirst().code());
        assertTrue(listing.findings().getFirst().text().contains("only on 2025-06-15"),
                listing.findings().getFirst()::text);
    }

    // ---- agreements --------------------------------------------------------------------------------------------

    @Test
    void review_whenCommercialPurposePermittedButCommercialUseProhibited_shouldFindPurposeNotPermitted() {
        DataMarket market = aMarket()
                .withOffer(anOffer(OFFER).withPurposes(PurposeKind.ADVERTISING, PurposeKind.RESEARCH)
                        .withProhibited(Prohibition.COMMERCIAL_USE).build())
                .withAgreement(anAgreement(AGREEMENT).forPurpose(PurposeKind.ADVERTISING).build()).build();

        AgreementReview review = assess(market).agreements().getFirst();

        assertFalse(review.valid());
        assertEquals(FindingCode.PURPOSE_NOT_PERMITTED, review.findings().getFirst().code());
        assertTrue(review.findings().getFirst().text().contains("prohibit COMMERCIAL_USE"));
    }

    @Test
    void review_whenConcludedUnderCurrentTermsBeforeTheUserAcceptedThem_shouldFindTermsNotAccepted() {
        DataMarket market = aMarket()
                .withAgreement(anAgreement(AGREEMENT).concludedOn(LocalDate.of(2025, 3, 1)).build()).build();

        AgreementReview review = assess(market).agreements().getFirst();

        assertEquals(List.of(FindingCode.TERMS_NOT_ACCEPTED), review.findings().stream().map(Finding::code).toList());
        assertFalse(assess(market).acceptable());
    }

    @Test
    void review_whenTermsProhibitReidentification_shouldNotWarn() {
        DataMarket market = aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER, ParticipantRole.PROVIDER).build())
                .withOffer(anOffer("lab-trajectories").withProvider(USER).withCategories(DataCategory.LOCATION)
                        .aboutIndividuals(Identifiability.IDENTIFIED).withBasis(PersonalDataBasis.CONSENT)
                        .withLicence(Offer.Licence.Kind.RESTRICTED, 0).build())
                .withOffer(anOffer(OFFER).withCategories(DataCategory.LOCATION)
                        .aboutIndividuals(Identifiability.ANONYMIZED).withBasis(PersonalDataBasis.ANONYMOUSLY_PROCESSED)
                        .withAnonymizationPublished(true).withProhibited(Prohibition.REIDENTIFICATION).build())
                .build();

        assertEquals(List.of(), assess(market).agreements().getFirst().findings());
    }

    @Test
    void review_whenUserHandlesPersonalDataWithPassword_shouldBeAWeakAuthenticationGap() {
        DataMarket market = aMarket()
                .withOffer(anOffer(OFFER).withCategories(DataCategory.LOCATION)
                        .aboutIndividuals(Identifiability.ANONYMIZED).withBasis(PersonalDataBasis.ANONYMOUSLY_PROCESSED)
                        .withAnonymizationPublished(true).build())
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withAuthentication(Authentication.PASSWORD)
                        .build()).build();

        PlatformAssessment assessment = assess(market);

        assertEquals(List.of(FindingCode.WEAK_AUTHENTICATION),
                assessment.framework().gaps().stream().map(Finding::code).toList());
        assertEquals(USER, assessment.framework().gaps().getFirst().subject());
        assertFalse(assessment.framework().cooperative());
    }

    // ---- liability and duties ----------------------------------------------------------------------------------

    @Test
    void liability_whenExchangeWithWarrantedOffers_shouldShareSecurityAndLeaveContentWithProviders() {
        Liability liability = assess(aMarket().build()).liability();

        assertEquals(Liability.Security.SHARED, liability.security());
        assertEquals(Liability.Content.PROVIDERS, liability.content());
    }

    @Test
    void liability_whenStorageHostsAnUnwarrantedOffer_shouldPutSecurityAndContentOnThePlatform() {
        DataMarket market = aMarket().withPlatform(aPlatform().withDesign(PlatformDesign.STORAGE))
                .withOffer(anOffer(OFFER).withHosting(Offer.Hosting.PLATFORM)
                        .withDeclarations(Declaration.LAWFULLY_OBTAINED).build()).build();

        Liability liability = assess(market).liability();

        assertEquals(Liability.Security.PLATFORM, liability.security());
        assertEquals(Liability.Content.PLATFORM, liability.content());
    }

    @Test
    void liability_whenUnwarrantedOfferStaysWithItsProvider_shouldShareContent() {
        DataMarket market = aMarket().withOffer(anOffer(OFFER).withDeclarations().build()).build();

        assertEquals(Liability.Content.SHARED, assess(market).liability().content());
    }

    @Test
    void duties_whenExchange_shouldGiveTheOperatorAuthenticationAndAccountabilityOnly() {
        List<Duty> operatorDuties = assess(aMarket().build()).duties().stream()
                .filter(d -> d.id().startsWith("platform:")).toList();

        assertEquals(List.of(DutyLayer.AUTHENTICATION, DutyLayer.ACCOUNTABILITY),
                operatorDuties.stream().map(Duty::layer).toList());
        assertTrue(operatorDuties.stream().allMatch(d -> d.holder().value().equals(OPERATOR) && d.met()));
    }

    @Test
    void duties_whenStorageWithoutCriticalServices_shouldAskBusinessHoursMonitoringStorageSecurityAndResponse() {
        DataMarket market = aMarket().withPlatform(aPlatform().withDesign(PlatformDesign.STORAGE)
                .withMonitoring(Monitoring.BUSINESS_HOURS)).build();

        List<Duty> duties = assess(market).duties();

        assertEquals(List.of(DutyLayer.AUTHENTICATION, DutyLayer.ACCOUNTABILITY, DutyLayer.STORAGE_SECURITY,
                DutyLayer.MONITORING, DutyLayer.RESPONSE), duties.stream().filter(d -> d.id().startsWith("platform:"))
                .map(Duty::layer).toList());
        assertTrue(duties.stream().allMatch(Duty::met), duties::toString);
    }

    @Test
    void duties_whenEveryParticipant_shouldHoldTheFourLayersAndProvidersContent() {
        List<Duty> duties = assess(aMarket().build()).duties();

        assertEquals(List.of(DutyLayer.AUTHENTICATION, DutyLayer.MAINTENANCE, DutyLayer.ACCOUNTABILITY,
                        DutyLayer.REPORTING, DutyLayer.CONTENT),
                duties.stream().filter(d -> d.holder().value().equals(PROVIDER)).map(Duty::layer).toList());
        assertEquals(4, duties.stream().filter(d -> d.holder().value().equals(USER)).count());
    }

    // ---- incidents ---------------------------------------------------------------------------------------------

    private static final Instant DETECTED = Instant.parse("2025-05-20T00:00:00Z");

    private static DataMarket storageWithMedicalData(Incident incident) {
        return aMarket().withPlatform(aPlatform().withDesign(PlatformDesign.STORAGE)
                        .withCriticalServices(ServiceField.MEDICAL_CARE, ServiceField.TOURISM))
                .withOffer(anOffer(OFFER).withCategories(DataCategory.MEDICAL)
                        .aboutIndividuals(Identifiability.IDENTIFIED).withSpecialCare(true)
                        .withBasis(PersonalDataBasis.CONSENT).withHosting(Offer.Hosting.PLATFORM)
                        .withLicence(Offer.Licence.Kind.RESTRICTED, 0).withPurposes(PurposeKind.RESEARCH).build())
                .withAgreement(anAgreement(AGREEMENT).forPurpose(PurposeKind.RESEARCH).build())
                .withIncident(incident).build();
    }

    @Test
    void incident_whenMaliciousRansomwareOnSpecialCareData_shouldBeReportableWithSixtyDayFinalReport() {
        Incident ransomware = anIncident("ransomware").at(OPERATOR).detectedAt(DETECTED).malicious(true)
                .withNotification(PROVIDER, Incident.NotificationKind.NOTICE, DETECTED.plus(Duration.ofHours(2)))
                .withNotification(USER, Incident.NotificationKind.NOTICE, DETECTED.plus(Duration.ofHours(2)))
                .withNotification("PPC", Incident.NotificationKind.PRELIMINARY, DETECTED.plus(Duration.ofDays(7)))
                .build();

        IncidentReview review = storageWithMedicalData(ransomware).assess(AT, RULES).incidents().getFirst();

        assertTrue(review.reportable());
        IncidentReview.Deadline preliminary = deadline(review, "PPC", Incident.NotificationKind.PRELIMINARY);
        assertEquals(DETECTED.plus(Duration.ofDays(5)), preliminary.due());
        assertEquals(IncidentReview.DeadlineStatus.LATE, preliminary.status());
        IncidentReview.Deadline fin = deadline(review, "PPC", Incident.NotificationKind.FINAL);
        assertEquals(DETECTED.plus(Duration.ofDays(60)), fin.due());
        assertEquals(IncidentReview.DeadlineStatus.OPEN, fin.status());
        assertEquals(IncidentReview.DeadlineStatus.OVERDUE,
                deadline(review, "SUBJECTS", Incident.NotificationKind.NOTICE).status());
        assertEquals(IncidentReview.DeadlineStatus.MET, deadline(review, USER, Incident.NotificationKind.NOTICE)
                .status());
        assertEquals(List.of(ServiceField.MEDICAL_CARE), review.impact().criticalServices());
        assertEquals(List.of(OPERATOR, PROVIDER, USER),
                review.impact().participants().stream().map(ParticipantId::value).toList());
    }

    @Test
    void incident_whenNonMaliciousOnFewPersonsWithoutSpecialCare_shouldNotBeReportable() {
        DataMarket market = aMarket()
                .withOffer(anOffer(OFFER).withCategories(DataCategory.LOCATION)
                        .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.CONSENT)
                        .withLicence(Offer.Licence.Kind.RESTRICTED, 0).build())
                .withIncident(anIncident("misdelivery").at(PROVIDER).detectedAt(DETECTED).withPersonsAffected(1_000)
                        .build()).build();

        IncidentReview review = market.assess(AT, RULES).incidents().getFirst();

        assertFalse(review.reportable());
        assertEquals(List.of(OPERATOR, USER), review.deadlines().stream().map(d -> d.to().code()).toList());
    }

    @Test
    void incident_whenMoreThanAThousandPersons_shouldBeReportableWithThirtyDayFinalReport() {
        DataMarket market = aMarket()
                .withOffer(anOffer(OFFER).withCategories(DataCategory.LOCATION)
                        .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.CONSENT)
                        .withLicence(Offer.Licence.Kind.RESTRICTED, 0).build())
                .withIncident(anIncident("leak").at(PROVIDER).detectedAt(DETECTED).withPersonsAffected(1_001)
                        .build()).build();

        IncidentReview review = market.assess(AT, RULES).incidents().getFirst();

        assertTrue(review.reportable());
        assertEquals(DETECTED.plus(Duration.ofDays(30)), deadline(review, "PPC", Incident.NotificationKind.FINAL)
                .due());
    }

    @Test
    void incident_whenNotificationIsDatedAfterTheAssessmentInstant_shouldNotCountYet() {
        Incident incident = anIncident("outage").at(OPERATOR).detectedAt(DETECTED)
                .withNotification(PROVIDER, Incident.NotificationKind.NOTICE, AT.plus(Duration.ofDays(1)))
                .withNotification(USER, Incident.NotificationKind.NOTICE, DETECTED.plus(Duration.ofHours(1)))
                .build();

        IncidentReview review = aMarket().withIncident(incident).build().assess(AT, RULES).incidents().getFirst();

        assertEquals(IncidentReview.DeadlineStatus.OVERDUE,
                deadline(review, PROVIDER, Incident.NotificationKind.NOTICE).status());
        assertFalse(aMarket().withIncident(incident).build().assess(AT, RULES).acceptable());
    }

    private static IncidentReview.Deadline deadline(IncidentReview review, String to, Incident.NotificationKind kind) {
        return review.deadlines().stream().filter(d -> d.to().code().equals(to) && d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " to " + to + " in " + review.deadlines()));
    }

    // ---- consistency of the document ---------------------------------------------------------------------------

    @Test
    void create_whenReferencesAndRolesAreWrong_shouldNameEveryPathAndCreateNothing() {
        Result<DataMarket> result = aMarket()
                .withPlatform(aPlatform().withOperator(PROVIDER))
                .withOffer(anOffer("other").withProvider(USER).build())
                .withOffer(anOffer("people").withSubject(org.citygov.domain.data.DataSubject.INDIVIDUAL).build())
                .withAgreement(anAgreement("ghost").onOffer("no-such-offer").byUser(PROVIDER).build())
                .withIncident(anIncident("x").at("nobody").affecting("missing")
                        .withNotification("stranger", Incident.NotificationKind.NOTICE, DETECTED).build())
                .create();

        Result.Failure<DataMarket> failure = (Result.Failure<DataMarket>) result;
        assertEquals(List.of("participants[0].roles", "platform.operator", "offers[1].provider",
                        "offers[2].identifiability", "agreements[1].offer", "agreements[1].user", "incidents[0].at",
                        "incidents[0].offers[0]", "incidents[0].notifications[0].to"),
                failure.violations().stream().map(Violation::path).toList());
    }

    @Test
    void create_whenIdsRepeat_shouldNameTheSecond() {
        Result<DataMarket> result = aMarket().withAgreements(List.of(anAgreement("same").build(),
                anAgreement("same").build())).create();

        assertEquals(Optional.of("agreements[1].id"), ((Result.Failure<DataMarket>) result).violations().stream()
                .map(Violation::path).findFirst());
    }

    // ---- provenance --------------------------------------------------------------------------------------------

    @Test
    void provenance_whenOfferMatchesTheAssetAndItsConsent_shouldFindNothing() {
        Offer video = anOffer(OFFER).withCategories(DataCategory.CAMERA_IMAGE)
                .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.CONSENT).build();

        assertEquals(List.of(), ProjectProvenance.check(video, aProject().buildRegistered(), DataAssetId.of(ASSET)));
    }

    @Test
    void provenance_whenOfferIsMoreIdentifyingThanTheAsset_shouldBeInconsistent() {
        Offer identified = anOffer(OFFER).withCategories(DataCategory.CAMERA_IMAGE)
                .aboutIndividuals(Identifiability.IDENTIFIED).withBasis(PersonalDataBasis.CONSENT).build();

        List<Finding> findings = ProjectProvenance.check(identified, aProject().buildRegistered(),
                DataAssetId.of(ASSET));

        assertEquals(List.of(FindingCode.OFFER_INCONSISTENT_WITH_ASSET), findings.stream().map(Finding::code).toList());
        assertTrue(findings.getFirst().text().contains("only PSEUDONYMOUS"));
    }
}
