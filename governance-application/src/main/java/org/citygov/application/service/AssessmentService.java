package org.citygov.application.service;

import java.util.Objects;

import org.citygov.application.port.in.AssessProject;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/**
 * Assesses stored projects and unstored scenarios alike, by the catalogue edition the {@link Catalogue} supplies; the
 * analysis itself is the domain's.
 */
public final class AssessmentService implements AssessProject {

    private static final Actor UNSTORED = Actor.of("assessment of an unstored scenario");

    private final Projects projects;
    private final Clock clock;
    private final Catalogue catalogue;

    public AssessmentService(Projects projects, Clock clock, Catalogue catalogue) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public Result<ProjectAssessment> assess(ProjectId id) {
        return projects.find(id)
                .map(this::assessment)
                .<Result<ProjectAssessment>>map(Result::success)
                .orElseGet(() -> Result.notFound("no project \"" + id + "\""));
    }

    @Override
    public Result<ProjectAssessment> assess(ProjectParts parts) {
        return GovernanceProject.create(parts, UNSTORED, clock.now()).map(this::assessment);
    }

    private ProjectAssessment assessment(GovernanceProject project) {
        return ProjectAssessment.of(project, catalogue.edition());
    }

    @Override
    public java.util.Optional<org.citygov.domain.catalogue.CatalogueEdition> edition() {
        return java.util.Optional.of(catalogue.edition());
    }
}
