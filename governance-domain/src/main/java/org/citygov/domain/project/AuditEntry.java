package org.citygov.domain.project;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a project's audit trail: the save that produced {@code version}, who made it and when, what they said
 * they did, and the project as it stood afterwards (its described parts, its cycle step and revision). Entries are
 * appended, never updated or deleted, so the trail answers "what did the project look like at version n, and who made
 * it so": the cycle's revisions, and — once rules are part of a project's parts — every version of every rule.
 */
public record AuditEntry(ProjectId project, long version, Actor actor, Instant at, String summary,
                         GovernanceStep step, int revision, ProjectParts parts) {
    public AuditEntry {
        Objects.requireNonNull(project, "project");
        if (version < 1) {
            throw new IllegalArgumentException("an audited save produces version 1 or more, got " + version);
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(parts, "parts");
    }
}
