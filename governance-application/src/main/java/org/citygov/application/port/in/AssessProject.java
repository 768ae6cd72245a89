package org.citygov.application.port.in;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/** Produces the assessment of a project: of a stored one, or of described parts that are not stored. */
public interface AssessProject {

    Result<ProjectAssessment> assess(ProjectId id);

    /** Assesses parts as a project just registered; INVALID with every broken invariant. Stores nothing. */
    Result<ProjectAssessment> assess(ProjectParts parts);
}
