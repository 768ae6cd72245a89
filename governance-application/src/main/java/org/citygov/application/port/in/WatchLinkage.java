package org.citygov.application.port.in;

import java.util.List;

import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.shared.Result;

/**
 * The security operation center's view of the linkage decision stream (issue 13): the alerts raised per party, and
 * an alert opened as an incident of a platform in one step.
 */
public interface WatchLinkage {

    /** Every alert raised so far, oldest first. */
    List<Alert> alerts();

    /** The alert, or NOT_FOUND. */
    Result<Alert> alert(String id);

    /**
     * Opens alert {@code alertId} as incident {@code incident} of {@code market} now ({@link Alert#openAsIncident}):
     * the market with the incident recorded; NOT_FOUND for an unknown alert, INVALID when the party is not a
     * participant or the id is taken. Stores nothing: the platform's record is its operator's.
     */
    Result<DataMarket> openIncident(String alertId, DataMarket market, IncidentId incident);

    /** Feeds records already logged (a log read from its start, say) through the monitor; the alerts they raised. */
    List<Alert> watch(List<LinkageRecord> records);
}
