package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.time.Instant;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ViewHistory;
import org.citygov.domain.project.GovernanceProject;

/** A project's audit trail: every saved version, who made it, when, why. */
final class HistoryResource implements Resource {

    private static final String HISTORY = "History";

    private final UseCases useCases;
    private final ProjectAccess projects;

    HistoryResource(UseCases useCases, ProjectAccess projects) {
        this.useCases = useCases;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/projects/{projectId}/history").id("listHistory", HISTORY, "Read a project's audit trail")
                .roles(Roles.HISTORY_READERS).paged()
                .query("from", false, Operation.QueryType.INSTANT, "Entries at or after this instant (default: all)")
                .query("to", false, Operation.QueryType.INSTANT, "Entries before this instant (default: all)")
                .returns(200, Representations.pageOf(Representations.HistoryEntry.class)).handle(this::list);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.Query query = new Http.Query(ctx);
        Instant from = query.instant("from", Instant.MIN);
        Instant to = query.instant("to", Instant.MAX);
        query.check();
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, page.of(value(useCases.viewHistory().history(new ViewHistory.Query(project.id(),
                from, to))).stream().map(Representations.HistoryEntry::of).toList()));
    }
}
