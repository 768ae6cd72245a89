package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractConsentRecordsContractTest;
import org.citygov.application.port.out.ConsentRecords;

class InMemoryConsentRecordsTest extends AbstractConsentRecordsContractTest {

    private final InMemoryConsentRecords store = new InMemoryConsentRecords();

    @Override
    protected ConsentRecords consents() {
        return store;
    }
}
