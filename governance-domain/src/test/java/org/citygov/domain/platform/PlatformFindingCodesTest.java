package org.citygov.domain.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ServiceField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.citygov.domain.testing.PlatformBuilders.AGREEMENT;
import static org.citygov.domain.testing.PlatformBuilders.AT;
import static org.citygov.domain.testing.PlatformBuilders.OFFER;
import static org.citygov.domain.testing.PlatformBuilders.OPERATOR;
import static org.citygov.domain.testing.PlatformBuilders.PROVIDER;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every finding code of MARKET.md (and the three of the provenance check) produced by a case built for it: each case
 * starts from the default market, which has no finding at all, and changes the one thing the code is about.
 */
class PlatformFindingCodesTest {

    private static final MarketRules RULES = MarketRules.defaults("jp-2023.02");
    private static final Map<FindingCode, Supplier<List<Finding>>> CASES = new EnumMap<>(FindingCode.class);

    private static List<Finding> findings(DataMarket market) {
        return findings(market.assess(AT, RULES));
    }

    static List<Finding> findings(PlatformAssessment assessment) {
        List<Finding> all = new ArrayList<>();
        assessment.listings().forEach(l -> all.addAll(l.findings()));
        assessment.agreements().forEach(a -> all.addAll(a.findings()));
        all.addAll(assessment.framework().gaps());
        assessment.incidents().forEach(i -> all.addAll(i.findings()));
        return all;
    }

    private static List<Finding> withOffer(Offer offer) {
        return findings(aMarket().withOffer(offer).build());
    }

    /** Personal data offered lawfully: anonymized, published, warranted, commercial. Each case breaks one thing. */
    private static org.citygov.domain.testing.PlatformBuilders.OfferBuilder personal() {
        return anOffer(OFFER).withCategories(DataCategory.LOCATION).aboutIndividuals(Identifiability.ANONYMIZED)
                .withBasis(PersonalDataBasis.ANONYMOUSLY_PROCESSED).withAnonymizationPublished(true)
                .withLicence(Offer.Licence.Kind.COMMERCIAL, 50_000);
    }

    private static final Set<Declaration> CONTENT = Declaration.CONTENT_WARRANTIES;

    static {
        CASES.put(FindingCode.CONTENT_WARRANTY_MISSING, () -> withOffer(anOffer(OFFER)
                .withDeclarations(Declaration.LAWFULLY_OBTAINED, Declaration.HOLDS_RIGHTS).build()));
        CASES.put(FindingCode.PERSONAL_DATA_WARRANTY_MISSING, () -> withOffer(personal()
                .withDeclarations(CONTENT.toArray(Declaration[]::new)).build()));
        CASES.put(FindingCode.THIRD_PARTY_RIGHTS_UNCLEAR, () -> withOffer(anOffer(OFFER)
                .withThirdPartyRights(Offer.Content.ThirdPartyRights.UNCLEAR).build()));
        CASES.put(FindingCode.USER_GENERATED_CONTENT, () -> withOffer(anOffer(OFFER).withUserGenerated(true).build()));
        CASES.put(FindingCode.SPECIAL_CARE_WITHOUT_CONSENT, () -> withOffer(anOffer(OFFER)
                .withCategories(DataCategory.MEDICAL).aboutIndividuals(Identifiability.IDENTIFIED).withSpecialCare(true)
                .withBasis(PersonalDataBasis.OPT_OUT_NOTIFIED).withLicence(Offer.Licence.Kind.RESTRICTED, 0).build()));
        CASES.put(FindingCode.PSEUDONYMIZED_TO_THIRD_PARTY, () -> withOffer(personal()
                .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.PSEUDONYMOUSLY_PROCESSED)
                .build()));
        CASES.put(FindingCode.ANONYMIZATION_NOT_PUBLISHED, () -> withOffer(personal()
                .withAnonymizationPublished(false).build()));
        CASES.put(FindingCode.IDENTIFIED_WITHOUT_BASIS, () -> withOffer(personal()
                .aboutIndividuals(Identifiability.IDENTIFIED).withBasis(PersonalDataBasis.NONE).build()));
        CASES.put(FindingCode.OPEN_LICENCE_PERSONAL_DATA, () -> withOffer(personal()
                .withBasis(PersonalDataBasis.CONSENT).withLicence(Offer.Licence.Kind.OPEN, 0).build()));
        CASES.put(FindingCode.TERMS_NOT_ACCEPTED, () -> findings(aMarket()
                .withParticipant(aParticipant(PROVIDER, ParticipantRole.PROVIDER)
                        .withTermsAccepted("2024-10", LocalDate.of(2024, 10, 1)).build()).build()));
        CASES.put(FindingCode.STORAGE_ON_EXCHANGE_PLATFORM, () -> withOffer(anOffer(OFFER)
                .withHosting(Offer.Hosting.PLATFORM).build()));
        CASES.put(FindingCode.PURPOSE_NOT_PERMITTED, () -> findings(aMarket()
                .withAgreement(anAgreement(AGREEMENT).forPurpose(PurposeKind.ADVERTISING).build()).build()));
        CASES.put(FindingCode.USER_SECURITY_BELOW_MINIMUM, () -> findings(aMarket()
                .withOffer(anOffer(OFFER).withMinimumAuthentication(Authentication.MFA).build())
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withAuthentication(Authentication.PASSWORD)
                        .build()).build()));
        CASES.put(FindingCode.REIDENTIFICATION_RISK, () -> findings(aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER, ParticipantRole.PROVIDER).build())
                .withOffer(anOffer("lab-trajectories").withProvider(USER).withCategories(DataCategory.LOCATION)
                        .aboutIndividuals(Identifiability.IDENTIFIED).withBasis(PersonalDataBasis.CONSENT)
                        .withLicence(Offer.Licence.Kind.RESTRICTED, 0).build())
                .withOffer(personal().withProhibited().build()).build()));
        CASES.put(FindingCode.WEAK_AUTHENTICATION, () -> findings(aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withAuthentication(Authentication.NONE)
                        .build()).withAgreements(List.of()).build()));
        CASES.put(FindingCode.SLOW_PATCHING, () -> findings(aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withPatchWithinDays(45).build()).build()));
        CASES.put(FindingCode.NO_ACCESS_LOGGING, () -> findings(aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withAccessLogging(false).build()).build()));
        CASES.put(FindingCode.SLOW_INCIDENT_REPORTING, () -> findings(aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withIncidentReportHours(72).build())
                .build()));
        CASES.put(FindingCode.UNTRAINED, () -> findings(aMarket()
                .withParticipant(aParticipant(USER, ParticipantRole.USER).withTrainedOn(LocalDate.of(2024, 5, 31))
                        .build()).build()));
        CASES.put(FindingCode.NO_RESPONSE_TEAM, () -> findings(aMarket()
                .withPlatform(aPlatform().withDesign(PlatformDesign.STORAGE).withResponseTeam(false)).build()));
        CASES.put(FindingCode.MONITORING_INSUFFICIENT, () -> findings(aMarket()
                .withPlatform(aPlatform().withDesign(PlatformDesign.HYBRID)
                        .withCriticalServices(ServiceField.TRANSPORT_AND_MOBILITY)
                        .withMonitoring(Monitoring.BUSINESS_HOURS)).build()));
        Instant detected = Instant.parse("2025-05-20T00:00:00Z");
        CASES.put(FindingCode.NOTIFICATION_LATE, () -> findings(aMarket().withIncident(anIncident("outage")
                .at(OPERATOR).detectedAt(detected)
                .withNotification(PROVIDER, Incident.NotificationKind.NOTICE, detected.plusSeconds(30 * 3600))
                .withNotification(USER, Incident.NotificationKind.NOTICE, detected.plusSeconds(3600))
                .build()).build()));
        CASES.put(FindingCode.NOTIFICATION_OVERDUE, () -> findings(aMarket().withIncident(anIncident("outage")
                .at(OPERATOR).detectedAt(detected)
                .withNotification(USER, Incident.NotificationKind.NOTICE, detected.plusSeconds(3600))
                .build()).build()));
        CASES.put(FindingCode.NO_POST_INCIDENT_REVIEW, () -> findings(aMarket().withIncident(anIncident("outage")
                .at(OPERATOR).detectedAt(detected)
                .withNotification(PROVIDER, Incident.NotificationKind.NOTICE, detected.plusSeconds(3600))
                .withNotification(USER, Incident.NotificationKind.NOTICE, detected.plusSeconds(3600))
                .withEvent(Incident.Status.CLOSED, detected.plusSeconds(86_400)).build()).build()));
        GovernanceProject project = aProject().buildRegistered();
        Offer video = anOffer(OFFER).withCategories(DataCategory.CAMERA_IMAGE)
                .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.CONSENT)
                .withLicence(Offer.Licence.Kind.RESTRICTED, 0).build();
        CASES.put(FindingCode.PROJECT_ASSET_MISSING, () -> ProjectProvenance.check(video, project,
                DataAssetId.of("no-such-asset")));
        CASES.put(FindingCode.OFFER_INCONSISTENT_WITH_ASSET, () -> ProjectProvenance.check(anOffer(OFFER)
                .withCategories(DataCategory.CAMERA_IMAGE, DataCategory.LOCATION)
                .aboutIndividuals(Identifiability.PSEUDONYMOUS).withBasis(PersonalDataBasis.CONSENT).build(),
                project, DataAssetId.of(ASSET)));
        CASES.put(FindingCode.PROJECT_BASIS_MISMATCH, () -> ProjectProvenance.check(anOffer(OFFER)
                .withCategories(DataCategory.CAMERA_IMAGE).aboutIndividuals(Identifiability.PSEUDONYMOUS)
                .withBasis(PersonalDataBasis.OPT_OUT_NOTIFIED).build(), project, DataAssetId.of(ASSET)));
        CASES.put(FindingCode.INCIDENT_RULE_SLOWER_THAN_PLATFORM, () -> IncidentRuleCheck.check(
                IncidentLoopTest.withIncidentRule(project, 72), List.of(DataAssetId.of(ASSET)),
                aPlatform().withIncidentReportHours(24).build()));
        CASES.put(FindingCode.INCIDENT_RULE_MISSING, () -> IncidentRuleCheck.check(project,
                List.of(DataAssetId.of(ASSET)), aPlatform().build()));
    }

    @Test
    void cases_whenListed_shouldCoverEveryFindingCode() {
        assertEquals(EnumSet.allOf(FindingCode.class), CASES.keySet());
    }

    @Test
    void assess_whenDefaultMarket_shouldFindNothingAndBeAcceptable() {
        PlatformAssessment assessment = aMarket().build().assess(AT, RULES);

        assertEquals(List.of(), findings(assessment));
        assertTrue(assessment.acceptable());
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void finding_whenItsCaseIsBuilt_shouldBeProducedWithItsSeverityAndBasis(FindingCode code) {
        List<Finding> findings = CASES.get(code).get();

        List<Finding> ofCode = findings.stream().filter(f -> f.code() == code).toList();
        assertEquals(1, ofCode.size(), () -> code + " in " + findings);
        assertEquals(code.severity(), ofCode.getFirst().severity());
        assertTrue(!ofCode.getFirst().basis().isBlank() && !ofCode.getFirst().text().isBlank());
        // the case is about this code only (a content warranty missing also leaves the provider's CONTENT duty unmet,
        // which is not a gap)
        assertEquals(List.of(code), findings.stream().map(Finding::code).distinct().toList(), findings::toString);
    }

    @Test
    void codes_whenWritten_shouldBeTheKebabCaseOfMarketMd() {
        assertEquals("content-warranty-missing", FindingCode.CONTENT_WARRANTY_MISSING.code());
        assertEquals("storage-on-exchange-platform", FindingCode.STORAGE_ON_EXCHANGE_PLATFORM.code());
        assertEquals("reidentification-risk", FindingCode.REIDENTIFICATION_RISK.code());
        assertEquals("monitoring-insufficient", FindingCode.MONITORING_INSUFFICIENT.code());
        assertEquals("no-post-incident-review", FindingCode.NO_POST_INCIDENT_REVIEW.code());
        for (FindingCode code : FindingCode.values()) {
            assertEquals(code.name().toLowerCase().replace('_', '-'), code.code());
        }
    }
}
