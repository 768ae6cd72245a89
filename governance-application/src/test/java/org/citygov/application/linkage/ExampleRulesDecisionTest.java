package org.citygov.application.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.Examples;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.Obligation;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples' rules, as the assessment judges them, drive the decision point: flows the assessment finds acceptable
 * and covered are permitted with the obligations their rules impose, a party in no flow is denied, flows the
 * assessment rules out are denied, and withdrawing consent flips the next decision.
 */
class ExampleRulesDecisionTest {

    private static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");
    private static final SubjectId HANAKO = SubjectId.of("resident-0042");

    private static DecisionPoint decisionPoint;
    private static ProjectId frailty;
    private static ProjectId cameras;
    private static ProjectId education;

    @BeforeAll
    static void compileExamples() throws IOException {
        CatalogueEdition edition;
        try (InputStream in = ExampleRulesDecisionTest.class.getClassLoader()
                .getResourceAsStream(CatalogueLoader.BUNDLED_RESOURCE)) {
            edition = assertInstanceOf(CatalogueReading.Valid.class, new CatalogueLoader().read(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.JSON)).edition();
        }
        decisionPoint = new DecisionPoint(new ConsentRegistry());
        frailty = compile("kashiwanoha-frailty.json", edition);
        cameras = compile("kashiwanoha-ai-cameras.json", edition);
        education = compile("education-data.json", edition);
    }

    private static ProjectId compile(String example, CatalogueEdition edition) {
        ScenarioReading.Valid valid = assertInstanceOf(ScenarioReading.Valid.class,
                new ScenarioLoader().read(Examples.named(example)));
        GovernanceProject project = GovernanceProject.create(valid.scenario().parts(), Actor.of("test"), NOW)
                .orElseThrow();
        decisionPoint.compile(project, ProjectAssessment.of(project, edition));
        return project.id();
    }

    private static LinkageRequest research(SubjectId subject) {
        return LinkageRequest.forSubject(frailty, StakeholderId.of("university"), DataAssetId.of("research-dataset"),
                PurposeKind.RESEARCH, subject, Set.of("age", "frailty-score"));
    }

    @Test
    void decide_whenAPartyIsInNoDataFlow_shouldDeny() {
        Decision decision = decisionPoint.decide(LinkageRequest.aggregate(frailty, StakeholderId.of("insurer"),
                DataAssetId.of("research-dataset"), PurposeKind.COMMERCIAL_RECOMMENDATION, Set.of("age")));
        assertEquals(Decision.Outcome.DENY, decision.outcome());
        assertTrue(decision.explanation().contains("no data flow"), decision.explanation());
    }

    @Test
    void decide_whenThirdPartyProvisionNeedsConsentAndTheSubjectGaveNone_shouldDenyNamingTheConsentRule() {
        Decision decision = decisionPoint.decide(research(SubjectId.of("resident-without-consent")));
        assertEquals(Decision.Outcome.DENY, decision.outcome(), decision.explanation());
        assertTrue(decision.explanation().contains("city-consent v1"), decision.explanation());
    }

    @Test
    void decide_whenConsentIsGivenThenWithdrawn_shouldPermitThenDenyTheNextDecision() {
        ConsentRecord consent = decisionPoint.consents().grant(HANAKO, frailty, DataAssetId.of("research-dataset"),
                PurposeKind.RESEARCH, NOW);
        Decision permitted = decisionPoint.decide(research(HANAKO));
        assertEquals(Decision.Outcome.PERMIT, permitted.outcome(), permitted.explanation());
        assertEquals(List.of(consent.id()), permitted.consents());
        assertTrue(permitted.obligations().contains(Obligation.pseudonymize()), permitted.explanation());
        assertTrue(permitted.explanation().contains("research-pseudonymization v1"), permitted.explanation());

        decisionPoint.consents().withdraw(HANAKO, frailty, DataAssetId.of("research-dataset"), PurposeKind.RESEARCH,
                NOW.plusSeconds(60)).orElseThrow();

        Decision denied = decisionPoint.decide(research(HANAKO));
        assertEquals(Decision.Outcome.DENY, denied.outcome());
        assertTrue(denied.explanation().contains("withdrew"), denied.explanation());
        assertEquals(List.of(consent.id()), denied.consents());
    }

    @Test
    void decide_whenAnAggregateOfPersonalDataIsAsked_shouldPermitWithAnonymizationAndNoConsent() {
        Decision decision = decisionPoint.decide(LinkageRequest.aggregate(frailty, StakeholderId.of("university"),
                DataAssetId.of("research-dataset"), PurposeKind.RESEARCH, Set.of("age")));
        assertEquals(Decision.Outcome.PERMIT, decision.outcome(), decision.explanation());
        assertTrue(decision.obligations().contains(Obligation.anonymize()));
        assertTrue(decision.consents().isEmpty());
    }

    @Test
    void decide_whenTheCameraRetentionRuleIsInForce_shouldOrderDeletionAtOnceAndNotice() {
        Decision decision = decisionPoint.decide(LinkageRequest.forSubject(cameras, StakeholderId.of("developer"),
                DataAssetId.of("plaza-images"), PurposeKind.URBAN_PLANNING, SubjectId.of("visitor-1"),
                Set.of("image")));
        assertEquals(Decision.Outcome.PERMIT, decision.outcome(), decision.explanation());
        assertTrue(decision.obligations().contains(Obligation.deleteAfter(0)), decision.explanation());
        assertTrue(decision.obligations().contains(Obligation.notifySubject()), decision.explanation());
        assertTrue(decision.explanation().contains("camera-image-deletion v2"), decision.explanation());
    }

    @Test
    void decide_whenStatisticsAreSharedAlongTheirFlow_shouldPermitWithTheCityRetention() {
        Decision decision = decisionPoint.decide(LinkageRequest.aggregate(cameras, StakeholderId.of("udck"),
                DataAssetId.of("footfall-statistics"), PurposeKind.URBAN_PLANNING, Set.of("hourly-count")));
        assertEquals(Decision.Outcome.PERMIT, decision.outcome(), decision.explanation());
        assertEquals(List.of(Obligation.deleteAfter(365)), decision.obligations());
    }

    @Test
    void decide_whenTheFlowHasNoLegalBasisAndTheAssessmentRulesItOut_shouldDenyEvenAnAggregate() {
        Decision decision = decisionPoint.decide(LinkageRequest.aggregate(education,
                StakeholderId.of("board-of-education"), DataAssetId.of("welfare-records"),
                PurposeKind.INDIVIDUAL_PREDICTION, Set.of("household")));
        assertEquals(Decision.Outcome.DENY, decision.outcome());
        assertTrue(decision.explanation().contains("rules out"), decision.explanation());
    }

    @Test
    void decide_whenAnAccessControlRuleLimitsRoles_shouldDenyWithoutTheRoleAndPermitWithIt() {
        LinkageRequest request = LinkageRequest.forSubject(education, StakeholderId.of("schools"),
                DataAssetId.of("learning-logs"), PurposeKind.EDUCATION_SUPPORT, SubjectId.of("pupil-7"),
                Set.of("progress"));
        Decision withoutRole = decisionPoint.decide(request);
        Decision asTeacher = decisionPoint.decide(request.inRole("homeroom-teacher"));
        assertEquals(Decision.Outcome.DENY, withoutRole.outcome(), withoutRole.explanation());
        assertTrue(withoutRole.explanation().contains("dashboard-access v1"), withoutRole.explanation());
        assertEquals(Decision.Outcome.PERMIT, asTeacher.outcome(), asTeacher.explanation());
        assertTrue(asTeacher.obligations().contains(Obligation.deleteAfter(1095)), asTeacher.explanation());
    }

    @Test
    void compile_whenAProjectIsRecompiled_shouldRaiseTheGenerationAndKeepDeciding() {
        long before = decisionPoint.policy().generation();
        Decision decision = decisionPoint.decide(research(SubjectId.of("nobody")));
        assertEquals(before, decision.policyGeneration());
        assertTrue(decisionPoint.policy().size() >= 10);
    }
}
