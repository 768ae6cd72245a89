package org.citygov.application.port.in;

import java.util.Objects;

import org.citygov.domain.access.Role;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.shared.Result;

/** Registers a project with the promotion organization; its governance cycle starts at the overview. */
public interface RegisterProject {

    /**
     * @param role the part the actor plays: rules that arrive APPROVED, IN_FORCE or RETIRED with an approval are
     *             accepted only from a role that {@linkplain Role#approvesRules() approves rules} (FORBIDDEN otherwise),
     *             and the audit trail records that they were imported, by whom
     */
    record Command(ProjectParts parts, Actor actor, Role role) {
        public Command {
            Objects.requireNonNull(parts, "parts");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
        }
    }

    /** INVALID with every broken invariant, CONFLICT when the id is taken. */
    Result<GovernanceProject> register(Command command);
}
