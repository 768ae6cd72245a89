package org.citygov.application.port.in;

import java.util.Objects;

import org.citygov.application.scenario.Scenario;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.shared.Result;

/**
 * Registers the project a scenario file describes, as a whole: a municipality moving an existing register into
 * CityGov. The scenario has been read and checked by {@code ScenarioLoader}; a file with problems never gets here.
 */
public interface ImportScenario {

    record Command(Scenario scenario, Actor actor) {
        public Command {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** The registered project; CONFLICT when a project with the scenario's id is already registered. */
    Result<GovernanceProject> importScenario(Command command);
}
