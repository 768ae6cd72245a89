package org.citygov.application.service;

import static org.citygov.domain.testing.ProjectBuilders.PROJECT;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citygov.application.port.in.ViewHistory;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class HistoryServiceTest {

    private static final ProjectId ID = ProjectId.of(PROJECT);
    private static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");

    @Mock
    private Projects projects;
    @Mock
    private ProjectHistory trail;

    private HistoryService service;

    @BeforeEach
    void setUp() {
        service = new HistoryService(projects, trail);
    }

    @Test
    void history_whenProjectKnown_shouldReturnTheTrailInTheRange() {
        GovernanceProject project = aProject().buildRegistered().withVersion(1);
        AuditEntry entry = new AuditEntry(ID, 1, Actor.of("officer"), FROM.plusSeconds(1), "registered",
                GovernanceStep.PROJECT_OVERVIEW, 1, project.parts());
        when(projects.find(ID)).thenReturn(Optional.of(project));
        when(trail.history(ID, FROM, TO)).thenReturn(List.of(entry));

        assertEquals(Result.success(List.of(entry)), service.history(new ViewHistory.Query(ID, FROM, TO)));
    }

    @Test
    void history_whenProjectUnknown_shouldBeNotFound() {
        when(projects.find(ID)).thenReturn(Optional.empty());

        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class,
                service.history(ViewHistory.Query.all(ID)));

        assertEquals(Result.Reason.NOT_FOUND, failure.reason());
        verifyNoInteractions(trail);
    }

    @Test
    void history_whenRangeEndsBeforeItStarts_shouldBeInvalidWithoutReading() {
        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class,
                service.history(new ViewHistory.Query(ID, TO, FROM)));

        assertEquals(Result.Reason.INVALID, failure.reason());
        assertEquals("to", failure.violations().getFirst().path());
        verifyNoInteractions(projects, trail);
    }
}
