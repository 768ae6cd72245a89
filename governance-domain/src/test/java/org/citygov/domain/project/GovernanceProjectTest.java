package org.citygov.domain.project;

import java.time.LocalDate;
import java.util.List;

import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.testing.ProjectBuilders.ASSET;
import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.OPERATOR;
import static org.citygov.domain.testing.ProjectBuilders.REGISTERED_AT;
import static org.citygov.domain.testing.ProjectBuilders.REGISTRAR;
import static org.citygov.domain.testing.ProjectBuilders.RESIDENTS;
import static org.citygov.domain.testing.ProjectBuilders.SERVICE;
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

class GovernanceProjectTest {

    private final GovernanceProject project = aProject().buildRegistered();
    private final GovernanceProject pristine = aProject().buildRegistered();

    private static Result.Failure<GovernanceProject> assertFailure(Result.Reason reason,
                                                                  Result<GovernanceProject> result) {
        Result.Failure<GovernanceProject> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(reason, failure.reason(), failure::message);
        return failure;
    }

    // ---- create and reconstitute ----

    @Test
    void create_whenPartsValid_shouldHoldThemAtVersion0() {
        ProjectParts parts = aProject().build();

        GovernanceProject created = GovernanceProject.create(parts, REGISTRAR, REGISTERED_AT).orElseThrow();

        assertEquals(parts, created.parts());
        assertEquals(ProjectId.of("kashiwanoha-watch"), created.id());
        assertEquals(0, created.version());
    }

    @Test
    void create_whenPartsBreakInvariants_shouldBeInvalidWithEveryViolation() {
        ProjectParts parts = aProject().withService(aService().build())
                .withDataFlow(aFlow().withId("orphan").withAsset("missing")).build();

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                GovernanceProject.create(parts, REGISTRAR, REGISTERED_AT));

        assertEquals(List.of("services[1].id", "dataFlows[1].asset"),
                failure.violations().stream().map(Violation::path).toList());
        assertTrue(failure.message().startsWith("2 problems"), failure.message());
    }

    @Test
    void reconstitute_whenPartsValid_shouldRestoreCycleAndVersion() {
        GovernanceProject advanced = project.advanceCycle(REGISTRAR, REGISTERED_AT, "overview done").orElseThrow();

        GovernanceProject restored = GovernanceProject.reconstitute(advanced.parts(), advanced.cycle(), 7);

        assertEquals(advanced.withVersion(7), restored);
        assertEquals(GovernanceStep.LAWS_AND_REGULATIONS, restored.cycle().step());
    }

    @Test
    void reconstitute_whenPartsBreakInvariants_shouldThrowNamingProjectAndViolation() {
        ProjectParts broken = aProject().withDataFlow(aFlow().withId("orphan").withAsset("missing")).build();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GovernanceProject.reconstitute(broken, project.cycle(), 1));

        assertTrue(e.getMessage().contains("kashiwanoha-watch") && e.getMessage().contains("dataFlows[1].asset"),
                e.getMessage());
    }

    @Test
    void reconstitute_whenVersionNegative_shouldThrow() {
        assertThrows(IllegalArgumentException.class,
                () -> GovernanceProject.reconstitute(project.parts(), project.cycle(), -1));
    }

    // ---- overview ----

    @Test
    void changeOverview_whenIdChanges_shouldBeInvalidAtProjectId() {
        ProjectOverview other = aProject().withId("another-project").overview();

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                project.changeOverview(other));

        assertEquals("project.id", failure.violations().getFirst().path());
    }

    @Test
    void changeOverview_whenSameId_shouldReplaceOverview() {
        ProjectOverview renamed = aProject().withName("Watching over, phase 2").overview();

        GovernanceProject changed = project.changeOverview(renamed).orElseThrow();

        assertEquals("Watching over, phase 2", changed.overview().name());
        assertEquals(pristine, project);
    }

    // ---- services ----

    @Test
    void addService_whenIdNew_shouldAppendIt() {
        Service mobility = aService().withId("on-demand-bus").build();

        GovernanceProject changed = project.addService(mobility).orElseThrow();

        assertEquals(List.of(SERVICE, "on-demand-bus"), changed.services().stream().map(s -> s.id().value()).toList());
    }

    @Test
    void addService_whenIdTaken_shouldConflictNamingTheIdAndLeaveProjectUnchanged() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                project.addService(aService().withName("Duplicate").build()));

        assertTrue(failure.message().contains(SERVICE), failure.message());
        assertEquals(pristine, project);
    }

    @Test
    void replaceService_whenKnown_shouldReplaceInPlace() {
        Service renamed = aService().withName("Watching over, renamed").build();

        GovernanceProject changed = project.replaceService(renamed).orElseThrow();

        assertEquals(List.of(renamed), changed.services());
    }

    @Test
    void replaceService_whenUnknown_shouldBeNotFound() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.NOT_FOUND,
                project.replaceService(aService().withId("ghost-service").build()));

        assertTrue(failure.message().contains("ghost-service"), failure.message());
    }

    @Test
    void removeService_whenKnown_shouldRemoveIt() {
        assertEquals(List.of(), project.removeService(ServiceId.of(SERVICE)).orElseThrow().services());
    }

    @Test
    void removeService_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.removeService(ServiceId.of("ghost-service")));
    }

    // ---- stakeholders ----

    @Test
    void addStakeholder_whenIdNew_shouldAppendIt() {
        GovernanceProject changed = project.addStakeholder(aStakeholder().withId("doctors").build()).orElseThrow();

        assertTrue(changed.stakeholder(StakeholderId.of("doctors")).isPresent());
        assertEquals(3, changed.stakeholders().size());
    }

    @Test
    void addStakeholder_whenIdTaken_shouldConflict() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                project.addStakeholder(aStakeholder().withId(RESIDENTS).build()));

        assertTrue(failure.message().contains(RESIDENTS), failure.message());
    }

    @Test
    void replaceStakeholder_whenEngagementsRecorded_shouldKeepThem() {
        EngagementActivity briefing = anEngagement(EngagementMethod.BRIEFING);
        GovernanceProject engaged = project.recordEngagement(StakeholderId.of(RESIDENTS), briefing).orElseThrow();
        Stakeholder rerated = aStakeholder().withId(RESIDENTS).withName("Residents of Kashiwa-no-ha").critical()
                .build();

        GovernanceProject changed = engaged.replaceStakeholder(rerated).orElseThrow();

        Stakeholder residents = changed.stakeholder(StakeholderId.of(RESIDENTS)).orElseThrow();
        assertEquals("Residents of Kashiwa-no-ha", residents.name());
        assertEquals(16, residents.score());
        assertEquals(List.of(briefing), residents.engagements());
    }

    @Test
    void replaceStakeholder_whenNewDescriptionRepeatsAnEngagement_shouldNotDuplicateIt() {
        EngagementActivity briefing = anEngagement(EngagementMethod.BRIEFING);
        EngagementActivity lab = new EngagementActivity(EngagementMethod.LIVING_LAB, LocalDate.of(2026, 7, 1), "");
        GovernanceProject engaged = project.recordEngagement(StakeholderId.of(RESIDENTS), briefing).orElseThrow();

        GovernanceProject changed = engaged.replaceStakeholder(aStakeholder().withId(RESIDENTS)
                .withEngagements(briefing, lab).build()).orElseThrow();

        assertEquals(List.of(briefing, lab),
                changed.stakeholder(StakeholderId.of(RESIDENTS)).orElseThrow().engagements());
    }

    @Test
    void replaceStakeholder_whenTheSameActivityWasRecordedTwice_shouldKeepBothRecords() {
        EngagementActivity briefing = anEngagement(EngagementMethod.BRIEFING);
        GovernanceProject engaged = project.recordEngagement(StakeholderId.of(RESIDENTS), briefing)
                .flatMap(p -> p.recordEngagement(StakeholderId.of(RESIDENTS), briefing)).orElseThrow();

        GovernanceProject changed = engaged.replaceStakeholder(aStakeholder().withId(RESIDENTS).high().build())
                .orElseThrow();

        assertEquals(List.of(briefing, briefing),
                changed.stakeholder(StakeholderId.of(RESIDENTS)).orElseThrow().engagements());
    }

    @Test
    void replaceStakeholder_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.replaceStakeholder(aStakeholder().withId("ghost").build()));
    }

    @Test
    void removeStakeholder_whenUsedByAFlow_shouldConflictNamingTheFlow() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                project.removeStakeholder(StakeholderId.of(OPERATOR)));

        assertTrue(failure.message().contains(OPERATOR) && failure.message().contains(FLOW), failure.message());
        assertEquals(pristine, project);
    }

    @Test
    void removeStakeholder_whenUnused_shouldRemoveIt() {
        GovernanceProject withDoctors = project.addStakeholder(aStakeholder().withId("doctors").build())
                .orElseThrow();

        GovernanceProject changed = withDoctors.removeStakeholder(StakeholderId.of("doctors")).orElseThrow();

        assertEquals(project.stakeholders(), changed.stakeholders());
    }

    @Test
    void removeStakeholder_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.removeStakeholder(StakeholderId.of("ghost")));
    }

    @Test
    void recordEngagement_whenStakeholderKnown_shouldAddItAndLeaveOriginalUnchanged() {
        EngagementActivity survey = anEngagement(EngagementMethod.QUESTIONNAIRE);

        GovernanceProject changed = project.recordEngagement(StakeholderId.of(RESIDENTS), survey).orElseThrow();

        assertEquals(List.of(survey), changed.stakeholder(StakeholderId.of(RESIDENTS)).orElseThrow().engagements());
        assertEquals(pristine, project);
    }

    @Test
    void recordEngagement_whenStakeholderUnknown_shouldBeNotFoundNamingIt() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.NOT_FOUND,
                project.recordEngagement(StakeholderId.of("ghost"), anEngagement(EngagementMethod.BRIEFING)));

        assertTrue(failure.message().contains("ghost"), failure.message());
    }

    // ---- data assets ----

    @Test
    void addDataAsset_whenIdTaken_shouldConflict() {
        assertFailure(Result.Reason.CONFLICT, project.addDataAsset(anAsset().withName("Other").build()));
    }

    @Test
    void addDataAsset_whenItBreaksAnInvariant_shouldBeInvalidAndLeaveProjectUnchanged() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                project.addDataAsset(anAsset().withId("raw-frames").withSafeguards(Safeguard.IMMEDIATE_DELETION)
                        .withRetentionDays(3).build()));

        assertEquals("dataAssets[1].retentionDays", failure.violations().getFirst().path());
        assertEquals(pristine, project);
    }

    @Test
    void replaceDataAsset_whenTheNewDescriptionNoLongerFitsAFlow_shouldBeAcceptedWithAWarning() {
        GovernanceProject changed = project.replaceDataAsset(anAsset().withCategories(DataCategory.BIOMETRIC)
                .build()).orElseThrow();

        assertEquals(List.of("dataFlows[0].method"), changed.parts().warnings().stream().map(Warning::path).toList());
        assertEquals(List.of(), project.parts().warnings());
    }

    @Test
    void replaceDataAsset_whenTheNewDescriptionBreaksAnInvariant_shouldBeInvalid() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                project.replaceDataAsset(anAsset().withoutIdentifiability().build()));

        assertEquals("dataAssets[0].identifiability", failure.violations().getFirst().path());
        assertEquals(pristine, project);
    }

    @Test
    void replaceDataAsset_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.replaceDataAsset(anAsset().withId("ghost").build()));
    }

    @Test
    void removeDataAsset_whenCarriedByAFlow_shouldConflictNamingTheFlow() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                project.removeDataAsset(DataAssetId.of(ASSET)));

        assertTrue(failure.message().contains(ASSET) && failure.message().contains(FLOW), failure.message());
    }

    @Test
    void removeDataAsset_whenUnused_shouldRemoveIt() {
        GovernanceProject changed = project.removeDataFlow(DataFlowId.of(FLOW)).orElseThrow()
                .removeDataAsset(DataAssetId.of(ASSET)).orElseThrow();

        assertEquals(List.of(), changed.dataAssets());
    }

    @Test
    void removeDataAsset_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.removeDataAsset(DataAssetId.of("ghost")));
    }

    // ---- data flows ----

    @Test
    void addDataFlow_whenValid_shouldAppendIt() {
        GovernanceProject changed = project.addDataFlow(aFlow().withId("analyse-gait")
                .atStage(LifecycleStage.PROCESSING).withMethod(CollectionMethod.SYSTEM_TRANSFER).from(OPERATOR)
                .build()).orElseThrow();

        assertTrue(changed.dataFlow(DataFlowId.of("analyse-gait")).isPresent());
        assertEquals(changed.dataAsset(DataAssetId.of(ASSET)).orElseThrow(),
                changed.assetOf(changed.dataFlow(DataFlowId.of("analyse-gait")).orElseThrow()));
    }

    @Test
    void addDataFlow_whenIdTaken_shouldConflict() {
        assertFailure(Result.Reason.CONFLICT, project.addDataFlow(aFlow().build()));
    }

    @Test
    void addDataFlow_whenItNamesUnknownParts_shouldBeInvalidWithPaths() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                project.addDataFlow(aFlow().withId("orphan").withAsset("missing").to("ghost").build()));

        assertEquals(List.of("dataFlows[1].asset", "dataFlows[1].to"),
                failure.violations().stream().map(Violation::path).toList());
        assertEquals(pristine, project);
    }

    @Test
    void replaceDataFlow_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.replaceDataFlow(aFlow().withId("ghost").build()));
    }

    @Test
    void replaceDataFlow_whenValid_shouldReplaceIt() {
        GovernanceProject changed = project.replaceDataFlow(aFlow().continuous(true).build()).orElseThrow();

        assertTrue(changed.dataFlow(DataFlowId.of(FLOW)).orElseThrow().continuous());
    }

    @Test
    void removeDataFlow_whenUnknown_shouldBeNotFound() {
        assertFailure(Result.Reason.NOT_FOUND, project.removeDataFlow(DataFlowId.of("ghost")));
    }

    // ---- the aggregate as a value ----

    @Test
    void change_whenSucceeded_shouldKeepCycleAndVersion() {
        GovernanceProject stored = project.advanceCycle(REGISTRAR, REGISTERED_AT, "overview done").orElseThrow()
                .withVersion(4);

        GovernanceProject changed = stored.addService(aService().withId("on-demand-bus").build()).orElseThrow();

        assertEquals(stored.cycle(), changed.cycle());
        assertEquals(4, changed.version());
    }

    @Test
    void lists_whenReturned_shouldBeUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> project.services().clear());
        assertThrows(UnsupportedOperationException.class, () -> project.stakeholders().clear());
        assertThrows(UnsupportedOperationException.class, () -> project.dataAssets().clear());
        assertThrows(UnsupportedOperationException.class, () -> project.dataFlows().clear());
        assertThrows(UnsupportedOperationException.class, () -> project.cycle().history().clear());
    }
}
