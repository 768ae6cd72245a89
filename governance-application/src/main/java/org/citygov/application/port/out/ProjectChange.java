package org.citygov.application.port.out;

import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.project.Actor;

/**
 * Who changed a project, when, and what they did, in a sentence: what a store appends to the project's audit trail
 * with every save. The state after the change is the saved project itself.
 */
public record ProjectChange(Actor actor, Instant at, String summary) {
    public ProjectChange {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        if (summary.isBlank()) {
            throw new IllegalArgumentException("a change says what changed");
        }
    }
}
