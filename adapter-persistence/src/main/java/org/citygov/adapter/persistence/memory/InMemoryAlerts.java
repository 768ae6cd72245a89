package org.citygov.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.citygov.application.port.out.Alerts;
import org.citygov.domain.monitoring.Alert;

/** Monitoring alerts in memory, for the life of the process; each id kept once. */
public final class InMemoryAlerts implements Alerts {

    private final Map<String, Alert> alerts = new ConcurrentHashMap<>();

    @Override
    public boolean add(Alert alert) {
        return alerts.putIfAbsent(alert.id(), alert) == null;
    }

    @Override
    public Optional<Alert> find(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public List<Alert> since(Instant since) {
        return alerts.values().stream().filter(a -> !a.raisedAt().isBefore(since))
                .sorted(Comparator.comparing(Alert::raisedAt).thenComparing(Alert::id)).toList();
    }
}
