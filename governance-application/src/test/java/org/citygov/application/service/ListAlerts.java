package org.citygov.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.citygov.application.port.out.Alerts;
import org.citygov.domain.monitoring.Alert;

/** The alerts' out-port as a list, for service tests (the real stores have their contract test in the adapter). */
final class ListAlerts implements Alerts {

    private final List<Alert> alerts = new ArrayList<>();

    @Override
    public synchronized boolean add(Alert alert) {
        if (find(alert.id()).isPresent()) {
            return false;
        }
        return alerts.add(alert);
    }

    @Override
    public synchronized Optional<Alert> find(String id) {
        return alerts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Alert> since(Instant since) {
        return alerts.stream().filter(a -> !a.raisedAt().isBefore(since))
                .sorted(Comparator.comparing(Alert::raisedAt).thenComparing(Alert::id)).toList();
    }
}
