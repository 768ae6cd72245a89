package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractPublicationsContractTest;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.Publications;

class InMemoryPublicationsTest extends AbstractPublicationsContractTest {

    private final InMemoryPublications store = new InMemoryPublications();
    private final InMemoryProjects projects = new InMemoryProjects();

    @Override
    protected Publications publications() {
        return store;
    }

    @Override
    protected Projects projects() {
        return projects;
    }
}
