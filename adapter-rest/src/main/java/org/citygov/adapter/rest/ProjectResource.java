package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.input.Syntax;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/** Projects: listed (as the caller may see them), registered from a scenario, read, their overview revised. */
final class ProjectResource implements Resource {

    private static final String PROJECTS = "Projects";

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    ProjectResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/projects").id("listProjects", PROJECTS, "List projects").roles(Roles.READERS).paged()
                .returns(200, Representations.pageOf(Representations.ProjectSummary.class)).handle(this::list);
        table.post("/projects").id("registerProject", PROJECTS, "Register a project described by a scenario")
                .roles(Roles.EDITORS).body(ScenarioDocument.class).returns(201, Representations.Project.class)
                .errors(409).handle(this::register);
        table.get("/projects/{projectId}").id("getProject", PROJECTS, "Read a project").roles(Roles.READERS)
                .returns(200, Representations.Project.class).handle(this::get);
        table.put("/projects/{projectId}/overview").id("reviseOverview", PROJECTS, "Revise a project's overview")
                .roles(Roles.EDITORS).body(ScenarioDocument.Project.class).conditional()
                .returns(200, ScenarioDocument.Project.class).errors(409)
                .handle(this::reviseOverview);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Answers.json(ctx, 200, page.of(useCases.viewProjects().list(caller).stream()
                .map(p -> Representations.ProjectSummary.of(p, projects.position(p))).toList()));
    }

    private void register(Context ctx, Caller caller) {
        GovernanceProject project = value(useCases.importScenario().importScenario(new ImportScenario.Command(
                bodies.scenario(ctx), ProjectAccess.actor(caller), caller.role())));
        ctx.header("Location", "/projects/" + project.id());
        projects.write(ctx, 201, project);
    }

    private void get(Context ctx, Caller caller) {
        projects.write(ctx, 200, projects.visible(ctx, caller));
    }

    private void reviseOverview(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        var overview = bodies.part(ctx, (reader, text) -> reader.overview(text, Syntax.JSON));
        GovernanceProject changed = value(useCases.changeProject().change(new ChangeProject.Command(id,
                new ChangeProject.Change.ReviseOverview(overview), ProjectAccess.actor(caller),
                java.util.OptionalLong.of(version))));
        Answers.json(ctx, 200, projects.writer().document(changed.parts()).project(), Http.etag(changed));
    }
}
