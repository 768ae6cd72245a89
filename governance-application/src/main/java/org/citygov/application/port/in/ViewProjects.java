package org.citygov.application.port.in;

import java.util.List;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/** Reads registered projects. */
public interface ViewProjects {

    Result<GovernanceProject> get(ProjectId id);

    List<GovernanceProject> list();
}
