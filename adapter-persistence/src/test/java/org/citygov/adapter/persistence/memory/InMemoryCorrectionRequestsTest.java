package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractCorrectionRequestsContractTest;
import org.citygov.application.port.out.CorrectionRequests;

class InMemoryCorrectionRequestsTest extends AbstractCorrectionRequestsContractTest {

    private final InMemoryCorrectionRequests store = new InMemoryCorrectionRequests();

    @Override
    protected CorrectionRequests corrections() {
        return store;
    }
}
