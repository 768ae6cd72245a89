package org.citygov.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citygov.domain.project.AuditEntry;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Projects and their audit trail kept in memory, for tests, scripts and one-shot CLI runs. Safe for concurrent use:
 * a save compares the stored version and appends to the trail under one lock, so of two writers that read the same
 * version only one wins, and the trail is in version order.
 */
public final class InMemoryProjects implements Projects, ProjectHistory {

    private final Map<ProjectId, GovernanceProject> stored = new HashMap<>();
    private final Map<ProjectId, List<AuditEntry>> trails = new HashMap<>();

    @Override
    public synchronized Optional<GovernanceProject> find(ProjectId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized List<GovernanceProject> all() {
        return stored.values().stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
    }

    @Override
    public synchronized Result<GovernanceProject> save(GovernanceProject project, ProjectChange change) {
        GovernanceProject current = stored.get(project.id());
        if (project.version() == 0 && current != null) {
            return Result.conflict("a project \"" + project.id() + "\" is already stored");
        }
        if (project.version() > 0 && current == null) {
            return Result.notFound("no stored project \"" + project.id() + "\" to update");
        }
        if (current != null && current.version() != project.version()) {
            return Result.stale("project \"" + project.id() + "\" was changed by someone else (stored version "
                    + current.version() + ", this change was based on version " + project.version() + ")");
        }
        GovernanceProject next = project.withVersion(project.version() + 1);
        stored.put(next.id(), next);
        trails.computeIfAbsent(next.id(), id -> new ArrayList<>()).add(new AuditEntry(next.id(), next.version(),
                change.actor(), change.at(), change.summary(), next.cycle().step(), next.cycle().revision(),
                next.parts()));
        return Result.success(next);
    }

    @Override
    public synchronized List<AuditEntry> history(ProjectId project, Instant from, Instant to) {
        return trails.getOrDefault(project, List.of()).stream()
                .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                .toList();
    }
}
