package org.citygov.domain.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.shared.Messages;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Watches the linkage decision stream as a security operation center would (panel: "a security operation center
 * that continuously monitors the system for security incidents"), party by party, and raises {@link Alert}s.
 *
 * <table>
 * <caption>Alerts ({@link MonitoringThresholds}: CityGov defaults, set in configuration)</caption>
 * <tr><th>kind</th><th>a party's decisions that raise it</th></tr>
 * <tr><td>DENIAL_BURST</td><td>at least {@code burstDenials} DENY decisions within {@code burstWindow}</td></tr>
 * <tr><td>OUTSIDE_AGREEMENTS</td><td>at least {@code outsideRequests} requests within {@code outsideWindow} that no
 *     data flow answers: DENY naming no flow (no flow of the project hands that asset to the party for that purpose,
 *     or the project has no rules in force here). The project's data flows are the party's agreements (5.4 (3))</td></tr>
 * <tr><td>VOLUME_ABOVE_BASELINE</td><td>more decisions in the current {@code volumeWindow} than both
 *     {@code volumeFactor} × the party's mean over the preceding windows (up to {@code baselineWindows}, counting
 *     quiet windows as zero) and {@code volumeMinimum}; judged once the party has been seen for
 *     {@code minimumHistory} windows, so a newcomer has no baseline to exceed</td></tr>
 * </table>
 * Each kind is raised at most once per party per its window. An alert's id is made from its kind, party and the
 * instant of the decision that raised it ({@link Alert#idOf}), so the same stream raises the same ids wherever it is
 * watched: a store keyed by id keeps each alert once. Only DECISION records count (a transfer follows a
 * permit and adds no request); records are taken in log order. Not thread-safe: one stream, one monitor.
 */
public final class LinkageMonitor {

    private final MonitoringThresholds thresholds;
    private final Map<StakeholderId, PartyState> parties = new HashMap<>();
    private final List<Alert> alerts = new ArrayList<>();

    public LinkageMonitor(MonitoringThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public MonitoringThresholds thresholds() {
        return thresholds;
    }

    /** Every alert raised so far, oldest first. */
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    public Optional<Alert> alert(String id) {
        return alerts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Takes one record of the stream; returns the alerts it raised (often none). */
    public List<Alert> observe(LinkageRecord record) {
        if (record.kind() != LinkageRecord.Kind.DECISION) {
            return List.of();
        }
        StakeholderId party = record.request().party();
        PartyState state = parties.computeIfAbsent(party, p -> new PartyState());
        Instant at = record.at();
        Alert.RequestedAsset asset = new Alert.RequestedAsset(record.request().project(), record.request().asset());
        List<Alert> raised = new ArrayList<>();
        if (record.outcome() == Decision.Outcome.DENY) {
            Deque<Seen> denials = state.window(state.denials, at, thresholds.burstWindow(), asset);
            if (denials.size() >= thresholds.burstDenials() && state.mayRaise(Alert.Kind.DENIAL_BURST, at,
                    thresholds.burstWindow())) {
                raised.add(raise(Alert.Kind.DENIAL_BURST, party, at, denials, OptionalDouble.empty(),
                        Messages.text("alert.denialBurst", party, denials.size(),
                                thresholds.burstWindow().toMinutes(), thresholds.burstDenials(), record.reason())));
            }
            if (record.flow().isEmpty()) {
                Deque<Seen> outside = state.window(state.outside, at, thresholds.outsideWindow(), asset);
                if (outside.size() >= thresholds.outsideRequests() && state.mayRaise(Alert.Kind.OUTSIDE_AGREEMENTS,
                        at, thresholds.outsideWindow())) {
                    raised.add(raise(Alert.Kind.OUTSIDE_AGREEMENTS, party, at, outside, OptionalDouble.empty(),
                            Messages.text("alert.outsideAgreements", party, outside.size(),
                                    thresholds.outsideWindow().toMinutes(), asset.project(), asset.asset(),
                                    record.request().purpose())));
                }
            }
        }
        volume(state, party, at, asset).ifPresent(raised::add);
        return raised;
    }

    private Optional<Alert> volume(PartyState state, StakeholderId party, Instant at, Alert.RequestedAsset asset) {
        long seconds = thresholds.volumeWindow().toSeconds();
        long window = Math.floorDiv(at.getEpochSecond(), Math.max(1, seconds));
        if (state.firstWindow == null) {
            state.firstWindow = window;
        }
        long count = state.counts.merge(window, 1L, Long::sum);
        state.requested.computeIfAbsent(window, w -> new LinkedHashSet<>()).add(asset);
        state.counts.headMap(window - thresholds.baselineWindows()).clear();
        state.requested.headMap(window).clear();
        long history = window - state.firstWindow;
        if (history < thresholds.minimumHistory() || state.volumeAlertWindow == window) {
            return Optional.empty();
        }
        long span = Math.min(history, thresholds.baselineWindows());
        long total = state.counts.subMap(window - span, window).values().stream().mapToLong(Long::longValue).sum();
        double baseline = (double) total / span;
        if (count <= thresholds.volumeMinimum() || count <= thresholds.volumeFactor() * baseline) {
            return Optional.empty();
        }
        state.volumeAlertWindow = window;
        Instant start = Instant.ofEpochSecond(window * Math.max(1, seconds));
        Alert.Kind volume = Alert.Kind.VOLUME_ABOVE_BASELINE;
        Alert alert = new Alert(Alert.idOf(volume, party, at), volume, party, at, start, count,
                OptionalDouble.of(baseline), List.copyOf(state.requested.get(window)),
                Messages.text("alert.volumeAboveBaseline", party, count, start,
                        String.format(Locale.ROOT, "%.1f", baseline), span, thresholds.volumeFactor(),
                        thresholds.volumeMinimum()));
        alerts.add(alert);
        return Optional.of(alert);
    }

    private Alert raise(Alert.Kind kind, StakeholderId party, Instant at, Deque<Seen> seen, OptionalDouble baseline,
                        String text) {
        List<Alert.RequestedAsset> assets = seen.stream().map(Seen::asset).distinct().toList();
        Alert alert = new Alert(Alert.idOf(kind, party, at), kind, party, at, seen.getFirst().at(), seen.size(),
                baseline, assets, text);
        alerts.add(alert);
        return alert;
    }

    private record Seen(Instant at, Alert.RequestedAsset asset) {
    }

    /** What the monitor remembers of one party: recent denials and out-of-agreement requests, counts per window. */
    private static final class PartyState {
        final Deque<Seen> denials = new ArrayDeque<>();
        final Deque<Seen> outside = new ArrayDeque<>();
        final TreeMap<Long, Long> counts = new TreeMap<>();
        final TreeMap<Long, LinkedHashSet<Alert.RequestedAsset>> requested = new TreeMap<>();
        final Map<Alert.Kind, Instant> lastRaised = new EnumMap<>(Alert.Kind.class);
        Long firstWindow;
        long volumeAlertWindow = Long.MIN_VALUE;

        /** Adds a decision to {@code deque} and forgets those older than {@code window} before {@code at}. */
        Deque<Seen> window(Deque<Seen> deque, Instant at, Duration window, Alert.RequestedAsset asset) {
            deque.addLast(new Seen(at, asset));
            Instant from = at.minus(window);
            while (!deque.isEmpty() && !deque.getFirst().at().isAfter(from)) {
                deque.removeFirst();
            }
            return deque;
        }

        /** Whether no alert of {@code kind} was raised for the party within {@code window} before {@code at}. */
        boolean mayRaise(Alert.Kind kind, Instant at, Duration window) {
            Instant last = lastRaised.get(kind);
            if (last != null && last.isAfter(at.minus(window))) {
                return false;
            }
            lastRaised.put(kind, at);
            return true;
        }
    }
}
