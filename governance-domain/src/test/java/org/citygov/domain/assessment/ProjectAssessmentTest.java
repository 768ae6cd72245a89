package org.citygov.domain.assessment;

import java.util.List;
import java.util.Optional;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.EngagementFormat;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.Importance;
import org.citygov.domain.stakeholder.Involvement;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectAssessmentTest {

    @Test
    void of_whenProjectHasDirectAndIndirectStakeholders_shouldAnalyseEveryOneInOrder() {
        GovernanceProject project = aProject()
                .withStakeholder(aStakeholder().withId("doctors").withName("Doctors' association").indirect()
                        .withImpact(4).withUncertainty(4).withEngagement(EngagementMethod.LIVING_LAB))
                .buildRegistered();

        ProjectAssessment assessment = ProjectAssessment.of(project, AssessmentFixtures.edition());

        assertEquals(project.id(), assessment.project());
        assertEquals(List.of("city-os", "residents", "doctors"),
                assessment.stakeholders().stream().map(s -> s.id().value()).toList());
        StakeholderAssessment doctors = assessment.stakeholders().get(2);
        assertEquals(Involvement.INDIRECT, doctors.involvement());
        assertEquals(16, doctors.score());
        assertEquals(Importance.CRITICAL, doctors.importance());
        assertEquals(EngagementFormat.INVOLVEMENT, doctors.engagement());
        assertEquals(Optional.of(EngagementFormat.INVOLVEMENT), doctors.engagementHeld());
        assertTrue(doctors.engagedAsRecommended());
    }

    @Test
    void underEngaged_whenImportantStakeholdersLackRecommendedEngagement_shouldListOnlyThose() {
        GovernanceProject project = aProject()
                .withStakeholder(aStakeholder().withId("doctors").indirect().critical()
                        .withEngagement(EngagementMethod.BRIEFING))
                .withStakeholder(aStakeholder().withId("council").high().withEngagement(EngagementMethod.BRIEFING))
                .withStakeholder(aStakeholder().withId("shops").withImpact(3).withUncertainty(3))
                .buildRegistered();

        List<StakeholderAssessment> underEngaged = ProjectAssessment.of(project, AssessmentFixtures.edition()).underEngaged();

        assertEquals(List.of("doctors"), underEngaged.stream().map(s -> s.id().value()).toList());
    }

    @Test
    void underEngaged_whenOnlyLowAndMediumStakeholdersUnengaged_shouldBeEmpty() {
        GovernanceProject project = aProject()
                .withStakeholder(aStakeholder().withId("shops").withImpact(3).withUncertainty(3))
                .buildRegistered();

        ProjectAssessment assessment = ProjectAssessment.of(project, AssessmentFixtures.edition());

        assertFalse(assessment.stakeholders().stream().anyMatch(StakeholderAssessment::engagedAsRecommended));
        assertTrue(assessment.underEngaged().isEmpty());
    }
}
