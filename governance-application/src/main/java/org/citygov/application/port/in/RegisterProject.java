package org.citygov.application.port.in;

import java.util.Objects;

import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/** Registers a project with the promotion organization; its governance cycle starts at the overview. */
public interface RegisterProject {

    record Command(ProjectParts parts, Actor actor) {
        public Command {
            Objects.requireNonNull(parts, "parts");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** INVALID with every broken invariant, CONFLICT when the id is taken. */
    Result<GovernanceProject> register(Command command);
}
