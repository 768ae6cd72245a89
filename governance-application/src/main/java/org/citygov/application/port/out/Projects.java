package org.citygov.application.port.out;

import java.util.List;
import java.util.Optional;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Where projects are kept. Saving is optimistic: a project carries the version it was read at (0 for one never
 * stored), and a save succeeds only if the stored version is still that one. A stale save is a
 * {@link Result.Reason#STALE}, never a lost update. Every successful save appends one entry, made from the
 * {@link ProjectChange}, to the project's audit trail ({@link ProjectHistory}) in the same transaction.
 */
public interface Projects {

    Optional<GovernanceProject> find(ProjectId id);

    /** All stored projects, ordered by id. */
    List<GovernanceProject> all();

    /**
     * Stores a new project (version 0) or a change to a stored one, and returns it with its new version. CONFLICT when
     * a new project's id is taken; STALE when the stored version moved on since {@code project} was read (so a caller
     * tells "read it again" from "this cannot be done"); NOT_FOUND when a change names a project that is not stored. Nothing is written unless the result is a success.
     */
    Result<GovernanceProject> save(GovernanceProject project, ProjectChange change);
}
