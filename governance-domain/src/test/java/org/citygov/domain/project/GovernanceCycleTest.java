package org.citygov.domain.project;

import static org.citygov.domain.testing.ProjectBuilders.STANDARDS;

import java.time.Instant;
import java.util.List;

import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.REGISTERED_AT;
import static org.citygov.domain.testing.ProjectBuilders.REGISTRAR;
import static org.citygov.domain.testing.ProjectBuilders.aBareProject;
import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aService;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.citygov.domain.testing.ProjectBuilders.anAsset;
import static org.citygov.domain.testing.ProjectBuilders.anEngagement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The governance cycle of 4.2 as the project runs it: prerequisites, the agile loop, the recorded history. */
class GovernanceCycleTest {

    private static final Actor OFFICER = Actor.of("data governance officer");
    private static final Instant T1 = Instant.parse("2026-05-01T10:00:00Z");

    private static Instant at(int step) {
        return T1.plusSeconds(3600L * step);
    }

    private static Result.Failure<GovernanceProject> assertConflict(Result<GovernanceProject> result) {
        Result.Failure<GovernanceProject> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(Result.Reason.CONFLICT, failure.reason(), failure::message);
        return failure;
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "\"" + message + "\" should mention \"" + part + "\"");
        }
    }

    /** Advances the project {@code times} times, failing the test if a move is refused. */
    private static GovernanceProject advanced(GovernanceProject project, int times) {
        GovernanceProject current = project;
        for (int i = 0; i < times; i++) {
            current = current.advanceCycle(OFFICER, at(i), "step " + i + " done", STANDARDS).orElseThrow();
        }
        return current;
    }

    @Test
    void create_whenRegistered_shouldStartAtOverviewOfRevision1WithStartTransition() {
        GovernanceProject project = aProject().buildRegistered();

        GovernanceCycle cycle = project.cycle();
        assertEquals(GovernanceStep.PROJECT_OVERVIEW, cycle.step());
        assertEquals(1, cycle.revision());
        assertEquals(List.of(new CycleTransition(CycleTransition.Kind.START, GovernanceStep.PROJECT_OVERVIEW,
                GovernanceStep.PROJECT_OVERVIEW, 1, REGISTRAR, REGISTERED_AT, "project registered")), cycle.history());
    }

    @Test
    void advanceCycle_whenOverviewLacksServicesStakeholdersAndAssets_shouldRefuseWithConflictNamingEach() {
        GovernanceProject bare = aBareProject().buildRegistered();

        Result.Failure<GovernanceProject> failure = assertConflict(bare.advanceCycle(OFFICER, T1, "overview done"));

        assertMentions(failure.message(), "LAWS_AND_REGULATIONS", "no service", "no stakeholder", "no data asset");
    }

    @Test
    void advanceCycle_whenOverviewLacksOnlyAnAsset_shouldNameOnlyTheAsset() {
        GovernanceProject project = aProject().withDataAssets().withDataFlows().buildRegistered();

        Result.Failure<GovernanceProject> failure = assertConflict(project.advanceCycle(OFFICER, T1, "go"));

        assertMentions(failure.message(), "data asset");
        assertTrue(!failure.message().contains("no service") && !failure.message().contains("no stakeholder"),
                failure.message());
    }

    @Test
    void advanceCycle_whenEnteringRiskAnalysisWithoutDataFlow_shouldRefuseWithConflictNamingDataFlows() {
        GovernanceProject atLaws = advanced(aProject().withDataFlows().buildRegistered(), 1);
        assertEquals(GovernanceStep.LAWS_AND_REGULATIONS, atLaws.cycle().step());

        Result.Failure<GovernanceProject> failure = assertConflict(atLaws.advanceCycle(OFFICER, T1, "laws listed"));

        assertMentions(failure.message(), "RISK_ANALYSIS", "data flow");
    }

    @Test
    void advanceCycle_whenEnteringRuleDesignWithUnheardImportantStakeholders_shouldRefuseNamingThem() {
        GovernanceProject atRisk = advanced(aProject()
                .withStakeholder(aStakeholder().withId("doctors").indirect().critical())
                .withStakeholder(aStakeholder().withId("council").high())
                .withStakeholder(aStakeholder().withId("shops").withImpact(3).withUncertainty(3))
                .buildRegistered(), 2);
        assertEquals(GovernanceStep.RISK_ANALYSIS, atRisk.cycle().step());

        Result.Failure<GovernanceProject> failure = assertConflict(atRisk.advanceCycle(OFFICER, T1, "risks done", STANDARDS));

        assertMentions(failure.message(), "RULE_DESIGN", "doctors", "council");
        assertTrue(!failure.message().contains("shops"), "a MEDIUM stakeholder is not required: " + failure.message());
    }

    @Test
    void advanceCycle_whenImportantStakeholderOnlyInformed_shouldRefuseBecauseTheyWereNotHeard() {
        GovernanceProject atRisk = advanced(aProject()
                .withStakeholder(aStakeholder().withId("doctors").indirect().critical())
                .buildRegistered(), 2);
        GovernanceProject informed = atRisk
                .recordEngagement(StakeholderId.of("doctors"), anEngagement(EngagementMethod.MEDIA_PR))
                .orElseThrow();

        Result.Failure<GovernanceProject> failure = assertConflict(informed.advanceCycle(OFFICER, T1, "risks done", STANDARDS));

        assertMentions(failure.message(), "doctors", "information gathering");
        GovernanceProject asked = informed
                .recordEngagement(StakeholderId.of("doctors"), anEngagement(EngagementMethod.QUESTIONNAIRE))
                .orElseThrow();
        assertEquals(GovernanceStep.RULE_DESIGN, asked.advanceCycle(OFFICER, T1, "risks done", STANDARDS).orElseThrow()
                .cycle().step());
    }

    @Test
    void advanceCycle_whenImportantStakeholdersEngaged_shouldEnterRuleDesign() {
        GovernanceProject atRisk = advanced(aProject()
                .withStakeholder(aStakeholder().withId("doctors").indirect().critical())
                .buildRegistered(), 2);
        GovernanceProject engaged = atRisk
                .recordEngagement(StakeholderId.of("doctors"), anEngagement(EngagementMethod.LIVING_LAB))
                .orElseThrow();

        GovernanceProject atRules = engaged.advanceCycle(OFFICER, T1, "risks analysed with the doctors", STANDARDS).orElseThrow();

        assertEquals(GovernanceStep.RULE_DESIGN, atRules.cycle().step());
    }

    @Test
    void advanceCycle_whenEnteringRuleDesignWithoutAnEditionsStandards_shouldRefuseSayingItNeedsThem() {
        GovernanceProject atRisk = advanced(aProject().buildRegistered(), 2);

        Result.Failure<GovernanceProject> failure = assertConflict(atRisk.advanceCycle(OFFICER, T1, "risks done"));

        assertMentions(failure.message(), "RULE_DESIGN", "catalogue edition");
    }

    @Test
    void advanceCycle_whenEnteringImplementationWithAnUnsuitableFlow_shouldRefuseWhateverTheCallerThinks() {
        GovernanceProject atRules = advanced(aProject()
                .withDataFlows(aFlow().withMethod(org.citygov.domain.data.CollectionMethod.FACIAL_RECOGNITION_CAMERA)
                        .withPurposeKind(org.citygov.domain.data.PurposeKind.ADVERTISING)
                        .withLegalBasis(org.citygov.domain.data.LegalBasis.NONE).withNotice().continuous(true)
                        .covert(true).build())
                .buildRegistered(), 3);
        assertEquals(GovernanceStep.RULE_DESIGN, atRules.cycle().step());

        Result.Failure<GovernanceProject> failure = assertConflict(atRules.advanceCycle(OFFICER, T1,
                "rules designed", STANDARDS));

        assertMentions(failure.message(), "IMPLEMENTATION_AND_EVALUATION", "UNSUITABLE", FLOW);
    }

    @Test
    void advanceCycle_whenRefused_shouldLeaveTheProjectUnchanged() {
        GovernanceProject bare = aBareProject().buildRegistered();
        GovernanceProject before = aBareProject().buildRegistered();

        bare.advanceCycle(OFFICER, T1, "overview done");

        assertEquals(before, bare);
        assertEquals(1, bare.cycle().history().size());
    }

    @Test
    void cycle_whenRunFullLoop_shouldReturnToRiskAnalysisAsRevision2WithCompleteHistory() {
        GovernanceProject project = aProject().buildRegistered();

        GovernanceProject atLaws = project.advanceCycle(OFFICER, at(1), "overview agreed").orElseThrow();
        GovernanceProject atRisk = atLaws.advanceCycle(OFFICER, at(2), "laws organized").orElseThrow();
        GovernanceProject atRules = atRisk.advanceCycle(OFFICER, at(3), "risks analysed", STANDARDS).orElseThrow();
        GovernanceProject atImpl = atRules.advanceCycle(OFFICER, at(4), "rules designed", STANDARDS).orElseThrow();
        Actor evaluator = Actor.of("evaluation committee");
        GovernanceProject revised = atImpl.startNewRevision(evaluator, at(5), "complaints about camera placement")
                .orElseThrow();

        assertEquals(GovernanceStep.LAWS_AND_REGULATIONS, atLaws.cycle().step());
        assertEquals(GovernanceStep.RISK_ANALYSIS, atRisk.cycle().step());
        assertEquals(GovernanceStep.RULE_DESIGN, atRules.cycle().step());
        assertEquals(GovernanceStep.IMPLEMENTATION_AND_EVALUATION, atImpl.cycle().step());
        assertEquals(1, atImpl.cycle().revision());
        assertEquals(GovernanceStep.RISK_ANALYSIS, revised.cycle().step());
        assertEquals(2, revised.cycle().revision());
        assertInstanceOf(CycleState.RiskAnalysisStep.class, revised.cycle().state());
        assertEquals(List.of(
                new CycleTransition(CycleTransition.Kind.START, GovernanceStep.PROJECT_OVERVIEW,
                        GovernanceStep.PROJECT_OVERVIEW, 1, REGISTRAR, REGISTERED_AT, "project registered"),
                new CycleTransition(CycleTransition.Kind.ADVANCE, GovernanceStep.PROJECT_OVERVIEW,
                        GovernanceStep.LAWS_AND_REGULATIONS, 1, OFFICER, at(1), "overview agreed"),
                new CycleTransition(CycleTransition.Kind.ADVANCE, GovernanceStep.LAWS_AND_REGULATIONS,
                        GovernanceStep.RISK_ANALYSIS, 1, OFFICER, at(2), "laws organized"),
                new CycleTransition(CycleTransition.Kind.ADVANCE, GovernanceStep.RISK_ANALYSIS,
                        GovernanceStep.RULE_DESIGN, 1, OFFICER, at(3), "risks analysed"),
                new CycleTransition(CycleTransition.Kind.ADVANCE, GovernanceStep.RULE_DESIGN,
                        GovernanceStep.IMPLEMENTATION_AND_EVALUATION, 1, OFFICER, at(4), "rules designed"),
                new CycleTransition(CycleTransition.Kind.NEW_REVISION, GovernanceStep.IMPLEMENTATION_AND_EVALUATION,
                        GovernanceStep.RISK_ANALYSIS, 2, evaluator, at(5), "complaints about camera placement")),
                revised.cycle().history());
        // the earlier snapshots are untouched
        assertEquals(1, project.cycle().history().size());
        assertEquals(5, atImpl.cycle().history().size());
    }

    @Test
    void cycle_whenSecondRevisionRunsToItsEnd_shouldKeepCountingRevisions() {
        GovernanceProject revision2 = advanced(aProject().buildRegistered(), 4)
                .startNewRevision(OFFICER, at(10), "law amended").orElseThrow();

        GovernanceProject revision3 = advanced(revision2, 2).startNewRevision(OFFICER, at(20), "new technology")
                .orElseThrow();

        assertEquals(3, revision3.cycle().revision());
        assertEquals(GovernanceStep.RISK_ANALYSIS, revision3.cycle().step());
        assertEquals(2, revision3.cycle().history().stream()
                .filter(t -> t.kind() == CycleTransition.Kind.NEW_REVISION).count());
    }

    @Test
    void advanceCycle_whenAtLastStep_shouldRefuseAndPointToNewRevision() {
        GovernanceProject atImpl = advanced(aProject().buildRegistered(), 4);

        Result.Failure<GovernanceProject> failure = assertConflict(atImpl.advanceCycle(OFFICER, T1, "onwards"));

        assertMentions(failure.message(), "IMPLEMENTATION_AND_EVALUATION", "RISK_ANALYSIS");
    }

    @ParameterizedTest
    @EnumSource(value = GovernanceStep.class, names = "IMPLEMENTATION_AND_EVALUATION", mode = EnumSource.Mode.EXCLUDE)
    void startNewRevision_whenNotAtImplementationAndEvaluation_shouldRefuseWithConflict(GovernanceStep step) {
        GovernanceProject project = advanced(aProject().buildRegistered(), step.ordinal());
        assertEquals(step, project.cycle().step());

        Result.Failure<GovernanceProject> failure = assertConflict(project.startNewRevision(OFFICER, T1,
                "re-evaluate"));

        assertMentions(failure.message(), "IMPLEMENTATION_AND_EVALUATION", step.name());
        assertEquals(step, project.cycle().step());
    }

    @Test
    void startNewRevision_whenProjectNoLongerHasDataFlows_shouldRefuseNamingWhatRiskAnalysisNeeds() {
        GovernanceProject atImpl = advanced(aProject().buildRegistered(), 4);
        GovernanceProject withoutFlows = atImpl.removeDataFlow(DataFlowId.of(FLOW)).orElseThrow();

        Result.Failure<GovernanceProject> failure = assertConflict(withoutFlows.startNewRevision(OFFICER, T1,
                "evaluate"));

        assertMentions(failure.message(), "RISK_ANALYSIS", "data flow");
    }

    @Test
    void missingToEnter_whenProjectOverview_shouldAlwaysBeEmpty() {
        assertEquals(List.of(), aBareProject().buildRegistered().missingToEnter(GovernanceStep.PROJECT_OVERVIEW));
    }

    @Test
    void missingToEnter_whenLawsAndOnlyServiceGiven_shouldListStakeholdersAndAssets() {
        GovernanceProject project = aBareProject().withService(aService().build()).buildRegistered();

        List<String> missing = project.missingToEnter(GovernanceStep.LAWS_AND_REGULATIONS);

        assertEquals(2, missing.size(), missing::toString);
        assertMentions(String.join("|", missing), "stakeholder", "data asset");
    }

    @Test
    void missingToEnter_whenRiskAnalysisWithAssetsButNoServiceOrFlow_shouldListBoth() {
        GovernanceProject project = aBareProject().withDataAsset(anAsset()).buildRegistered();

        List<String> missing = project.missingToEnter(GovernanceStep.RISK_ANALYSIS);

        assertEquals(2, missing.size(), missing::toString);
        assertMentions(String.join("|", missing), "service", "data flow");
    }

    @Test
    void constructor_whenHistoryEmpty_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> new GovernanceCycle(CycleState.initial(), List.of()));
    }

    @Test
    void constructor_whenStateDoesNotMatchLastTransition_shouldThrow() {
        CycleTransition start = new CycleTransition(CycleTransition.Kind.START, GovernanceStep.PROJECT_OVERVIEW,
                GovernanceStep.PROJECT_OVERVIEW, 1, REGISTRAR, REGISTERED_AT, "project registered");

        assertThrows(IllegalArgumentException.class,
                () -> new GovernanceCycle(CycleState.of(GovernanceStep.RULE_DESIGN, 1), List.of(start)));
        assertThrows(IllegalArgumentException.class,
                () -> new GovernanceCycle(CycleState.of(GovernanceStep.PROJECT_OVERVIEW, 2), List.of(start)));
    }

    @ParameterizedTest
    @EnumSource(GovernanceStep.class)
    void cycleStateOf_whenRebuildingAStoredStep_shouldKeepStepAndRevision(GovernanceStep step) {
        CycleState state = CycleState.of(step, 3);

        assertEquals(step, state.step());
        assertEquals(3, state.revision());
        assertEquals(step != GovernanceStep.IMPLEMENTATION_AND_EVALUATION, state instanceof CycleState.Advancing);
    }

    @Test
    void cycleStateOf_whenRevisionBelow1_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> CycleState.of(GovernanceStep.RISK_ANALYSIS, 0));
    }

    @Test
    void cycleTransition_whenReasonBlank_shouldThrow() {
        assertThrows(IllegalArgumentException.class, () -> new CycleTransition(CycleTransition.Kind.ADVANCE,
                GovernanceStep.PROJECT_OVERVIEW, GovernanceStep.LAWS_AND_REGULATIONS, 1, OFFICER, T1, " "));
    }

    @Test
    void advanceCycle_whenReasonBlank_shouldBeInvalidRatherThanRecordAnUnexplainedMove() {
        GovernanceProject project = aProject().buildRegistered();

        Result<GovernanceProject> moved = project.advanceCycle(OFFICER, T1, " ");

        Result.Failure<GovernanceProject> failure = assertInstanceOf(Result.Failure.class, moved);
        assertEquals(Result.Reason.INVALID, failure.reason());
        assertEquals("reason", failure.violations().getFirst().path());
        assertEquals(GovernanceStep.PROJECT_OVERVIEW, project.cycle().step());
    }
}
