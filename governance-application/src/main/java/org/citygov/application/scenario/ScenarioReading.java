package org.citygov.application.scenario;

import java.util.List;
import java.util.Objects;

import org.citygov.application.input.Problem;

/** The outcome of reading a scenario file: the scenario, or every problem that kept it from being read. */
public sealed interface ScenarioReading {

    record Valid(Scenario scenario) implements ScenarioReading {
        public Valid {
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /** Nothing of the file was taken; each problem names its field path and, where known, its line. */
    record Invalid(List<Problem> problems) implements ScenarioReading {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid reading names at least one problem");
            }
        }
    }
}
