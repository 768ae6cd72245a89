package org.citygov.domain.assessment;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * What CityGov concludes about a project. So far: the stakeholder analysis of every stakeholder, direct and
 * indirect, in the project's order. Laws, legal tests and risks join it with the risk analysis.
 */
public record ProjectAssessment(ProjectId project, List<StakeholderAssessment> stakeholders) {

    public ProjectAssessment {
        Objects.requireNonNull(project, "project");
        stakeholders = List.copyOf(stakeholders);
    }

    public static ProjectAssessment of(GovernanceProject project) {
        return new ProjectAssessment(project.id(),
                project.stakeholders().stream().map(StakeholderAssessment::of).toList());
    }

    /** HIGH or CRITICAL stakeholders whose engagement held so far falls short of what their importance calls for. */
    public List<StakeholderAssessment> underEngaged() {
        return stakeholders.stream()
                .filter(s -> s.importance().isImportant() && !s.engagedAsRecommended())
                .toList();
    }
}
