package org.citygov.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.assessment.AssessmentFixtures;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.Importance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class AssessmentServiceTest {

    @Mock
    private Projects projects;
    @Mock
    private Clock clock;

    private AssessmentService service;

    @BeforeEach
    void setUp() {
        // the catalogue is a value here, not a mock: the analysis reads the edition, it does not interact with it
        Catalogue catalogue = AssessmentFixtures::edition;
        service = new AssessmentService(projects, clock, catalogue);
    }

    @Test
    void assessById_whenUnknown_shouldBeNotFoundNamingTheId() {
        ProjectId id = ProjectId.of("no-such-project");
        when(projects.find(id)).thenReturn(Optional.empty());

        Result.Failure<ProjectAssessment> failure = assertInstanceOf(Result.Failure.class, service.assess(id));

        assertEquals(Result.Reason.NOT_FOUND, failure.reason());
        assertTrue(failure.message().contains("no-such-project"), failure.message());
    }

    @Test
    void assessById_whenStored_shouldAssessEveryStakeholder() {
        GovernanceProject stored = aProject().withStakeholder(aStakeholder().withId("doctors").indirect().critical())
                .buildRegistered().withVersion(3);
        when(projects.find(stored.id())).thenReturn(Optional.of(stored));

        ProjectAssessment assessment = service.assess(stored.id()).orElseThrow();

        assertEquals(stored.id(), assessment.project());
        assertEquals(3, assessment.stakeholders().size());
        assertEquals(Importance.CRITICAL, assessment.stakeholders().get(2).importance());
        assertEquals(List.of("doctors"), assessment.underEngaged().stream().map(s -> s.id().value()).toList());
        verify(projects, never()).save(any());
    }

    @Test
    void assessParts_whenValid_shouldAssessWithoutStoringAnything() {
        when(clock.now()).thenReturn(Instant.parse("2026-06-15T08:30:00Z"));

        ProjectAssessment assessment = service.assess(aProject().build()).orElseThrow();

        assertEquals(2, assessment.stakeholders().size());
        verifyNoInteractions(projects);
    }

    @Test
    void assessParts_whenInvalid_shouldReportEveryViolationWithoutStoringAnything() {
        when(clock.now()).thenReturn(Instant.parse("2026-06-15T08:30:00Z"));

        Result<ProjectAssessment> result = service.assess(aProject()
                .withDataFlow(aFlow().withId("orphan").withAsset("missing").from("ghost")).build());

        Result.Failure<ProjectAssessment> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(Result.Reason.INVALID, failure.reason());
        assertEquals(List.of("dataFlows[1].asset", "dataFlows[1].from"),
                failure.violations().stream().map(Violation::path).toList());
        verifyNoInteractions(projects);
    }
}
