package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/** A project's governance cycle (4.2): where it stands, its recorded moves, moving it, triggered revisions (5.5). */
final class CycleResource implements Resource {

    private static final String CYCLE = "Governance cycle";

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    CycleResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/projects/{projectId}/cycle").id("getCycle", CYCLE, "Read where a project's governance cycle stands")
                .roles(Roles.READERS).returns(200, "Cycle").handle(this::get);
        table.get("/projects/{projectId}/cycle/transitions").id("listTransitions", CYCLE,
                        "List the recorded moves of a project's cycle").roles(Roles.READERS).paged()
                .returns(200, "TransitionPage").handle(this::listTransitions);
        table.post("/projects/{projectId}/cycle/transitions").id("moveCycle", CYCLE,
                        "Move a project's cycle to its next step or a new revision").roles(Roles.EDITORS)
                .body("CycleMove").conditional().returns(201, "Cycle").errors(409).handle(this::move);
        table.post("/projects/{projectId}/cycle/revisions-from-triggers").id("reviseFromTriggers", CYCLE,
                        "Start a new revision when a KPI breach, a new catalogue edition or a declared change calls"
                                + " for one").roles(Roles.EDITORS).conditional().returns(201, "Cycle").errors(409)
                .handle(this::reviseFromTriggers);
    }

    private void get(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, Representations.Cycle.of(project, useCases.moveCycle().missingForNextStep(project)), Http.etag(project));
    }

    private void listTransitions(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        var history = project.cycle().history();
        List<Representations.Transition> all = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            all.add(Representations.Transition.of(i + 1, history.get(i)));
        }
        Answers.json(ctx, 200, page.of(all), Http.etag(project));
    }

    private void move(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        Representations.CycleMove move = bodies.read(ctx, Representations.CycleMove.class);
        GovernanceProject project = value(useCases.moveCycle().move(new MoveCycle.Command(id, move.direction(),
                ProjectAccess.actor(caller), move.reason(), OptionalLong.of(version))));
        Answers.json(ctx, 201, Representations.Cycle.of(project, useCases.moveCycle().missingForNextStep(project)), Http.etag(project));
    }

    private void reviseFromTriggers(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        GovernanceProject project = value(useCases.evaluateProject().reviseIfTriggered(id,
                ProjectAccess.actor(caller), OptionalLong.of(version)));
        Answers.json(ctx, 201, Representations.Cycle.of(project, useCases.moveCycle().missingForNextStep(project)), Http.etag(project));
    }
}
