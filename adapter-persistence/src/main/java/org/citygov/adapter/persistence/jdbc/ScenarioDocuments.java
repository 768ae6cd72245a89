package org.citygov.adapter.persistence.jdbc;

import org.citygov.domain.project.ProjectParts;

/** Parts as citygov/1 scenario documents (JSON). Placeholder until the scenario writer lands on main. */
final class ScenarioDocuments implements ProjectDocuments {

    @Override
    public String write(ProjectParts parts) {
        throw new UnsupportedOperationException("the scenario writer has not landed yet");
    }

    @Override
    public ProjectParts read(String document) {
        throw new UnsupportedOperationException("the scenario loader has not landed yet");
    }
}
