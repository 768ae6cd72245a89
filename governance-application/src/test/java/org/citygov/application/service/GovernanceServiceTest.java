package org.citygov.application.service;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import org.citygov.application.port.in.EvaluateProject;
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
        when(projects.find(id)).thenReturn(Optional.of(stored));
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
