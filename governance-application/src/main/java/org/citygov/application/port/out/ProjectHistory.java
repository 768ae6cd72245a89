package org.citygov.application.port.out;

import java.time.Instant;
import java.util.List;

import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.ProjectId;

/**
 * The audit trail that {@link Projects#save} appends to: every stored change of a project, never updated or deleted.
 */
public interface ProjectHistory {

    /**
     * The entries of one project whose time is in {@code [from, to)}, oldest first (by version); empty for an unknown
     * project.
     */
    List<AuditEntry> history(ProjectId project, Instant from, Instant to);
}
