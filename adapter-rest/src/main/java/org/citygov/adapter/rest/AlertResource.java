package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.shared.Ids;

/**
 * The monitoring alerts (issue 13): what the linkage monitor raised about a party of the decision stream, oldest
 * first, optionally from an instant. ADMIN and AUDITOR read every alert, an OPERATOR those about the participants of
 * the platforms it operates ({@link org.citygov.application.port.in.RecordIncidents}).
 */
final class AlertResource implements Resource {

    private final UseCases useCases;

    AlertResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void addTo(RouteTable table) {
        String tag = IncidentResource.INCIDENTS;
        table.get("/alerts").id("listAlerts", tag, "List the monitoring alerts the caller may see, oldest first")
                .roles(Roles.ALERT_READERS).paged()
                .query("since", false, Operation.QueryType.INSTANT, "Only alerts raised at or after this instant")
                .returns(200, Representations.pageOf(IncidentRepresentations.AlertItem.class)).handle(this::list);
        table.get("/alerts/{alertId}").id("getAlert", tag, "Read one monitoring alert").roles(Roles.ALERT_READERS)
                .returns(200, IncidentRepresentations.AlertItem.class).handle(this::get);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Answers.json(ctx, 200, page.of(value(useCases.platforms().incidents().alerts(IncidentResource.since(ctx),
                caller)).stream().map(IncidentRepresentations.AlertItem::of).toList()));
    }

    private void get(Context ctx, Caller caller) {
        String id = ctx.pathParam("alertId");
        if (!Ids.isKebabCase(id) || id.length() > 400) {
            throw ApiProblem.notFound(ProblemText.of("alert.none", id));
        }
        Answers.json(ctx, 200, IncidentRepresentations.AlertItem.of(value(useCases.platforms().incidents()
                .alert(id, caller))));
    }
}
