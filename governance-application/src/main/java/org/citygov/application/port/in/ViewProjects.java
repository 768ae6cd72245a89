package org.citygov.application.port.in;

import java.util.List;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Reads registered projects. Who sees which: a PROVIDER (a party data is handed to) sees only the projects in which a
 * stakeholder has its token's name; every other role that reads projects sees every project.
 */
public interface ViewProjects {

    Result<GovernanceProject> get(ProjectId id);

    List<GovernanceProject> list();

    /** The project as {@code caller} may see it: NOT_FOUND, as for an unknown id, when it may not. */
    default Result<GovernanceProject> get(ProjectId id, Caller caller) {
        return get(id).flatMap(project -> visibleTo(caller, project) ? Result.success(project)
                : Result.notFound("no project \"" + id + "\""));
    }

    /** The projects {@code caller} may see, ordered by id. */
    default List<GovernanceProject> list(Caller caller) {
        return list().stream().filter(project -> visibleTo(caller, project)).toList();
    }

    /** Whether {@code caller} may see {@code project}: the one statement of the rule above. */
    static boolean visibleTo(Caller caller, GovernanceProject project) {
        return caller.role() != Role.PROVIDER || Ids.isKebabCase(caller.name())
                && project.stakeholder(StakeholderId.of(caller.name())).isPresent();
    }
}
