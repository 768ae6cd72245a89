package org.citygov.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.in.RecordIncidents;
import org.citygov.application.port.in.WatchLinkage;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.access.Role;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.MarketRules;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Result;

/**
 * A stored platform's incidents and the monitoring alerts, for the operator's desk: load the platform the caller may
 * see, let the {@link RegisteredPlatform} change its document, save it with an audit entry naming the caller. The
 * deadlines and impact are the domain's ({@link IncidentReview}); who sees a platform is the same as for its market
 * ({@link PlatformMarketService}'s predicates).
 */
public final class IncidentDeskService implements RecordIncidents {

    private final Platforms platforms;
    private final WatchLinkage monitoring;
    private final HandleIncidents incidents;
    private final Catalogue catalogue;
    private final Clock clock;

    public IncidentDeskService(Platforms platforms, WatchLinkage monitoring, HandleIncidents incidents,
                               Catalogue catalogue, Clock clock) {
        this.platforms = Objects.requireNonNull(platforms, "platforms");
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private MarketRules rules() {
        return MarketRules.defaults(catalogue.edition().version());
    }

    private Result<RegisteredPlatform> visible(PlatformId id, Caller caller) {
        return platforms.find(id).filter(p -> PlatformMarketService.visible(p, caller))
                .<Result<RegisteredPlatform>>map(Result::success)
                .orElseGet(() -> Result.notFound("no platform \"" + id + "\""));
    }

    // ---- changes ----------------------------------------------------------------------------------------------------

    @Override
    public Result<Recorded> record(PlatformId platform, Incident incident, long expectedVersion, Caller caller) {
        return change(platform, expectedVersion, caller, incident.id(), p -> p.recordIncident(incident),
                "recorded incident " + incident.id() + " (" + incident.kind() + " at " + incident.at()
                        + ", detected " + incident.detectedAt() + " by " + incident.detectedBy() + ")");
    }

    @Override
    public Result<Recorded> addEvent(PlatformId platform, IncidentId incident, Incident.StatusEvent event,
                                     long expectedVersion, Caller caller) {
        return change(platform, expectedVersion, caller, incident, p -> p.addIncidentEvent(incident, event),
                "incident " + incident + ": " + event.status() + " at " + event.at());
    }

    @Override
    public Result<Recorded> addNotification(PlatformId platform, IncidentId incident,
                                            Incident.Notification notification, long expectedVersion,
                                            Caller caller) {
        return change(platform, expectedVersion, caller, incident,
                p -> p.addIncidentNotification(incident, notification), "incident " + incident + ": "
                        + notification.kind() + " to " + notification.to().code() + " at " + notification.at());
    }

    @Override
    public Result<Recorded> openFromAlert(PlatformId platform, String alertId, IncidentId incident,
                                          long expectedVersion, Caller caller) {
        return alert(alertId, caller).flatMap(alert -> change(platform, expectedVersion, caller, incident,
                p -> alert.openAsIncident(p.market(), incident, clock.now())
                        .flatMap(market -> p.recordIncident(market.incident(incident).orElseThrow())),
                "opened monitoring alert " + alert.id() + " (" + alert.kind() + " of " + alert.party()
                        + ") as incident " + incident));
    }

    private Result<Recorded> change(PlatformId id, long expectedVersion, Caller caller, IncidentId incident,
                                    Function<RegisteredPlatform, Result<RegisteredPlatform>> change, String summary) {
        return visible(id, caller).flatMap(platform -> {
            if (!PlatformMarketService.manages(platform, caller)) {
                return Result.failure(Result.Reason.FORBIDDEN, "a platform's incidents are recorded by ADMIN and"
                        + " its operator (" + platform.market().platform().operator() + "), not by "
                        + caller.role() + " " + caller.name());
            }
            if (platform.version() != expectedVersion) {
                return Result.stale("platform " + id + " is at version " + platform.version() + ", not "
                        + expectedVersion + "; read it again and reapply the change");
            }
            return change.apply(platform).flatMap(changed -> platforms.save(changed, new Platforms.Change(
                            Actor.of(caller.name()), clock.now(), summary)))
                    .map(saved -> new Recorded(saved, saved.market().incident(incident).orElseThrow()));
        });
    }

    // ---- reading ----------------------------------------------------------------------------------------------------

    @Override
    public Result<Judged> incidents(PlatformId platform, Instant at, Caller caller) {
        return visible(platform, caller).map(p -> new Judged(p, at, judged(p, at).stream()
                .filter(j -> mayFollow(p, j, caller)).toList()));
    }

    @Override
    public List<Judged> everywhere(Instant at, Caller caller) {
        return platforms.all().stream().filter(p -> PlatformMarketService.visible(p, caller))
                .map(p -> new Judged(p, at, judged(p, at).stream().filter(j -> mayFollow(p, j, caller)).toList()))
                .toList();
    }

    @Override
    public Result<JudgedIncident> incident(PlatformId platform, IncidentId incident, Instant at, Caller caller) {
        return incidents(platform, at, caller).flatMap(j -> j.incidents().stream()
                .filter(i -> i.incident().id().equals(incident)).findFirst()
                .<Result<JudgedIncident>>map(Result::success)
                .orElseGet(() -> Result.notFound("platform " + platform + " has no incident \"" + incident
                        + "\" you may see")));
    }

    @Override
    public Result<HandleIncidents.Due> due(PlatformId platform, Instant at, Caller caller) {
        return incidents(platform, at, caller).map(j -> new HandleIncidents.Due(at, j.incidents().stream()
                .flatMap(i -> i.review().pending().stream()
                        .map(d -> new HandleIncidents.Pending(i.incident().id(), d)))
                .sorted(java.util.Comparator.comparing((HandleIncidents.Pending p) ->
                                p.deadline().status() != IncidentReview.DeadlineStatus.OVERDUE)
                        .thenComparing(p -> p.deadline().due()))
                .toList()));
    }

    @Override
    public Result<List<HandleIncidents.ProjectOutcome>> feedBack(PlatformId platform, IncidentId incident,
                                                                 Caller caller) {
        return visible(platform, caller).flatMap(p -> {
            if (!PlatformMarketService.manages(p, caller)) {
                return Result.failure(Result.Reason.FORBIDDEN, "an incident's review is fed back by ADMIN and the"
                        + " platform's operator, not by " + caller.role() + " " + caller.name());
            }
            return incidents.feedBack(p.market(), incident, Actor.of(caller.name()));
        });
    }

    private List<JudgedIncident> judged(RegisteredPlatform platform, Instant at) {
        List<Incident> recorded = platform.market().incidents();
        List<IncidentReview> reviews = platform.market().assess(at, rules()).incidents();
        List<JudgedIncident> judged = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            judged.add(new JudgedIncident(recorded.get(i), reviews.get(i)));
        }
        return judged;
    }

    /** The platform's administrators see every incident; a participant those whose impact names it. */
    private static boolean mayFollow(RegisteredPlatform platform, JudgedIncident incident, Caller caller) {
        return PlatformMarketService.administers(platform, caller)
                || (caller.role() == Role.PROVIDER || caller.role() == Role.USER)
                && PlatformMarketService.participant(caller)
                .filter(incident.review().impact().participants()::contains).isPresent();
    }

    // ---- alerts -----------------------------------------------------------------------------------------------------

    @Override
    public Result<List<Alert>> alerts(Optional<Instant> since, Caller caller) {
        if (!readsAlerts(caller)) {
            return forbiddenAlerts(caller);
        }
        List<Alert> all = since.map(monitoring::alerts).orElseGet(monitoring::alerts);
        return Result.success(all.stream().filter(a -> mayRead(a, caller)).toList());
    }

    @Override
    public Result<Alert> alert(String id, Caller caller) {
        if (!readsAlerts(caller)) {
            return forbiddenAlerts(caller);
        }
        return monitoring.alert(id).flatMap(a -> mayRead(a, caller) ? Result.success(a)
                : Result.notFound("there is no alert \"" + id + "\""));
    }

    private static boolean readsAlerts(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.AUDITOR || caller.role() == Role.OPERATOR;
    }

    private static <T> Result<T> forbiddenAlerts(Caller caller) {
        return Result.failure(Result.Reason.FORBIDDEN, "monitoring alerts are for ADMIN, AUDITOR and platform"
                + " operators, not for " + caller.role());
    }

    /** An operator reads the alerts about participants of the platforms it operates; ADMIN and AUDITOR all. */
    private boolean mayRead(Alert alert, Caller caller) {
        if (caller.role() != Role.OPERATOR) {
            return true;
        }
        ParticipantId party = ParticipantId.of(alert.party().value());
        return PlatformMarketService.participant(caller).filter(operator -> platforms.all().stream()
                .anyMatch(p -> p.operatedBy(operator) && p.market().participant(party).isPresent())).isPresent();
    }
}
