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
            throw ApiProblem.notFound(ProblemText.of("project.none", raw));
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

    /**
     * The project: its parts as the scenario format writes them and its cycle, with its ETag. The JSON of the last
     * projects written is kept with the very project object it was made from, and used again only for that object
     * and the same cycle position (what the step lacks, judged by the edition in use, is worked out on every read): a
     * store that answers unchanged reads from its cache (JdbcProjects) hands back the same immutable object, so
     * repeated reads skip writing the same document again, and anything else is written afresh.
     */
    void write(Context ctx, int status, GovernanceProject project) {
        Rendered held;
        synchronized (rendered) {
            held = rendered.get(project.id());
        }
        Representations.CyclePosition position = position(project);
        byte[] body;
        if (held != null && held.project() == project && held.position().equals(position)) {
            body = held.json();
        } else {
            try {
                body = RestApi.JSON.writeValueAsBytes(representation(project, position));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the response", e);
            }
            synchronized (rendered) {
                rendered.put(project.id(), new Rendered(project, position, body));
            }
        }
        Answers.respond(ctx, status, body, "application/json", Http.etag(project));
    }

    /** A project and its JSON as this API writes it. */
    private record Rendered(GovernanceProject project, Representations.CyclePosition position, byte[] json) {
    }

    /** How many projects' JSON is kept (the most recently written). */
    private static final int RENDERED = 256;

    private final java.util.Map<ProjectId, Rendered> rendered = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<ProjectId, Rendered> eldest) {
            return size() > RENDERED;
        }
    };

    /** Where the project's cycle stands, what it lacks for the next step judged by the edition in use. */
    Representations.CyclePosition position(GovernanceProject project) {
        return Representations.CyclePosition.of(project, useCases.moveCycle().missingForNextStep(project));
    }

    Representations.Project representation(GovernanceProject project) {
        return representation(project, position(project));
    }

    private Representations.Project representation(GovernanceProject project, Representations.CyclePosition position) {
        ScenarioDocument doc = new ScenarioWriter().document(project.parts());
        return new Representations.Project(project.id().value(), project.version(), position, doc.project(),
                doc.services(), doc.stakeholders(), doc.dataAssets(), doc.dataFlows(), doc.rules(), doc.kpis(),
                doc.events(), doc.catalogVersion());
    }
}
