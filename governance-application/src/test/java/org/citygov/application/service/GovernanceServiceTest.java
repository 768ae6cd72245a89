package org.citygov.application.service;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.rule.Approval;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.KpiKind;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/** The version check the HTTP API's If-Match relies on, for evaluation inputs and triggered revisions. */
@ExtendWith(MockitoExtension.class)
class GovernanceServiceTest {

    private static final Actor ANALYST = Actor.of("analyst");
    private static final Kpi KPI = new Kpi(KpiId.of("uptake"), "Uptake", KpiKind.values()[0],
            new Threshold(Threshold.Direction.AT_LEAST, 0.3), List.of());

    @Mock
    private Projects projects;
    @Mock
    private Clock clock;
    @Mock
    private Catalogue catalogue;

    private GovernanceService service;
    private GovernanceProject stored;
    private ProjectId id;

    @BeforeEach
    void setUp() {
        service = new GovernanceService(projects, clock, catalogue);
        stored = aProject().buildRegistered().withVersion(3);
        id = stored.id();
        lenient().when(projects.find(id)).thenReturn(Optional.of(stored));
    }

    // ---- the approval path: rules enter as drafts, only approvers approve, in their own name ----

    private static final Rule DRAFT = Rule.draft(RuleId.of("posters"), RuleLevel.PROGRAM, "Posters at the plaza.",
            new RuleTerms.Notice(EnumSet.of(NoticeChannel.POSTER)), Set.of(), Set.of("SURVEILLANCE"));

    private GovernanceProject withDraft() {
        return stored.addRule(DRAFT).orElseThrow();
    }

    @Test
    void design_whenAnAnalystAddsARuleAlreadyInForce_shouldBeInvalidAtStatusAndSaveNothing() {
        Rule inForce = Rule.reconstitute(DRAFT.id(), 1, DRAFT.level(), DRAFT.text(), DRAFT.terms(), Set.of(),
                DRAFT.mitigates(), RuleStatus.IN_FORCE, Optional.of(new Approval("anyone", LocalDate.of(2026, 1, 1))));

        Result<GovernanceProject> result = service.design(new DesignRules.Command(id,
                new DesignRules.Change.AddRule(inForce), ANALYST, Role.ANALYST));

        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(Result.Reason.INVALID, failure.reason());
        assertEquals(List.of("status"), failure.violations().stream().map(v -> v.path()).toList());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void design_whenAnAnalystApprovesOrPutsInForce_shouldBeForbiddenAndSaveNothing() {
        for (DesignRules.Change change : List.of(new DesignRules.Change.ApproveRule(DRAFT.id(),
                LocalDate.of(2026, 6, 1)), new DesignRules.Change.PutInForce(DRAFT.id()),
                new DesignRules.Change.RetireRule(DRAFT.id()))) {
            Result<GovernanceProject> result = service.design(new DesignRules.Command(id, change, ANALYST,
                    Role.ANALYST));

            assertEquals(Result.Reason.FORBIDDEN, assertInstanceOf(Result.Failure.class, result).reason());
        }
        verify(projects, never()).save(any(), any());
    }

    @Test
    void design_whenAnApproverApproves_shouldRecordTheApproverItselfAndSayItInTheAuditTrail() {
        when(projects.find(id)).thenReturn(Optional.of(withDraft()));
        when(clock.now()).thenReturn(Instant.parse("2026-06-01T00:00:00Z"));
        when(projects.save(any(), any())).thenAnswer(call -> Result.success(call.getArgument(0)));
        Actor committee = Actor.of("expert-committee");

        GovernanceProject approved = service.design(new DesignRules.Command(id, new DesignRules.Change.ApproveRule(
                DRAFT.id(), LocalDate.of(2026, 6, 1)), committee, Role.APPROVER)).orElseThrow();

        assertEquals(Optional.of(new Approval("expert-committee", LocalDate.of(2026, 6, 1))),
                approved.governance().rules().current(DRAFT.id()).orElseThrow().approval());
        verify(projects).save(any(), org.mockito.ArgumentMatchers.eq(new ProjectChange(committee,
                Instant.parse("2026-06-01T00:00:00Z"), "approved rule posters (by expert-committee, APPROVER)")));
    }

    @Test
    void record_whenExpectedVersionIsStale_shouldBeStaleAndSaveNothing() {
        Result<GovernanceProject> result = service.record(new EvaluateProject.Command(id,
                new EvaluateProject.Input.AddKpi(KPI), ANALYST, OptionalLong.of(2)));

        assertEquals(Result.Reason.STALE, assertInstanceOf(Result.Failure.class, result).reason());
        verify(projects, never()).save(any(), any());
    }

    @Test
    void record_whenExpectedVersionIsCurrent_shouldSaveTheKpi() {
        when(clock.now()).thenReturn(Instant.parse("2026-06-01T00:00:00Z"));
        when(projects.save(any(), any())).thenAnswer(call -> Result.success(call.getArgument(0)));

        Result<GovernanceProject> result = service.record(new EvaluateProject.Command(id,
                new EvaluateProject.Input.AddKpi(KPI), ANALYST, OptionalLong.of(3)));

        assertEquals(List.of(KPI), result.orElseThrow().governance().kpis());
    }

    @Test
    void reviseIfTriggered_whenExpectedVersionIsStale_shouldBeStaleAndSaveNothing() {
        Result<GovernanceProject> result = service.reviseIfTriggered(id, ANALYST, OptionalLong.of(1));

        assertEquals(Result.Reason.STALE, assertInstanceOf(Result.Failure.class, result).reason());
        verify(projects, never()).save(any(), any());
    }
}
