package org.citygov.adapter.rest;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.scenario.ScenarioWriter;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Ids;

/**
 * What every route under {@code /projects/{projectId}} shares: the project named in the path as the caller may see it,
 * the version {@code If-Match} names, and the project as the API writes it.
 */
final class ProjectAccess {

    private final UseCases useCases;
    private final ScenarioWriter writer = new ScenarioWriter();

    ProjectAccess(UseCases useCases) {
        this.useCases = useCases;
    }

    /** The project id in the path; 404 for one that cannot be an id. */
    static ProjectId id(Context ctx) {
        String raw = ctx.pathParam("projectId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound("no project \"" + raw + "\"");
        }
        return ProjectId.of(raw);
    }

    /** The version of the project in the path that {@code If-Match} names (428 without it, 412 for another). */
    static long version(Context ctx, ProjectId id) {
        return Http.ifMatchVersion(ctx, id);
    }

    /** The project in the path, if the caller may see it; 404 when it does not exist or may not. */
    GovernanceProject visible(Context ctx, Caller caller) {
        return Answers.value(useCases.viewProjects().get(id(ctx), caller));
    }

    static Actor actor(Caller caller) {
        return Actor.of(caller.name());
    }

    ScenarioWriter writer() {
        return writer;
    }

    /** The project: its parts as the scenario format writes them and its cycle, with its ETag. */
    void write(Context ctx, int status, GovernanceProject project) {
        Answers.json(ctx, status, representation(project), Http.etag(project));
    }

    /** Where the project's cycle stands, what it lacks for the next step judged by the edition in use. */
    Representations.CyclePosition position(GovernanceProject project) {
        return Representations.CyclePosition.of(project, useCases.moveCycle().missingForNextStep(project));
    }

    Representations.Project representation(GovernanceProject project) {
        ScenarioDocument doc = new ScenarioWriter().document(project.parts());
        return new Representations.Project(project.id().value(), project.version(), position(project), doc.project(),
                doc.services(), doc.stakeholders(), doc.dataAssets(), doc.dataFlows(), doc.rules(), doc.kpis(),
                doc.events(), doc.catalogVersion());
    }
}
