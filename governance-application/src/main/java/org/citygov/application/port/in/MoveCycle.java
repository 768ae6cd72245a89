package org.citygov.application.port.in;

import java.util.Objects;
import java.util.OptionalLong;

import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Moves a project's governance cycle: forward to the next step, or from implementation and evaluation back to risk
 * analysis as a new revision. A move the cycle refuses is a CONFLICT whose message says what is missing.
 */
public interface MoveCycle {

    enum Direction {
        /** To the next step of the same revision. */
        ADVANCE,
        /** From implementation and evaluation back to risk analysis, opening a new revision. */
        NEW_REVISION
    }

    /**
     * @param expectedVersion when present, the version the caller last saw; the move is refused with CONFLICT if the
     *                        project has changed since
     */
    record Command(ProjectId project, Direction direction, Actor actor, String reason, OptionalLong expectedVersion) {
        public Command {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
        }

        public Command(ProjectId project, Direction direction, Actor actor, String reason) {
            this(project, direction, actor, reason, OptionalLong.empty());
        }
    }

    Result<GovernanceProject> move(Command command);

    /**
     * What the project lacks to enter its next step, judged by the catalogue edition in use, each with the path of
     * the part it is about; empty when it may.
     */
    java.util.List<org.citygov.domain.shared.Violation> missingForNextStep(GovernanceProject project);
}
