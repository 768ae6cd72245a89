package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.time.Instant;
import java.util.Optional;

import io.javalin.http.Context;

import org.citygov.application.input.Syntax;
import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.in.RecordIncidents;
import org.citygov.application.platform.PlatformDocument;
import org.citygov.domain.platform.Incident;
import org.citygov.domain.platform.IncidentId;
import org.citygov.domain.platform.PlatformId;

/**
 * A stored platform's security incidents (issue 13, MARKET.md "Incidents"): recorded in the platform's document,
 * step by step, each change a save with its audit entry naming the caller; listed and read as they stand at an instant
 * ({@code ?at=}, default now); what is due; a reviewed incident fed back into the governance projects; and a
 * monitoring alert opened as an incident in one step. Which incidents a token sees is the use case's
 * ({@link RecordIncidents}): a participant only those that affect it, another is 404.
 */
final class IncidentResource implements Resource {

    static final String INCIDENTS = "Incidents and monitoring";

    private final UseCases useCases;
    private final Bodies bodies;
    private final PlatformLoader loader = new PlatformLoader();

    IncidentResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        String at = "Judge at this instant (ISO-8601, e.g. 2026-06-27T06:00:00Z); default: now";
        table.get("/platforms/{platformId}/incidents").id("listPlatformIncidents", INCIDENTS, "List a platform's"
                        + " incidents the caller may see, each with its deadlines, impact and findings at an instant")
                .roles(Roles.INCIDENT_READERS).paged().query("at", false, Operation.QueryType.INSTANT, at)
                .returns(200, Representations.pageOf(IncidentRepresentations.IncidentItem.class)).handle(this::list);
        table.post("/platforms/{platformId}/incidents").id("recordPlatformIncident", INCIDENTS, "Record an incident"
                        + " in the document's shape (MARKET.md incidents[i]); the platform's version changes")
                .roles(Roles.INCIDENT_RECORDERS).body(PlatformDocument.Incident.class).conditional()
                .returns(201, IncidentRepresentations.IncidentItem.class).errors(409).handle(this::record);
        table.get("/platforms/{platformId}/incidents/{incidentId}").id("getPlatformIncident", INCIDENTS, "Read an"
                        + " incident with its deadlines, impact and findings at an instant")
                .roles(Roles.INCIDENT_READERS).query("at", false, Operation.QueryType.INSTANT, at)
                .returns(200, IncidentRepresentations.IncidentItem.class).handle(this::get);
        table.post("/platforms/{platformId}/incidents/{incidentId}/events").id("addPlatformIncidentEvent",
                        INCIDENTS, "Add a step (TRIAGED, CONTAINED, RECOVERED, CLOSED, REVIEWED, in that order) to"
                                + " an incident").roles(Roles.INCIDENT_RECORDERS).body(PlatformDocument.Event.class)
                .conditional().returns(201, IncidentRepresentations.IncidentItem.class).errors(409)
                .handle(this::addEvent);
        table.post("/platforms/{platformId}/incidents/{incidentId}/notifications")
                .id("addPlatformIncidentNotification", INCIDENTS, "Add a notification made (to a participant, the"
                        + " PPC or the persons concerned) to an incident").roles(Roles.INCIDENT_RECORDERS)
                .body(PlatformDocument.Notification.class).conditional()
                .returns(201, IncidentRepresentations.IncidentItem.class).errors(409).handle(this::addNotification);
        table.post("/platforms/{platformId}/incidents/{incidentId}/feedback").id("feedBackPlatformIncident",
                        INCIDENTS, "Send the governance projects whose data a REVIEWED incident touched back to risk"
                                + " analysis (409 while it is not reviewed)").roles(Roles.INCIDENT_RECORDERS)
                .returns(200, IncidentRepresentations.FeedBack.class).errors(409).handle(this::feedBack);
        table.get("/platforms/{platformId}/due-notifications").id("listPlatformDueNotifications", INCIDENTS,
                        "List the incident notifications not yet made at an instant, OVERDUE first")
                .roles(Roles.INCIDENT_READERS).query("at", false, Operation.QueryType.INSTANT, at)
                .returns(200, IncidentRepresentations.DueList.class).handle(this::due);
        table.post("/platforms/{platformId}/alert-incidents").id("openPlatformIncidentFromAlert", INCIDENTS,
                        "Open a monitoring alert as a TRIAGED incident of the platform, in one step")
                .roles(Roles.INCIDENT_RECORDERS).body(IncidentRepresentations.AlertIncidentRequest.class)
                .conditional().returns(201, IncidentRepresentations.IncidentItem.class).errors(409)
                .handle(this::openFromAlert);
    }

    private static Instant at(Context ctx) {
        Http.Query query = new Http.Query(ctx);
        Instant at = query.instant("at", Instant.now());
        query.check();
        return at;
    }

    private static IncidentId incidentId(Context ctx) {
        return IncidentId.of(PlatformAccess.pathId(ctx, "incidentId", "incident"));
    }

    private RecordIncidents incidents() {
        return useCases.platforms().incidents();
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Instant at = at(ctx);
        RecordIncidents.Judged judged = value(incidents().incidents(PlatformAccess.id(ctx), at, caller));
        Answers.json(ctx, 200, page.of(judged.incidents().stream()
                .map(i -> IncidentRepresentations.IncidentItem.of(judged, i)).toList()));
    }

    private void get(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        IncidentId incident = incidentId(ctx);
        Instant at = at(ctx);
        RecordIncidents.Judged judged = value(incidents().incidents(id, at, caller));
        RecordIncidents.JudgedIncident one = judged.incidents().stream()
                .filter(i -> i.incident().id().equals(incident)).findFirst()
                .orElseGet(() -> value(incidents().incident(id, incident, at, caller)));
        Answers.json(ctx, 200, IncidentRepresentations.IncidentItem.of(judged, one));
    }

    private void record(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        long version = PlatformAccess.version(ctx, id);
        Incident incident = Answers.parsed(loader.incident(bodies.text(ctx), Syntax.JSON));
        created(ctx, caller, value(incidents().record(id, incident, version, caller)));
    }

    private void addEvent(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        IncidentId incident = incidentId(ctx);
        long version = PlatformAccess.version(ctx, id);
        Incident.StatusEvent event = Answers.parsed(loader.incidentEvent(bodies.text(ctx), Syntax.JSON));
        created(ctx, caller, value(incidents().addEvent(id, incident, event, version, caller)));
    }

    private void addNotification(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        IncidentId incident = incidentId(ctx);
        long version = PlatformAccess.version(ctx, id);
        Incident.Notification notification = Answers.parsed(loader.incidentNotification(bodies.text(ctx),
                Syntax.JSON));
        created(ctx, caller, value(incidents().addNotification(id, incident, notification, version, caller)));
    }

    private void openFromAlert(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        long version = PlatformAccess.version(ctx, id);
        IncidentRepresentations.AlertIncidentRequest body = bodies.read(ctx,
                IncidentRepresentations.AlertIncidentRequest.class);
        created(ctx, caller, value(incidents().openFromAlert(id, body.alert(), IncidentId.of(body.id()), version,
                caller)));
    }

    /** 201: the incident as it stands now, where it lives, and the platform's new ETag. */
    private void created(Context ctx, Caller caller, RecordIncidents.Recorded recorded) {
        Instant now = Instant.now();
        RecordIncidents.JudgedIncident judged = value(incidents().incident(recorded.platform().id(),
                recorded.incident().id(), now, caller));
        Answers.created(ctx, "/platforms/" + recorded.platform().id() + "/incidents/" + recorded.incident().id(),
                IncidentRepresentations.IncidentItem.of(new RecordIncidents.Judged(recorded.platform(), now,
                        java.util.List.of(judged)), judged), Http.etag(recorded.platform()));
    }

    private void feedBack(Context ctx, Caller caller) {
        bodies.none(ctx);
        PlatformId id = PlatformAccess.id(ctx);
        IncidentId incident = incidentId(ctx);
        Answers.json(ctx, 200, new IncidentRepresentations.FeedBack(id.value(), incident.value(),
                value(incidents().feedBack(id, incident, caller)).stream()
                        .map(IncidentRepresentations.ProjectOutcome::of).toList()));
    }

    private void due(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        HandleIncidents.Due due = value(incidents().due(id, at(ctx), caller));
        Answers.json(ctx, 200, new IncidentRepresentations.DueList(id.value(), due.at(), due.anythingOverdue(),
                due.pending().stream().map(IncidentRepresentations.DueNotification::of).toList()));
    }

    /** The optional {@code since} query parameter of the alert list ({@link AlertResource}). */
    static Optional<Instant> since(Context ctx) {
        Http.Query query = new Http.Query(ctx);
        Instant since = query.instant("since", null);
        query.check();
        return Optional.ofNullable(since);
    }
}
