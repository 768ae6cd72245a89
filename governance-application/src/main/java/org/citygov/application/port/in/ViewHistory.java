package org.citygov.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/** Reads a project's audit trail: who changed what, when, within a time range. */
public interface ViewHistory {

    /** The entries in {@code [from, to)}. */
    record Query(ProjectId project, Instant from, Instant to) {
        public Query {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** The whole trail of a project. */
        public static Query all(ProjectId project) {
            return new Query(project, Instant.MIN, Instant.MAX);
        }
    }

    /** Oldest first; NOT_FOUND for an unknown project, INVALID when the range ends before it starts. */
    Result<List<AuditEntry>> history(Query query);
}
