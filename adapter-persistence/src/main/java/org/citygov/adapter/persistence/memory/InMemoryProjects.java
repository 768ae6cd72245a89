package org.citygov.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.citygov.application.port.out.Projects;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Projects kept in memory, for tests, scripts and one-shot CLI runs. Safe for concurrent use: each save is an atomic
 * compare-and-set on the stored version, so of two writers that read the same version only one wins.
 */
public final class InMemoryProjects implements Projects {

    private final ConcurrentMap<ProjectId, GovernanceProject> stored = new ConcurrentHashMap<>();

    @Override
    public Optional<GovernanceProject> find(ProjectId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<GovernanceProject> all() {
        return stored.values().stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
    }

    @Override
    public Result<GovernanceProject> save(GovernanceProject project) {
        GovernanceProject next = project.withVersion(project.version() + 1);
        if (project.version() == 0) {
            GovernanceProject previous = stored.putIfAbsent(project.id(), next);
            return previous == null ? Result.success(next)
                    : Result.conflict("a project \"" + project.id() + "\" is already stored");
        }
        GovernanceProject current = stored.get(project.id());
        if (current == null) {
            return Result.notFound("no stored project \"" + project.id() + "\" to update");
        }
        if (current.version() != project.version() || !stored.replace(project.id(), current, next)) {
            return Result.conflict("project \"" + project.id() + "\" was changed by someone else (stored version "
                    + stored.get(project.id()).version() + ", this change was based on version " + project.version()
                    + ")");
        }
        return Result.success(next);
    }
}
