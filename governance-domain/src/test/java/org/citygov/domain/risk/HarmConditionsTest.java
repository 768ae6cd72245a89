package org.citygov.domain.risk;

import java.util.List;

import org.citygov.domain.assessment.AssessmentFixtures.ProjectBuilder;
import org.citygov.domain.catalogue.PrivacyHarm;
import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.assessment.AssessmentFixtures.asset;
import static org.citygov.domain.assessment.AssessmentFixtures.flow;
import static org.citygov.domain.assessment.AssessmentFixtures.project;
import static org.citygov.domain.catalogue.PrivacyHarm.*;
import static org.citygov.domain.data.LifecycleStage.DISSEMINATION;
import static org.citygov.domain.data.LifecycleStage.PROCESSING;
import static org.citygov.domain.data.LifecycleStage.USE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One focused test per harm condition of {@link HarmConditions}: the flow that raises it, and where useful the closest
 * flow that does not. Each flow is otherwise benign (consented, noticed, protected), so the harm comes from the one
 * condition under test.
 */
class HarmConditionsTest {

    private static List<PrivacyHarm> harms(ProjectBuilder project) {
        return project.assess().risks().stream().flatMap(r -> r.harm().stream()).toList();
    }

    private static ProjectBuilder contacts(org.citygov.domain.assessment.AssessmentFixtures.FlowBuilder flow) {
        return project().asset(asset("contacts", DataCategory.CONTACT)).flow(flow);
    }

    @Test
    void table_shouldHaveOneConditionPerHarm() {
        assertEquals(PrivacyHarm.values().length, HarmConditions.TABLE.size());
        for (PrivacyHarm harm : PrivacyHarm.values()) {
            assertEquals(harm, HarmConditions.of(harm).harm());
        }
    }

    @Test
    void surveillance_whenContinuousObservation_shouldArise() {
        assertTrue(harms(contacts(flow("watch", "contacts").continuous())).contains(SURVEILLANCE));
        assertFalse(harms(contacts(flow("ask", "contacts"))).contains(SURVEILLANCE));
    }

    @Test
    void surveillance_whenCovert_shouldArise() {
        assertTrue(harms(project().asset(asset("images", DataCategory.CAMERA_IMAGE))
                .flow(flow("watch", "images").by(CollectionMethod.SURVEILLANCE_CAMERA).covert().noNotice()))
                .contains(SURVEILLANCE));
    }

    @Test
    void interrogation_whenQuestionnaireAsksForHealthData_shouldArise() {
        assertTrue(harms(project().asset(asset("answers", DataCategory.HEALTH))
                .flow(flow("ask", "answers").by(CollectionMethod.QUESTIONNAIRE))).contains(INTERROGATION));
        assertFalse(harms(project().asset(asset("answers", DataCategory.CONTACT))
                .flow(flow("ask", "answers").by(CollectionMethod.QUESTIONNAIRE))).contains(INTERROGATION));
    }

    @Test
    void aggregation_whenJoinedWithOtherFields_shouldArise() {
        assertTrue(harms(contacts(flow("join", "contacts").at(PROCESSING).from("city").linksOtherFields()))
                .contains(AGGREGATION));
        assertFalse(harms(contacts(flow("join", "contacts").at(PROCESSING).from("city"))).contains(AGGREGATION));
    }

    @Test
    void aggregation_whenDataAnonymized_shouldNotArise() {
        assertFalse(harms(project().asset(asset("counts", DataCategory.CONTACT)
                        .identifiability(Identifiability.STATISTICAL))
                .flow(flow("join", "counts").at(PROCESSING).from("city").linksOtherFields()))
                .contains(AGGREGATION));
    }

    @Test
    void identification_whenIdentifiableSpecialCareData_shouldArise() {
        assertTrue(harms(project().asset(asset("claims", DataCategory.MEDICAL).specialCare())
                .flow(flow("link", "claims").at(PROCESSING).from("city"))).contains(IDENTIFICATION));
        assertFalse(harms(contacts(flow("link", "contacts").at(PROCESSING).from("city"))).contains(IDENTIFICATION));
    }

    @Test
    void insecurity_whenMissingEncryption_shouldArise() {
        assertTrue(harms(project().asset(asset("contacts", DataCategory.CONTACT).safeguards(Safeguard.ACCESS_CONTROL))
                .flow(flow("store", "contacts").at(PROCESSING).from("city"))).contains(INSECURITY));
        assertFalse(harms(contacts(flow("store", "contacts").at(PROCESSING).from("city"))).contains(INSECURITY));
    }

    @Test
    void secondaryUse_whenPurposeDriftsFromCollectionWithoutConsent_shouldArise() {
        ProjectBuilder drifted = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("collect", "contacts"))
                .flow(flow("reuse", "contacts").at(PROCESSING).from("city").purpose(PurposeKind.RESEARCH)
                        .basis(LegalBasis.PUBLIC_INTEREST));
        assertTrue(harms(drifted).contains(SECONDARY_USE));
        ProjectBuilder samePurpose = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("collect", "contacts"))
                .flow(flow("reuse", "contacts").at(PROCESSING).from("city").basis(LegalBasis.PUBLIC_INTEREST));
        assertFalse(harms(samePurpose).contains(SECONDARY_USE));
    }

    @Test
    void exclusion_whenPeopleAreNotToldAndDidNotConsent_shouldArise() {
        assertTrue(harms(contacts(flow("use", "contacts").at(USE).from("city").basis(LegalBasis.LAW).noNotice()))
                .contains(EXCLUSION));
        assertFalse(harms(contacts(flow("use", "contacts").at(USE).from("city").basis(LegalBasis.LAW)))
                .contains(EXCLUSION));
    }

    @Test
    void breachOfConfidentiality_whenOptOutDataGoesToACompany_shouldArise() {
        assertTrue(harms(contacts(flow("sell", "contacts").at(DISSEMINATION).from("city").to("vendor")
                .basis(LegalBasis.OPT_OUT))).contains(BREACH_OF_CONFIDENTIALITY));
        assertFalse(harms(contacts(flow("share", "contacts").at(DISSEMINATION).from("city").to("welfare")
                .basis(LegalBasis.OPT_OUT))).contains(BREACH_OF_CONFIDENTIALITY));
    }

    @Test
    void disclosure_whenThirdPartyGetsDataWithoutAGround_shouldArise() {
        assertTrue(harms(contacts(flow("share", "contacts").at(DISSEMINATION).from("city").to("welfare")
                .basis(LegalBasis.NONE))).contains(DISCLOSURE));
        assertFalse(harms(contacts(flow("share", "contacts").at(DISSEMINATION).from("city").to("welfare")))
                .contains(DISCLOSURE));
    }

    @Test
    void exposure_whenIntimateDataReachesOthers_shouldArise() {
        assertTrue(harms(project().asset(asset("records", DataCategory.HEALTH))
                .flow(flow("share", "records").at(DISSEMINATION).from("city").to("welfare"))).contains(EXPOSURE));
        assertFalse(harms(contacts(flow("share", "contacts").at(DISSEMINATION).from("city").to("welfare")))
                .contains(EXPOSURE));
    }

    @Test
    void increasedAccessibility_whenPlacedOnThePlatformHub_shouldArise() {
        assertTrue(harms(contacts(flow("publish", "contacts").at(DISSEMINATION).from("city").to("hub")))
                .contains(INCREASED_ACCESSIBILITY));
        assertFalse(harms(contacts(flow("share", "contacts").at(DISSEMINATION).from("city").to("welfare")))
                .contains(INCREASED_ACCESSIBILITY));
    }

    @Test
    void blackmail_whenNamedSpecialCareDataTravelsWithoutAccessControl_shouldArise() {
        assertTrue(harms(project().asset(asset("claims", DataCategory.MEDICAL).specialCare()
                        .safeguards(Safeguard.ENCRYPTION))
                .flow(flow("share", "claims").at(DISSEMINATION).from("city").to("welfare"))).contains(BLACKMAIL));
        assertFalse(harms(project().asset(asset("claims", DataCategory.MEDICAL).specialCare())
                .flow(flow("share", "claims").at(DISSEMINATION).from("city").to("welfare"))).contains(BLACKMAIL));
    }

    @Test
    void appropriation_whenLikenessServesACommercialPurpose_shouldArise() {
        assertTrue(harms(project().asset(asset("images", DataCategory.CAMERA_IMAGE))
                .flow(flow("sell", "images").at(DISSEMINATION).from("city").to("vendor")
                        .purpose(PurposeKind.ADVERTISING))).contains(APPROPRIATION));
    }

    @Test
    void distortion_whenEstimatedAttributesArePassedOn_shouldArise() {
        assertTrue(harms(project().asset(asset("attributes", DataCategory.ESTIMATED_ATTRIBUTES))
                .flow(flow("share", "attributes").at(DISSEMINATION).from("city").to("welfare")))
                .contains(DISTORTION));
    }

    @Test
    void intrusion_whenContactedForAdvertising_shouldArise() {
        assertTrue(harms(contacts(flow("mail", "contacts").at(USE).from("city").to("residents")
                .purpose(PurposeKind.ADVERTISING, Beneficiary.OPERATOR))).contains(INTRUSION));
        assertFalse(harms(contacts(flow("mail", "contacts").at(USE).from("city").to("residents")))
                .contains(INTRUSION));
    }

    @Test
    void decisionalInterference_whenIndividualsArePredicted_shouldArise() {
        assertTrue(harms(contacts(flow("score", "contacts").at(USE).from("city")
                .purpose(PurposeKind.INDIVIDUAL_PREDICTION))).contains(DECISIONAL_INTERFERENCE));
    }

    @Test
    void decisionalInterference_whenPredictionIsThePurposeAtAnyStage_shouldArise() {
        // the harm follows from the purpose, wherever the flow sits in the life cycle
        for (LifecycleStage stage : List.of(PROCESSING, DISSEMINATION)) {
            Risk risk = contacts(flow("score", "contacts").at(stage).from("city").to("welfare")
                    .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.INDIVIDUAL_PREDICTION)).assess().risks()
                    .stream().filter(r -> r.harm().equals(java.util.Optional.of(DECISIONAL_INTERFERENCE)))
                    .findFirst().orElseThrow(() -> new AssertionError("no decisional interference at " + stage));
            assertTrue(risk.rationale().contains("predict"), risk.rationale());
            assertTrue(risk.guidelineRef().contains("raised by the purpose at any stage, 5.3 (1) 3)"),
                    risk.guidelineRef());
        }
        assertFalse(harms(contacts(flow("serve", "contacts").at(PROCESSING).from("city").to("welfare")
                .by(CollectionMethod.SYSTEM_TRANSFER))).contains(DECISIONAL_INTERFERENCE));
    }

    @Test
    void identification_whenFacialRecognitionCollects_shouldAriseAtCollectionFromTheMethod() {
        Risk risk = project().asset(asset("faces", DataCategory.FACIAL_FEATURES).retainedFor(0)
                        .safeguards(Safeguard.IMMEDIATE_DELETION, Safeguard.ACCESS_CONTROL, Safeguard.ENCRYPTION))
                .flow(flow("gate", "faces").by(CollectionMethod.FACIAL_RECOGNITION_CAMERA)).assess().risks().stream()
                .filter(r -> r.harm().equals(java.util.Optional.of(IDENTIFICATION))).findFirst()
                .orElseThrow(() -> new AssertionError("facial recognition raised no identification"));
        assertEquals(LifecycleStage.COLLECTION, risk.stage().orElseThrow());
        assertTrue(risk.rationale().contains("recognize the same person again"), risk.rationale());
        assertTrue(risk.guidelineRef().contains("raised by the method at collection, 5.3 (1) 1)"), risk.guidelineRef());
        // an attribute-estimation camera at collection raises no identification
        assertFalse(harms(project().asset(asset("images", DataCategory.CAMERA_IMAGE))
                .flow(flow("count", "images").by(CollectionMethod.ATTRIBUTE_ESTIMATION_CAMERA)))
                .contains(IDENTIFICATION));
    }

    @Test
    void disclosure_whenPublicInterestCoversNoExceptionOfTheAct_shouldArise() {
        // a company's advertising for its own benefit is none of the exceptions of APPI Art. 27 (1)
        List<PrivacyHarm> toAdvertiser = harms(contacts(flow("sell", "contacts").at(DISSEMINATION).from("hub")
                .to("vendor").by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.ADVERTISING,
                        Beneficiary.OPERATOR).basis(LegalBasis.PUBLIC_INTEREST)));
        assertTrue(toAdvertiser.contains(DISCLOSURE), toAdvertiser.toString());
        assertTrue(toAdvertiser.contains(BREACH_OF_CONFIDENTIALITY), toAdvertiser.toString());
        // public health is item (iii): the public interest may hold there
        assertFalse(harms(contacts(flow("report", "contacts").at(DISSEMINATION).from("hub").to("vendor")
                .by(CollectionMethod.SYSTEM_TRANSFER).purpose(PurposeKind.PUBLIC_HEALTH, Beneficiary.COMMUNITY)
                .basis(LegalBasis.PUBLIC_INTEREST))).contains(DISCLOSURE));
    }

    @Test
    void harms_whenFlowIsAtCollection_shouldOnlyRaiseCollectionHarms() {
        List<PrivacyHarm> found = harms(contacts(flow("watch", "contacts").continuous().linksOtherFields()
                .purpose(PurposeKind.ADVERTISING).basis(LegalBasis.NONE)));
        assertEquals(List.of(SURVEILLANCE), found);
    }

    @Test
    void risk_whenPrivacyHarm_shouldCiteTheAppendixAndCarryItsQuestion() {
        Risk risk = project().asset(asset("contacts", DataCategory.CONTACT))
                .flow(flow("watch", "contacts").continuous()).assess().risks().stream()
                .filter(r -> r.harm().isPresent()).findFirst().orElseThrow();
        assertEquals("watch-surveillance", risk.id());
        assertEquals(LifecycleStage.COLLECTION, risk.stage().orElseThrow());
        assertEquals("5.3 (2), appendix: surveillance", risk.guidelineRef());
        assertEquals("SURVEILLANCE?", risk.question().en());
    }
}
