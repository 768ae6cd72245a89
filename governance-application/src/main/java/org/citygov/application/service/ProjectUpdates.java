package org.citygov.application.service;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.RuleChanges;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/** Read a project, apply a domain operation, save it: the one shape every change of a stored project has. */
final class ProjectUpdates {

    private final Projects projects;
    private final RuleChanges ruleChanges;

    ProjectUpdates(Projects projects, RuleChanges ruleChanges) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.ruleChanges = Objects.requireNonNull(ruleChanges, "ruleChanges");
    }

    /** Tells the listener, once the save has succeeded, that what the project's rules decide may have changed. */
    Result<GovernanceProject> announced(Result<GovernanceProject> saved) {
        if (saved instanceof Result.Success<GovernanceProject> success) {
            ruleChanges.changed(success.value().id());
        }
        return saved;
    }

    Result<GovernanceProject> load(ProjectId id) {
        return projects.find(id)
                .<Result<GovernanceProject>>map(Result::success)
                .orElseGet(() -> Result.notFound("no project \"" + id + "\""));
    }

    /**
     * @param change what the audit trail records of the change, made from the changed project just before it is
     *               saved (so a refused operation reads no clock)
     */
    Result<GovernanceProject> update(ProjectId id, OptionalLong expectedVersion,
                                     Function<GovernanceProject, Result<GovernanceProject>> operation,
                                     Function<GovernanceProject, ProjectChange> change) {
        return load(id).flatMap(current -> {
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
                return Result.stale("project \"" + id + "\" is at version " + current.version()
                        + ", not " + expectedVersion.getAsLong() + "; read it again and reapply the change");
            }
            return operation.apply(current).flatMap(changed -> projects.save(changed, change.apply(changed)));
        });
    }
}
