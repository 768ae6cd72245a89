package org.citygov.application.port.in;

import java.util.Objects;

import org.citygov.application.scenario.Scenario;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.shared.Result;

/**
 * Registers the project a scenario file describes, as a whole: a municipality moving an existing register into
 * CityGov. The scenario has been read and checked by {@code ScenarioLoader}; a file with problems never gets here.
 */
public interface ImportScenario {

    /**
     * @param role the part the actor plays: rules that arrive APPROVED, IN_FORCE or RETIRED with an approval are
     *             accepted only from a role that {@linkplain Role#approvesRules() approves rules} (FORBIDDEN otherwise),
     *             and the audit trail records that they were imported, by whom
     */
    record Command(Scenario scenario, Actor actor, Role role) {
        public Command {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
        }
    }

    /** The registered project; CONFLICT when a project with the scenario's id is already registered. */
    Result<GovernanceProject> importScenario(Command command);
}
