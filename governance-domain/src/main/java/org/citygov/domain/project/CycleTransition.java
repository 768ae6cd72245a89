package org.citygov.domain.project;

import java.time.Instant;
import java.util.Objects;

import org.citygov.domain.shared.Ids;

/**
 * One recorded move of the governance cycle: who moved it, when, why, and between which steps. The history of these
 * is part of the project's defensible record.
 */
public record CycleTransition(
        Kind kind, GovernanceStep from, GovernanceStep to, int revision, Actor actor, Instant at, String reason) {

    public enum Kind {
        /** The project was registered and entered its overview step. */
        START,
        /** The cycle moved to the next step of the same revision. */
        ADVANCE,
        /** Evaluation sent the loop back to risk analysis, opening a new revision. */
        NEW_REVISION
    }

    public CycleTransition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (revision < 1) {
            throw new IllegalArgumentException("a revision is 1 or more, got " + revision);
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        reason = Ids.requireText(reason, "transition reason");
    }
}
