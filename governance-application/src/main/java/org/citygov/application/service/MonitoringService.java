package org.citygov.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.citygov.application.port.in.WatchLinkage;
import org.citygov.application.port.out.Alerts;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.LinkageDecisions;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.monitoring.LinkageMonitor;
import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.shared.Result;

/**
 * Watches the linkage decision stream with the domain's {@link LinkageMonitor}: as the {@link LinkageDecisions}
 * listener of the linkage service it sees every logged decision, that is the decisions of this process only (with
 * several servers on one database, each watches its own). Every alert raised is stored in {@link Alerts}, keyed by
 * its id, so an alert raised again (a replay of the log with {@link #watch}) is kept once. The monitor's windows and
 * baselines live in memory and start empty when the process starts; it is used by one thread at a time. A store
 * fault while keeping an alert is logged and does not reach the decision's caller (the decision is logged already).
 */
public final class MonitoringService implements WatchLinkage, LinkageDecisions {

    private static final System.Logger LOG = System.getLogger(MonitoringService.class.getName());

    private final LinkageMonitor monitor;
    private final Alerts store;
    private final Clock clock;

    public MonitoringService(MonitoringThresholds thresholds, Alerts store, Clock clock) {
        this.monitor = new LinkageMonitor(Objects.requireNonNull(thresholds, "thresholds"));
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MonitoringThresholds thresholds() {
        return monitor.thresholds();
    }

    @Override
    public void logged(LinkageRecord record) {
        List<Alert> raised;
        synchronized (monitor) {
            raised = monitor.observe(record);
        }
        for (Alert alert : raised) {
            try {
                store.add(alert);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "monitoring alert " + alert.id() + " could not be stored: "
                        + alert.text(), e);
            }
        }
    }

    @Override
    public List<Alert> watch(List<LinkageRecord> records) {
        List<Alert> raised = new ArrayList<>();
        synchronized (monitor) {
            records.forEach(r -> raised.addAll(monitor.observe(r)));
        }
        raised.forEach(store::add);
        return raised;
    }

    @Override
    public List<Alert> alerts() {
        return store.all();
    }

    @Override
    public List<Alert> alerts(Instant since) {
        return store.since(since);
    }

    @Override
    public Result<Alert> alert(String id) {
        return store.find(id).map(Result::success).orElseGet(() -> Result.notFound("there is no alert \"" + id
                + "\""));
    }

    @Override
    public Result<DataMarket> openIncident(String alertId, DataMarket market, IncidentId incident) {
        return alert(alertId).flatMap(a -> a.openAsIncident(market, incident, clock.now()));
    }
}
