package org.citygov.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citygov.domain.monitoring.Alert;

/**
 * Where the monitoring alerts are kept (issue 13): append-only, keyed by the alert's id. The id is made from the
 * alert's kind, party and the instant of the decision that raised it ({@link Alert#idOf}), so an alert raised again
 * from the same decisions — by a replay of the log, or by another server — is stored once.
 */
public interface Alerts {

    /** Stores {@code alert} unless an alert with its id is stored already; whether it was new. */
    boolean add(Alert alert);

    Optional<Alert> find(String id);

    /** The alerts raised at or after {@code since}, oldest first (by the instant raised, then id). */
    List<Alert> since(Instant since);

    /** Every alert, oldest first. */
    default List<Alert> all() {
        return since(Instant.EPOCH);
    }
}
