package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.List;

import io.javalin.http.Context;

import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.domain.platform.RegisteredPlatform;

/**
 * Stored data platforms (MARKET.md): registered from their {@code citygov-platform/1} document, listed as the caller
 * may see them, read whole (document, version, withdrawn offers) by their administrators, and their audit trail.
 */
final class PlatformResource implements Resource {

    private final UseCases useCases;
    private final Bodies bodies;

    PlatformResource(UseCases useCases, Bodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RouteTable table) {
        String tag = PlatformAssessmentResource.PLATFORMS;
        table.get("/platforms").id("listPlatforms", tag, "List the stored platforms the caller takes part in or"
                        + " administers").roles(Roles.PLATFORM_READERS).paged().returns(200, PlatformRepresentations.PlatformSummaryPage.class)
                .handle(this::list);
        table.post("/platforms").id("registerPlatform", tag, "Register a platform described by its"
                        + " citygov-platform/1 document").roles(Roles.PLATFORM_REGISTRARS).body(PlatformDocument.class)
                .returns(201, PlatformRepresentations.StoredPlatform.class).errors(409).handle(this::register);
        table.get("/platforms/{platformId}").id("getPlatform", tag, "Read a stored platform: its document, version"
                        + " and withdrawn offers").roles(Roles.PLATFORM_ADMINISTRATORS).returns(200, PlatformRepresentations.StoredPlatform.class)
                .handle(this::get);
        table.get("/platforms/{platformId}/history").id("getPlatformHistory", tag, "Read a platform's audit trail:"
                        + " who changed it, when, what").roles(Roles.PLATFORM_ADMINISTRATORS).paged()
                .returns(200, PlatformRepresentations.HistoryPage.class).handle(this::history);
        table.get("/platforms/{platformId}/report").id("getPlatformReport", tag, "Read a stored platform's"
                        + " assessment as one self-contained HTML document with its SVG figures (participants x duty"
                        + " layers, incident deadlines; no script)").roles(Roles.PLATFORM_ADMINISTRATORS).returnsHtml()
                .query("lang", false, Operation.QueryType.LANGUAGE, "The report's language (default: the"
                        + " Accept-Language header's, else en)")
                .query("at", false, Operation.QueryType.INSTANT, "The instant everything that depends on time is"
                        + " judged at (default: now)")
                .handle(this::report);
    }

    private void report(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        java.time.Instant at = query.instant("at", null);
        query.check();
        org.citygov.application.report.i18n.Language language = ReportResource.language(ctx);
        org.citygov.domain.platform.RegisteredPlatform platform = value(useCases.platforms().view()
                .get(PlatformAccess.id(ctx), caller));
        org.citygov.domain.platform.PlatformAssessment assessment = at == null
                ? useCases.platforms().assess().assess(platform.market())
                : useCases.platforms().assess().assess(platform.market(), at);
        ReportResource.text(ctx, org.citygov.application.report.html.PlatformReport.render(assessment,
                org.citygov.application.report.i18n.Labels.of(language)), "text/html; charset=utf-8", language);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Representations.Page<PlatformRepresentations.PlatformSummary> items = page.of(useCases.platforms().view()
                .list(caller).stream().map(PlatformRepresentations.PlatformSummary::of).toList());
        Answers.json(ctx, 200, new PlatformRepresentations.PlatformSummaryPage(items.items(), items.offset(),
                items.limit(), items.total()));
    }

    private void register(Context ctx, Caller caller) {
        RegisteredPlatform platform = value(useCases.platforms().register().register(bodies.platform(ctx), caller));
        ctx.header("Location", "/platforms/" + platform.id());
        PlatformAccess.write(ctx, 201, platform);
    }

    private void get(Context ctx, Caller caller) {
        PlatformAccess.write(ctx, 200, value(useCases.platforms().view().get(PlatformAccess.id(ctx), caller)));
    }

    private void history(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        List<PlatformRepresentations.HistoryEntry> entries = value(useCases.platforms().view()
                .history(PlatformAccess.id(ctx), caller)).stream().map(PlatformRepresentations.HistoryEntry::of)
                .toList();
        Representations.Page<PlatformRepresentations.HistoryEntry> items = page.of(entries);
        Answers.json(ctx, 200, new PlatformRepresentations.HistoryPage(items.items(), items.offset(), items.limit(),
                items.total()));
    }
}
