package org.citygov.adapter.persistence.jdbc;

import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.application.scenario.ScenarioWriter;
import org.citygov.domain.project.ProjectParts;

/**
 * Parts as citygov/1 scenario documents (JSON), the public versioned format: what {@code citygov export} writes and
 * any tool can read, so a row can be read without CityGov (docs/decisions, 2026-11-25).
 */
final class ScenarioDocuments implements ProjectDocuments {

    private final ScenarioWriter writer = new ScenarioWriter();
    private final ScenarioLoader loader = new ScenarioLoader();

    @Override
    public String write(ProjectParts parts) {
        return writer.json(parts);
    }

    @Override
    public ProjectParts read(String document) {
        return switch (loader.read(document, Syntax.JSON)) {
            case ScenarioReading.Valid valid -> valid.scenario().parts();
            case ScenarioReading.Invalid invalid -> throw new IllegalStateException(
                    "a stored project document is not a valid scenario: " + invalid.problems());
        };
    }
}
