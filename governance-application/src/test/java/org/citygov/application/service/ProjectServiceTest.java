package org.citygov.application.service;

import static org.citygov.domain.testing.ProjectBuilders.STANDARDS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.access.Role;
import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.rule.Approval;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.citygov.domain.testing.ProjectBuilders.FLOW;
import static org.citygov.domain.testing.ProjectBuilders.RESIDENTS;
import static org.citygov.domain.testing.ProjectBuilders.aBareProject;
import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aService;
import static org.citygov.domain.testing.ProjectBuilders.anEngagement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProjectServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:30:00Z");
    private static final Actor OFFICER = Actor.of("data governance officer");
    private static final ProjectId ID = aProject().overview().id();

    @Mock
    private Projects projects;
    @Mock
    private Clock clock;
    @Mock
    private Catalogue catalogue;

    private ProjectService service;

    @BeforeEach
    void setUp() {
        service = new ProjectService(projects, clock, catalogue);
        lenient().when(catalogue.edition()).thenReturn(AssessmentFixtures.edition());
    }

    /** A stored project as the store would return it: registered, then saved once. */
    private static GovernanceProject stored() {
        return aProject().buildRegistered().withVersion(1);
    }

    /** Makes {@code projects.save} behave like a store: the saved project comes back one version up. */
    private void saveSucceeds() {
        when(projects.save(any(), any())).thenAnswer(call -> {
            GovernanceProject saved = call.getArgument(0);
            return Result.success(saved.withVersion(saved.version() + 1));
        });
    }

    private static <T> Result.Failure<T> assertFailure(Result.Reason reason, Result<T> result) {
        Result.Failure<T> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(reason, failure.reason(), failure::message);
        return failure;
    }

    // ---- register ----

    @Test
    void register_whenIdFree_shouldSaveTheProjectStartedAtTheClocksTime() {
        ProjectParts parts = aProject().build();
        when(projects.find(ID)).thenReturn(Optional.empty());
        when(clock.now()).thenReturn(NOW);
        saveSucceeds();

        GovernanceProject registered = service.register(new RegisterProject.Command(parts, OFFICER, Role.ANALYST)).orElseThrow();

        assertEquals(1, registered.version());
        assertEquals(parts, registered.parts());
        CycleTransition start = registered.cycle().history().getFirst();
        assertEquals(NOW, start.at());
        assertEquals(OFFICER, start.actor());
        ArgumentCaptor<GovernanceProject> saved = ArgumentCaptor.forClass(GovernanceProject.class);
        verify(projects).save(saved.capture(), any());
        assertEquals(0, saved.getValue().version());
    }

    @Test
    void register_whenIdTaken_shouldConflictWithoutSaving() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                service.register(new RegisterProject.Command(aProject().build(), OFFICER, Role.ANALYST)));

        assertTrue(failure.message().contains(ID.value()), failure.message());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void register_whenPartsBreakInvariants_shouldBeInvalidWithEveryViolationWithoutSaving() {
        ProjectParts broken = aProject().withService(aService().build())
                .withDataFlow(aFlow().withId("orphan").withAsset("missing")).build();
        when(projects.find(ID)).thenReturn(Optional.empty());
        when(clock.now()).thenReturn(NOW);

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                service.register(new RegisterProject.Command(broken, OFFICER, Role.ANALYST)));

        assertEquals(List.of("services[1].id", "dataFlows[1].asset"),
                failure.violations().stream().map(Violation::path).toList());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void register_whenStoreRefusesTheSave_shouldPassTheConflictOn() {
        when(projects.find(ID)).thenReturn(Optional.empty());
        when(clock.now()).thenReturn(NOW);
        when(projects.save(any(), any())).thenReturn(Result.conflict("a project \"kashiwanoha-watch\" is already stored"));

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                service.register(new RegisterProject.Command(aProject().build(), OFFICER, Role.ANALYST)));

        assertTrue(failure.message().contains("already stored"), failure.message());
    }

    /** The builder project with one rule already in force, as a scenario file may carry it. */
    private static ProjectParts withRuleInForce() {
        Rule inForce = Rule.reconstitute(RuleId.of("posters"), 1, RuleLevel.PROGRAM, "Posters at the plaza.",
                new RuleTerms.Notice(java.util.EnumSet.of(NoticeChannel.POSTER)), java.util.Set.of(),
                java.util.Set.of("SURVEILLANCE"), RuleStatus.IN_FORCE,
                Optional.of(new Approval("expert committee", java.time.LocalDate.of(2026, 3, 1))));
        ProjectParts parts = aProject().build();
        return parts.withGovernance(parts.governance().withRules(new RuleBook(List.of(inForce))));
    }

    @Test
    void register_whenAnAnalystRegistersRulesAlreadyInForce_shouldBeForbiddenWithoutSaving() {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.FORBIDDEN,
                service.register(new RegisterProject.Command(withRuleInForce(), OFFICER, Role.ANALYST)));

        assertTrue(failure.message().contains("posters v1 IN_FORCE (approved by expert committee on 2026-03-01)"),
                failure.message());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void register_whenAnApproverRegistersRulesAlreadyInForce_shouldSayInTheAuditTrailTheyWereImportedAndByWhom() {
        when(projects.find(ID)).thenReturn(Optional.empty());
        when(clock.now()).thenReturn(NOW);
        saveSucceeds();
        Actor committee = Actor.of("expert-committee");

        service.register(new RegisterProject.Command(withRuleInForce(), committee, Role.APPROVER)).orElseThrow();

        verify(projects).save(any(), eq(new ProjectChange(committee, NOW, "registered; 1 rule version(s) imported"
                + " as already approved, accepted by expert-committee (APPROVER): posters v1 IN_FORCE (approved by"
                + " expert committee on 2026-03-01)")));
    }

    // ---- view ----

    @Test
    void get_whenUnknown_shouldBeNotFound() {
        when(projects.find(ID)).thenReturn(Optional.empty());

        assertFailure(Result.Reason.NOT_FOUND, service.get(ID));
    }

    @Test
    void list_whenAsked_shouldReturnWhatTheStoreHolds() {
        List<GovernanceProject> all = List.of(stored(), aBareProject().withId("another").buildRegistered());
        when(projects.all()).thenReturn(all);

        assertSame(all, service.list());
    }

    // ---- change ----

    @Test
    void change_whenExpectedVersionIsStale_shouldBeStaleWithoutSaving() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        ChangeProject.Command command = new ChangeProject.Command(ID,
                new ChangeProject.Change.AddService(aService().withId("on-demand-bus").build()), OFFICER,
                OptionalLong.of(0));

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.STALE, service.change(command));

        assertTrue(failure.message().contains("version 1") && failure.message().contains("not 0"),
                failure.message());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void change_whenExpectedVersionIsCurrent_shouldSaveTheChangedProjectWithWhoChangedWhatAndWhen() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        when(clock.now()).thenReturn(NOW);
        saveSucceeds();
        ChangeProject.Command command = new ChangeProject.Command(ID,
                new ChangeProject.Change.AddService(aService().withId("on-demand-bus").build()), OFFICER,
                OptionalLong.of(1));

        GovernanceProject changed = service.change(command).orElseThrow();

        assertTrue(changed.service(ServiceId.of("on-demand-bus")).isPresent());
        assertEquals(2, changed.version());
        verify(projects).save(any(), eq(new ProjectChange(OFFICER, NOW, "added service on-demand-bus")));
    }

    @Test
    void change_whenNoExpectedVersion_shouldApplyTheChangeToTheStoredProject() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        when(clock.now()).thenReturn(NOW);
        saveSucceeds();

        GovernanceProject changed = service.change(new ChangeProject.Command(ID,
                new ChangeProject.Change.RemoveDataFlow(DataFlowId.of(FLOW)), OFFICER)).orElseThrow();

        assertEquals(List.of(), changed.dataFlows());
    }

    @Test
    void change_whenProjectUnknown_shouldBeNotFound() {
        when(projects.find(ID)).thenReturn(Optional.empty());

        assertFailure(Result.Reason.NOT_FOUND, service.change(new ChangeProject.Command(ID,
                new ChangeProject.Change.RemoveService(ServiceId.of("x")), OFFICER)));
        verify(projects, never()).save(any(), any());
    }

    @Test
    void change_whenTheDomainRefuses_shouldPassTheFailureOnWithoutSaving() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                service.change(new ChangeProject.Command(ID,
                        new ChangeProject.Change.RemoveStakeholder(StakeholderId.of(RESIDENTS)), OFFICER)));

        assertTrue(failure.message().contains(FLOW), failure.message());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void change_whenTheChangeBreaksAnInvariant_shouldBeInvalidWithoutSaving() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                service.change(new ChangeProject.Command(ID,
                        new ChangeProject.Change.AddDataFlow(aFlow().withId("orphan").to("ghost").build()), OFFICER)));

        assertEquals("dataFlows[1].to", failure.violations().getFirst().path());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void change_whenTheStoreReportsAConcurrentWrite_shouldPassTheStaleReasonOn() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        when(clock.now()).thenReturn(NOW);
        when(projects.save(any(), any())).thenReturn(Result.stale("changed by someone else"));

        assertFailure(Result.Reason.STALE, service.change(new ChangeProject.Command(ID,
                new ChangeProject.Change.AddService(aService().withId("on-demand-bus").build()), OFFICER)));
    }

    // ---- record engagement ----

    @Test
    void record_whenStakeholderKnown_shouldSaveTheProjectWithTheEngagement() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        when(clock.now()).thenReturn(NOW);
        saveSucceeds();
        EngagementActivity briefing = anEngagement(EngagementMethod.BRIEFING);

        GovernanceProject changed = service.record(new RecordEngagement.Command(ID, StakeholderId.of(RESIDENTS),
                briefing, OFFICER)).orElseThrow();

        assertEquals(List.of(briefing), changed.stakeholder(StakeholderId.of(RESIDENTS)).orElseThrow().engagements());
        ArgumentCaptor<GovernanceProject> saved = ArgumentCaptor.forClass(GovernanceProject.class);
        verify(projects).save(saved.capture(), any());
        assertEquals(1, saved.getValue().version(), "saved on top of the version it was read at");
    }

    @Test
    void record_whenStakeholderUnknown_shouldBeNotFoundWithoutSaving() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.NOT_FOUND,
                service.record(new RecordEngagement.Command(ID, StakeholderId.of("ghost"),
                        anEngagement(EngagementMethod.BRIEFING), OFFICER)));

        assertTrue(failure.message().contains("ghost"), failure.message());
        verify(projects, never()).save(any(), any());
    }

    // ---- move ----

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void move_whenReasonBlank_shouldBeInvalidWithoutTouchingTheStore(String reason) {
        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.INVALID,
                service.move(new MoveCycle.Command(ID, MoveCycle.Direction.ADVANCE, OFFICER, reason)));

        assertEquals("reason", failure.violations().getFirst().path());
        verifyNoInteractions(projects, clock);
    }

    @Test
    void move_whenAdvancing_shouldSaveTheProjectWithTheClocksTimeInTheTransition() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        when(clock.now()).thenReturn(NOW);
        saveSucceeds();

        GovernanceProject moved = service.move(new MoveCycle.Command(ID, MoveCycle.Direction.ADVANCE, OFFICER,
                "overview agreed with the council")).orElseThrow();

        ArgumentCaptor<GovernanceProject> saved = ArgumentCaptor.forClass(GovernanceProject.class);
        verify(projects).save(saved.capture(), any());
        CycleTransition last = saved.getValue().cycle().history().getLast();
        assertEquals(new CycleTransition(CycleTransition.Kind.ADVANCE, GovernanceStep.PROJECT_OVERVIEW,
                GovernanceStep.LAWS_AND_REGULATIONS, 1, OFFICER, NOW, "overview agreed with the council"), last);
        assertEquals(GovernanceStep.LAWS_AND_REGULATIONS, moved.cycle().step());
        assertEquals(2, moved.version());
        verify(projects).save(any(), eq(new ProjectChange(OFFICER, NOW,
                "advanced the cycle: overview agreed with the council")));
    }

    @Test
    void move_whenNewRevisionFromImplementation_shouldSaveRevision2AtRiskAnalysis() {
        GovernanceProject atImplementation = aProject().buildRegistered();
        for (int i = 0; i < 4; i++) {
            atImplementation = atImplementation.advanceCycle(OFFICER, NOW, "step " + i, STANDARDS).orElseThrow();
        }
        when(projects.find(ID)).thenReturn(Optional.of(atImplementation.withVersion(5)));
        when(clock.now()).thenReturn(NOW.plusSeconds(60));
        saveSucceeds();

        GovernanceProject moved = service.move(new MoveCycle.Command(ID, MoveCycle.Direction.NEW_REVISION, OFFICER,
                "law amended")).orElseThrow();

        assertEquals(GovernanceStep.RISK_ANALYSIS, moved.cycle().step());
        assertEquals(2, moved.cycle().revision());
        assertEquals(NOW.plusSeconds(60), moved.cycle().history().getLast().at());
    }

    @Test
    void move_whenTheCycleRefuses_shouldConflictWithoutSaving() {
        when(projects.find(ID)).thenReturn(Optional.of(stored()));
        when(clock.now()).thenReturn(NOW);

        Result.Failure<GovernanceProject> failure = assertFailure(Result.Reason.CONFLICT,
                service.move(new MoveCycle.Command(ID, MoveCycle.Direction.NEW_REVISION, OFFICER, "evaluate")));

        assertTrue(failure.message().contains("IMPLEMENTATION_AND_EVALUATION"), failure.message());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void move_whenProjectUnknown_shouldBeNotFound() {
        when(projects.find(ID)).thenReturn(Optional.empty());

        assertFailure(Result.Reason.NOT_FOUND,
                service.move(new MoveCycle.Command(ID, MoveCycle.Direction.ADVANCE, OFFICER, "go")));
        verify(projects, never()).save(any(), any());
    }
}
