package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractProjectsContractTest;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.junit.jupiter.api.BeforeEach;

class InMemoryProjectsTest extends AbstractProjectsContractTest {

    private InMemoryProjects store;

    @BeforeEach
    void newStore() {
        store = new InMemoryProjects();
    }

    @Override
    protected Projects projects() {
        return store;
    }

    @Override
    protected ProjectHistory history() {
        return store;
    }
}
