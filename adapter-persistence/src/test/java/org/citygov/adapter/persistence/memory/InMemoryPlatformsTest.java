package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractPlatformsContractTest;
import org.citygov.application.port.out.Platforms;

class InMemoryPlatformsTest extends AbstractPlatformsContractTest {

    private final InMemoryPlatforms store = new InMemoryPlatforms();

    @Override
    protected Platforms platforms() {
        return store;
    }
}
