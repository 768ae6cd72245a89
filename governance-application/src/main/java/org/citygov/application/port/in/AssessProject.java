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

    /**
     * The catalogue edition the assessments apply, when the use case knows it: adapters name its entries (law areas,
     * soft-law topics, harms) in the language a person asked for.
     */
    default java.util.Optional<org.citygov.domain.catalogue.CatalogueEdition> edition() {
        return java.util.Optional.empty();
    }
}
