package org.citygov.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.report.figures.Figure;
import org.citygov.application.report.i18n.Language;
import org.citygov.domain.project.GovernanceProject;

/**
 * A project's governance report as one HTML document (its figures inline) and each figure on its own as SVG, in the
 * language of {@code ?lang=} or else of {@code Accept-Language} (English by default). Readers of the project only.
 */
final class ReportResource implements Resource {

    private static final String REPORTS = "Reports";
    static final String SVG = "image/svg+xml";

    private final UseCases useCases;
    private final ProjectAccess projects;

    ReportResource(UseCases useCases, ProjectAccess projects) {
        this.useCases = useCases;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/projects/{projectId}/report").id("getReport", REPORTS, "Read a project's governance report:"
                        + " one self-contained HTML document with its SVG figures (no script, print-friendly)")
                .roles(Roles.READERS).returnsHtml()
                .query("lang", false, Operation.QueryType.LANGUAGE, "The report's language (default: the"
                        + " Accept-Language header's, else en)")
                .handle(this::report);
        table.get("/projects/{projectId}/figures/{figure}").id("getFigure", REPORTS, "Read one figure of a"
                        + " project's report as SVG: stakeholder-map.svg, data-flows.svg, risk-heat-map.svg or"
                        + " kpi-<id>.svg")
                .roles(Roles.READERS).returnsType(SVG)
                .query("lang", false, Operation.QueryType.LANGUAGE, "The figure's language (default: the"
                        + " Accept-Language header's, else en)")
                .handle(this::figure);
    }

    private void report(Context ctx, Caller caller) {
        Language language = language(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        String html = Answers.value(useCases.reportProject().report(project.id(), language)).html();
        text(ctx, html, "text/html; charset=utf-8", language);
    }

    private void figure(Context ctx, Caller caller) {
        Language language = language(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        String name = ctx.pathParam("figure");
        if (!name.endsWith(".svg")) {
            throw ApiProblem.notFound(ProblemText.of("figure.name", name));
        }
        Figure figure = Answers.value(useCases.reportProject().figure(project.id(),
                name.substring(0, name.length() - ".svg".length()), language));
        text(ctx, figure.document(), SVG + "; charset=utf-8", language);
    }

    /** {@code ?lang=} (400 for anything but en or ja), else the first language of {@code Accept-Language}. */
    static Language language(Context ctx) {
        if (ctx.queryParam("lang") != null) {
            Http.Query query = new Http.Query(ctx);
            Language chosen = query.language("lang") == org.citygov.application.port.in.ViewCatalogue.Language.JA
                    ? Language.JA : Language.EN;
            query.check();
            return chosen;
        }
        String accepted = ctx.header("Accept-Language");
        if (accepted == null || accepted.isBlank()) {
            return Language.EN;
        }
        return Language.fromTag(accepted.split(",", 2)[0].split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .orElse(Language.EN);
    }

    static void text(Context ctx, String body, String type, Language language) {
        ctx.header("Content-Language", language.tag());
        ctx.header("Content-Security-Policy", org.citygov.application.report.html.HtmlPage.CONTENT_SECURITY_POLICY);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Answers.respond(ctx, 200, bytes, type, Http.weakEtag(bytes));
    }
}
