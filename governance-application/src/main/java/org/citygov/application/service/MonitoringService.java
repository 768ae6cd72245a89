package org.citygov.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.citygov.application.port.in.WatchLinkage;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.LinkageDecisions;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.monitoring.LinkageMonitor;
import org.citygov.domain.monitoring.MonitoringThresholds;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.shared.Result;

/**
 * Watches the linkage decision stream with the domain's {@link LinkageMonitor}: as the {@link LinkageDecisions}
 * listener of the linkage service it sees every logged decision. Alerts live in memory for the life of the process
 * (they can be rebuilt from the log with {@link #watch}); the monitor is used by one thread at a time.
 */
public final class MonitoringService implements WatchLinkage, LinkageDecisions {

    private final LinkageMonitor monitor;
    private final Clock clock;

    public MonitoringService(MonitoringThresholds thresholds, Clock clock) {
        this.monitor = new LinkageMonitor(Objects.requireNonNull(thresholds, "thresholds"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void logged(LinkageRecord record) {
        synchronized (monitor) {
            monitor.observe(record);
        }
    }

    @Override
    public List<Alert> watch(List<LinkageRecord> records) {
        List<Alert> raised = new ArrayList<>();
        synchronized (monitor) {
            records.forEach(r -> raised.addAll(monitor.observe(r)));
        }
        return raised;
    }

    @Override
    public List<Alert> alerts() {
        synchronized (monitor) {
            return monitor.alerts();
        }
    }

    @Override
    public Result<Alert> alert(String id) {
        synchronized (monitor) {
            return monitor.alert(id).map(Result::success)
                    .orElseGet(() -> Result.notFound("there is no alert " + id));
        }
    }

    @Override
    public Result<DataMarket> openIncident(String alertId, DataMarket market, IncidentId incident) {
        return alert(alertId).flatMap(a -> a.openAsIncident(market, incident, clock.now()));
    }
}
