package org.citygov.adapter.persistence.memory;

import org.citygov.adapter.persistence.AbstractAlertsContractTest;
import org.citygov.application.port.out.Alerts;

/** The monitoring alerts' contract in memory. */
class InMemoryAlertsTest extends AbstractAlertsContractTest {

    private final InMemoryAlerts alerts = new InMemoryAlerts();

    @Override
    protected Alerts alerts() {
        return alerts;
    }
}
