package org.citygov.adapter.rest;

import java.nio.charset.StandardCharsets;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.report.publish.DpvRecord;
import org.citygov.application.report.publish.PublicPage;
import org.citygov.domain.disclosure.PublicDisclosure;
import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * Public disclosure (5.4 (2)): an ADMIN marks a project's public page published, recorded with who did it; from then
 * on anyone, without a token, reads it at {@code /public/projects/{projectId}} — HTML, or the DPV record of processing
 * (JSON-LD) with {@code Accept: application/json}. An unpublished or unknown project is 404 alike.
 */
final class PublicationResource implements Resource {

    private static final String PUBLIC = "Public disclosure";

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    PublicationResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        table.post("/projects/{projectId}/publication").id("publishProject", PUBLIC, "Mark a project's public page"
                        + " published (who and when are recorded); it is then served without a token")
                .roles(Roles.PUBLISHERS).returns(201, Representations.PublicationMark.class).handle(this::publish);
        table.get("/public/projects/{projectId}").id("getPublicProject", PUBLIC, "Read a published project's public"
                        + " page: privacy notices per purpose, the data policy, and the results its transparency"
                        + " rules promise; with Accept: application/json its record of processing (W3C DPV JSON-LD)")
                .open().returnsHtml().alsoJson(Object.class)
                .query("lang", false, Operation.QueryType.LANGUAGE, "The page's language (default: the"
                        + " Accept-Language header's, else en)")
                .handle(this::read);
    }

    private void publish(Context ctx, Caller caller) {
        bodies.none(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        Publication publication = Answers.value(useCases.publishProject().markPublished(project.id(),
                ProjectAccess.actor(caller)));
        Answers.created(ctx, "/public/projects/" + project.id(), new Representations.PublicationMark(
                publication.project().value(), publication.by().name(), publication.at().toString()), null);
    }

    private void read(Context ctx, Caller caller) {
        Language language = ReportResource.language(ctx);
        ProjectId id = ProjectAccess.id(ctx);
        PublicDisclosure disclosure = Answers.value(useCases.publishProject().publishedDisclosure(id));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            byte[] json = DpvRecord.jsonLd(disclosure, "urn:citygov:project:" + id).getBytes(StandardCharsets.UTF_8);
            ctx.header("Vary", "Accept, Accept-Language");
            Answers.respond(ctx, 200, json, "application/json", Http.weakEtag(json));
            return;
        }
        ctx.header("Vary", "Accept, Accept-Language");
        ReportResource.text(ctx, PublicPage.render(disclosure, Labels.of(language),
                "?lang=" + (language == Language.JA ? "en" : "ja"), null), "text/html; charset=utf-8", language);
    }
}
