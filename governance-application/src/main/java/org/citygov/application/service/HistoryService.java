package org.citygov.application.service;

import java.util.List;
import java.util.Objects;

import org.citygov.application.port.in.ViewHistory;
import org.citygov.domain.project.AuditEntry;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/** Answers history queries from the audit trail the project store keeps. */
public final class HistoryService implements ViewHistory {

    private final Projects projects;
    private final ProjectHistory trail;

    public HistoryService(Projects projects, ProjectHistory trail) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public Result<List<AuditEntry>> history(Query query) {
        if (query.to().isBefore(query.from())) {
            return Result.invalid(List.of(new Violation("to", "the range ends (" + query.to()
                    + ") before it starts (" + query.from() + ")")));
        }
        if (projects.find(query.project()).isEmpty()) {
            return Result.notFound("no project \"" + query.project() + "\"");
        }
        return Result.success(trail.history(query.project(), query.from(), query.to()));
    }
}
