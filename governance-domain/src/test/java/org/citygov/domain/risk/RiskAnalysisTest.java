package org.citygov.domain.risk;

import java.time.LocalDate;
import java.util.List;

import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.FocalPoint;
import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.project.RegionProfile;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.assessment.AssessmentFixtures.asset;
import static org.citygov.domain.assessment.AssessmentFixtures.flow;
import static org.citygov.domain.assessment.AssessmentFixtures.project;
import static org.citygov.domain.data.LifecycleStage.DISSEMINATION;
import static org.citygov.domain.data.LifecycleStage.USE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The focal points other than privacy, and the regional adjustment of likelihood (3.4). */
class RiskAnalysisTest {

    private static Risk risk(ProjectAssessment assessment, String id) {
        return assessment.risks().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no risk " + id + " in " + assessment.risks().stream()
                        .map(Risk::id).toList()));
    }

    private static List<String> ids(ProjectAssessment assessment) {
        return assessment.risks().stream().map(Risk::id).toList();
    }

    // ---- legal compliance

    @Test
    void legalCompliance_whenLegalTestUnsuitable_shouldBeCriticalAndCiteTheSubjectSection() {
        ProjectAssessment a = project().asset(asset("gps", DataCategory.LOCATION, DataCategory.SMARTPHONE_APP))
                .flow(flow("track", "gps").by(CollectionMethod.SMARTPHONE_GPS)
                        .purpose(PurposeKind.ADVERTISING, Beneficiary.OPERATOR).basis(LegalBasis.OPT_OUT))
                .assess();
        Risk risk = risk(a, "track-legal-location");
        assertEquals(FocalPoint.LEGAL_COMPLIANCE, risk.focalPoint());
        assertEquals(RiskLevel.CRITICAL, risk.level());
        assertEquals("5.3 (1) 2)", risk.guidelineRef());
    }

    @Test
    void legalCompliance_whenNoLegalBasis_shouldBeFound() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("collect", "contacts").basis(LegalBasis.NONE)).assess();
        assertEquals(FocalPoint.LEGAL_COMPLIANCE, risk(a, "collect-legal-basis").focalPoint());
    }

    // ---- APPI: special-care information and provision to third parties (5.4 (2) note 17)

    @Test
    void appi_whenSpecialCareInformationCollectedOnOptOut_shouldFindArticle20() {
        ProjectAssessment a = project().asset(asset("diagnoses", DataCategory.MEDICAL).specialCare())
                .flow(flow("ask", "diagnoses").to("vendor").by(CollectionMethod.QUESTIONNAIRE)
                        .basis(LegalBasis.OPT_OUT))
                .assess();
        Risk risk = risk(a, "ask-appi-special-care");
        assertEquals(FocalPoint.LEGAL_COMPLIANCE, risk.focalPoint());
        assertTrue(risk.guidelineRef().contains("APPI Art. 20 (2)"), risk.guidelineRef());
        assertTrue(risk.rationale().contains("prior consent"), risk.rationale());
        assertTrue(risk.level().compareTo(RiskLevel.HIGH) >= 0, risk.level().toString());
    }

    @Test
    void appi_whenSpecialCareInformationCollectedWithConsentOrByLaw_shouldFindNothing() {
        for (LegalBasis basis : List.of(LegalBasis.CONSENT, LegalBasis.LAW)) {
            ProjectAssessment a = project().asset(asset("diagnoses", DataCategory.MEDICAL).specialCare())
                    .flow(flow("ask", "diagnoses").to("vendor").by(CollectionMethod.QUESTIONNAIRE).basis(basis))
                    .assess();
            assertFalse(ids(a).contains("ask-appi-special-care"), basis + ": " + ids(a));
        }
    }

    @Test
    void appi_whenPublicInterestBasisProvidesToAnAdvertiser_shouldFindArticle27() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("sell", "contacts").at(DISSEMINATION).from("hub").to("vendor")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.ADVERTISING, Beneficiary.OPERATOR)
                        .basis(LegalBasis.PUBLIC_INTEREST))
                .assess();
        Risk risk = risk(a, "sell-appi-provision");
        assertEquals(FocalPoint.LEGAL_COMPLIANCE, risk.focalPoint());
        assertTrue(risk.guidelineRef().contains("APPI Art. 27 (1)"), risk.guidelineRef());
        assertTrue(risk.rationale().contains("not itself a ground"), risk.rationale());
        assertTrue(risk.rationale().contains("own benefit"), risk.rationale());
    }

    @Test
    void appi_whenACityProvidesOnPublicInterestForAdvertising_shouldCiteArticle69() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("sell", "contacts").at(DISSEMINATION).from("city").to("vendor")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.ADVERTISING, Beneficiary.OPERATOR)
                        .basis(LegalBasis.PUBLIC_INTEREST))
                .assess();
        assertTrue(risk(a, "sell-appi-provision").guidelineRef().contains("APPI Art. 69"));
    }

    @Test
    void appi_whenACityProvidesOnOptOutBeyondThePurposeOfUse_shouldCiteArticle69() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("collect", "contacts").purpose(PurposeKind.SERVICE_DELIVERY))
                .flow(flow("share", "contacts").at(DISSEMINATION).from("city").to("vendor")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.URBAN_PLANNING, Beneficiary.COMMUNITY)
                        .basis(LegalBasis.OPT_OUT))
                .assess();
        Risk risk = risk(a, "share-appi-provision");
        assertTrue(risk.guidelineRef().contains("APPI Art. 69"), risk.guidelineRef());
        assertTrue(risk.rationale().contains("opt-out is no ground"), risk.rationale());
    }

    @Test
    void appi_whenPublicInterestProvisionFitsAnException_shouldFindNothing() {
        // research with a university (items (v) to (vii)), another public body (item (iv) / Art. 69 (2) (iii))
        ProjectAssessment research = project()
                .stakeholder(AssessmentFixtures.stakeholder("university", StakeholderCategory.UNIVERSITY, 2, 2))
                .asset(asset("claims", DataCategory.MEDICAL).specialCare()
                        .identifiability(org.citygov.domain.data.Identifiability.PSEUDONYMOUS))
                .flow(flow("provide", "claims").at(DISSEMINATION).from("hub").to("university")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.RESEARCH, Beneficiary.COMMUNITY)
                        .basis(LegalBasis.PUBLIC_INTEREST))
                .assess();
        assertFalse(ids(research).contains("provide-appi-provision"), ids(research).toString());
        ProjectAssessment toCity = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("report", "contacts").at(DISSEMINATION).from("vendor").to("city")
                        .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.URBAN_PLANNING, Beneficiary.COMMUNITY)
                        .basis(LegalBasis.PUBLIC_INTEREST))
                .assess();
        assertFalse(ids(toCity).contains("report-appi-provision"), ids(toCity).toString());
    }

    @Test
    void appi_whenSpecialCareGoesOutOnOptOut_shouldCiteTheOptOutExclusionOfArticle27() {
        ProjectAssessment a = project().asset(asset("claims", DataCategory.MEDICAL).specialCare())
                .flow(flow("sell", "claims").at(DISSEMINATION).from("hub").to("vendor")
                        .by(CollectionMethod.SYSTEM_TRANSFER).basis(LegalBasis.OPT_OUT))
                .assess();
        assertTrue(risk(a, "sell-legal-basis").guidelineRef().contains("APPI Art. 27 (2)"));
    }

    // ---- IP and confidentiality

    @Test
    void confidentiality_whenBusinessConfidentialDataLeavesItsOwner_shouldBeFound() {
        ProjectAssessment a = project().asset(asset("sales", DataCategory.BUSINESS_CONFIDENTIAL)
                        .about(DataSubject.ORGANIZATION))
                .flow(flow("share", "sales").at(DISSEMINATION).from("vendor").to("hub")).assess();
        Risk risk = risk(a, "share-confidential");
        assertEquals(FocalPoint.IP_AND_CONFIDENTIALITY, risk.focalPoint());
        assertTrue(risk.harm().isEmpty());
    }

    @Test
    void confidentiality_whenConfidentialDataStaysWithItsOwner_shouldNotBeFound() {
        ProjectAssessment a = project().asset(asset("sales", DataCategory.BUSINESS_CONFIDENTIAL)
                        .about(DataSubject.ORGANIZATION))
                .flow(flow("keep", "sales").at(org.citygov.domain.data.LifecycleStage.PROCESSING).from("vendor")
                        .to("vendor")).assess();
        assertFalse(ids(a).contains("keep-confidential"));
    }

    // ---- security

    @Test
    void security_whenLinkBetweenOrganizationsLacksSafeguards_shouldBeFound() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT)
                        .safeguards(Safeguard.ACCESS_CONTROL))
                .flow(flow("share", "contacts").at(DISSEMINATION).from("city").to("welfare")).assess();
        assertTrue(risk(a, "share-security").rationale().contains("ENCRYPTION"));
    }

    @Test
    void security_whenResidentsHandOverTheirOwnData_shouldNotCountAsALinkBetweenOrganizations() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT)
                        .safeguards(Safeguard.ACCESS_CONTROL))
                .flow(flow("collect", "contacts")).assess();
        assertFalse(ids(a).contains("collect-security"));
    }

    @Test
    void security_whenAPartyReceivesThreeAssets_shouldFlagItAsAHub() {
        ProjectAssessment a = project()
                .asset(asset("a", DataCategory.CONTACT)).asset(asset("b", DataCategory.HEALTH))
                .asset(asset("c", DataCategory.FINANCIAL))
                .flow(flow("fa", "a").at(DISSEMINATION).from("city").to("welfare"))
                .flow(flow("fb", "b").at(DISSEMINATION).from("city").to("welfare"))
                .flow(flow("fc", "c").at(DISSEMINATION).from("city").to("welfare")).assess();
        Risk hub = risk(a, "hub-welfare");
        assertEquals(FocalPoint.SECURITY, hub.focalPoint());
        assertTrue(hub.flow().isEmpty());
    }

    // ---- appropriate operation

    @Test
    void appropriateOperation_whenPredictingIndividuals_shouldFlagFairness() {
        ProjectAssessment a = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("score", "contacts").at(USE).from("city").purpose(PurposeKind.INDIVIDUAL_PREDICTION))
                .assess();
        assertEquals(FocalPoint.APPROPRIATE_OPERATION, risk(a, "score-fairness").focalPoint());
    }

    // ---- overall governance

    @Test
    void governance_whenCriticalStakeholderOnlyReceivesInformation_shouldBeFound() {
        ProjectAssessment a = project()
                .stakeholder(AssessmentFixtures.stakeholder("residents", StakeholderCategory.RESIDENT, 5, 5)
                        .withEngagement(new EngagementActivity(EngagementMethod.MEDIA_PR, LocalDate.EPOCH, "")))
                .asset(asset("contacts", DataCategory.CONTACT)).flow(flow("collect", "contacts")).assess();
        Risk risk = risk(a, "engagement-residents");
        assertEquals(FocalPoint.OVERALL_GOVERNANCE, risk.focalPoint());
        assertTrue(risk.rationale().contains("only been sent information"));
    }

    @Test
    void governance_whenHighStakeholderEngagedTwoWay_shouldNotBeFound() {
        ProjectAssessment a = project()
                .stakeholder(AssessmentFixtures.stakeholder("residents", StakeholderCategory.RESIDENT, 4, 4)
                        .withEngagement(new EngagementActivity(EngagementMethod.BRIEFING, LocalDate.EPOCH, "")))
                .asset(asset("contacts", DataCategory.CONTACT)).flow(flow("collect", "contacts")).assess();
        assertFalse(ids(a).contains("engagement-residents"));
    }

    @Test
    void governance_whenManyPartiesLinkDataWithoutACouncil_shouldBeFound() {
        ProjectBuilderFlows flows = new ProjectBuilderFlows();
        assertTrue(ids(flows.linked().assess()).contains("no-council"));
        assertFalse(ids(flows.linked().stakeholder(AssessmentFixtures.stakeholder("council",
                StakeholderCategory.COUNCIL, 2, 2)).assess()).contains("no-council"));
    }

    /** The fixture edition with other project-wide CityGov defaults (hub size, parties that call for a council). */
    private static org.citygov.domain.catalogue.CatalogueEdition withProjectWide(int hub, int platformHub, int council) {
        org.citygov.domain.catalogue.CatalogueEdition e = AssessmentFixtures.edition();
        org.citygov.domain.catalogue.CityGovDefaults d = e.cityGovDefaults();
        return new org.citygov.domain.catalogue.CatalogueEdition(e.version(), e.title(), e.lawAreas(), e.laws(),
                e.softLawTopics(), e.softLaws(), e.focalPoints(), e.privacyHarms(), e.stakeholderCategories(),
                e.engagementFormats(), e.engagementMethods(), new org.citygov.domain.catalogue.CityGovDefaults(
                d.importance(), d.acceptance(), d.mitigateFrom(), d.ruleDrafts(), d.fourFactor(),
                new org.citygov.domain.catalogue.CityGovDefaults.ProjectWide(hub, platformHub, council),
                d.monitoring()));
    }

    @Test
    void security_whenTheEditionsHubSizeIsLarger_shouldNotFlagThreeAssets() {
        var project = project()
                .asset(asset("a", DataCategory.CONTACT)).asset(asset("b", DataCategory.HEALTH))
                .asset(asset("c", DataCategory.FINANCIAL))
                .flow(flow("fa", "a").at(DISSEMINATION).from("city").to("welfare"))
                .flow(flow("fb", "b").at(DISSEMINATION).from("city").to("welfare"))
                .flow(flow("fc", "c").at(DISSEMINATION).from("city").to("welfare")).build();

        assertTrue(ids(ProjectAssessment.of(project, withProjectWide(3, 2, 4))).contains("hub-welfare"));
        assertFalse(ids(ProjectAssessment.of(project, withProjectWide(4, 2, 4))).contains("hub-welfare"));
    }

    @Test
    void governance_whenTheEditionAsksACouncilOnlyForMoreParties_shouldNotFindItMissing() {
        var project = new ProjectBuilderFlows().linked().build();

        assertTrue(ids(ProjectAssessment.of(project, withProjectWide(3, 2, 4))).contains("no-council"));
        assertFalse(ids(ProjectAssessment.of(project, withProjectWide(3, 2, 50))).contains("no-council"));
    }

    private static final class ProjectBuilderFlows {
        AssessmentFixtures.ProjectBuilder linked() {
            return project().asset(asset("contacts", DataCategory.CONTACT))
                    .flow(flow("a", "contacts").at(DISSEMINATION).from("city").to("welfare"))
                    .flow(flow("b", "contacts").at(DISSEMINATION).from("welfare").to("vendor"))
                    .flow(flow("c", "contacts").at(DISSEMINATION).from("vendor").to("hub"));
        }
    }

    // ---- regional acceptance, 3.4

    private static AssessmentFixtures.ProjectBuilder cameras() {
        return project().asset(asset("images", DataCategory.CAMERA_IMAGE))
                .flow(flow("watch", "images").by(CollectionMethod.SURVEILLANCE_CAMERA).continuous());
    }

    @Test
    void likelihood_whenFewResidentsAcceptTheData_shouldRise() {
        int base = risk(cameras().assess(), "watch-surveillance").score().likelihood();
        Risk low = risk(cameras().acceptance(DataCategory.CAMERA_IMAGE, 0.4).assess(), "watch-surveillance");
        assertEquals(base + 1, low.score().likelihood());
        assertTrue(low.rationale().contains("40% of residents"), low.rationale());
        Risk veryLow = risk(cameras().acceptance(DataCategory.CAMERA_IMAGE, 0.2).assess(), "watch-surveillance");
        assertEquals(base + 2, veryLow.score().likelihood());
    }

    @Test
    void likelihood_whenMostResidentsAccept_shouldFall() {
        int base = risk(cameras().assess(), "watch-surveillance").score().likelihood();
        assertEquals(base - 1, risk(cameras().acceptance(DataCategory.CAMERA_IMAGE, 0.9).assess(),
                "watch-surveillance").score().likelihood());
    }

    @Test
    void likelihood_whenCamerasInACityCentre_shouldRise() {
        int base = risk(cameras().assess(), "watch-surveillance").score().likelihood();
        assertEquals(base + 1, risk(cameras().region(RegionProfile.CITY_CENTER).assess(), "watch-surveillance")
                .score().likelihood());
    }

    @Test
    void likelihood_whenSurveyExists_shouldReplaceTheProfilePresumption() {
        int base = risk(cameras().assess(), "watch-surveillance").score().likelihood();
        assertEquals(base, risk(cameras().region(RegionProfile.CITY_CENTER)
                .acceptance(DataCategory.CAMERA_IMAGE, 0.6).assess(), "watch-surveillance").score().likelihood());
    }

    @Test
    void likelihood_whenWatchingOverElderlyInAnAgeingArea_shouldFall() {
        AssessmentFixtures.ProjectBuilder watching = project()
                .asset(asset("whereabouts", DataCategory.LOCATION).of(SubjectGroup.ELDERLY))
                .flow(flow("watch", "whereabouts").by(CollectionMethod.BLE_BEACON).continuous()
                        .purpose(PurposeKind.CARE_AND_WATCHING_OVER));
        int base = risk(watching.assess(), "watch-surveillance").score().likelihood();
        AssessmentFixtures.ProjectBuilder ageing = project().region(RegionProfile.AGING_POPULATION)
                .asset(asset("whereabouts", DataCategory.LOCATION).of(SubjectGroup.ELDERLY))
                .flow(flow("watch", "whereabouts").by(CollectionMethod.BLE_BEACON).continuous()
                        .purpose(PurposeKind.CARE_AND_WATCHING_OVER));
        assertEquals(base - 1, risk(ageing.assess(), "watch-surveillance").score().likelihood());
    }

    @Test
    void risks_whenSameProjectAssessedTwice_shouldBeIdenticalAndInFlowOrder() {
        ProjectAssessment first = cameras().assess();
        assertEquals(first.risks(), cameras().assess().risks());
        assertEquals("watch", first.risks().getFirst().flow().orElseThrow().value());
    }
}
