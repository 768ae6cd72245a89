package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.javalin.http.Context;

import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * A project's governance cycle (4.2): where it stands, its recorded moves, moving it, triggered revisions (5.5). A
 * move creates a transition: it answers 201 with the transition and where it is kept; a refused move is a 409 whose
 * {@code missing} lists what the project lacks, each with its path.
 */
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
        String transitions = "/projects/{projectId}/cycle/transitions";
        table.get("/projects/{projectId}/cycle").id("getCycle", CYCLE, "Read where a project's governance cycle stands")
                .roles(Roles.READERS).returns(200, Representations.CyclePosition.class).handle(this::get);
        table.get(transitions).id("listTransitions", CYCLE, "List the recorded moves of a project's cycle")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(Representations.Transition.class))
                .handle(this::listTransitions);
        table.get(transitions + "/{sequence}").id("getTransition", CYCLE, "Read one recorded move of a project's"
                        + " cycle (1 is the registration)").roles(Roles.READERS)
                .returns(200, Representations.Transition.class).handle(this::getTransition);
        table.post(transitions).id("moveCycle", CYCLE, "Move a project's cycle to its next step or a new revision")
                .roles(Roles.EDITORS).body(Representations.CycleMove.class).conditional()
                .returns(201, Representations.Transition.class).errors(409).handle(this::move);
        table.post("/projects/{projectId}/cycle/revisions-from-triggers").id("reviseFromTriggers", CYCLE,
                        "Start a new revision when a KPI breach, a new catalogue edition or a declared change calls"
                                + " for one").roles(Roles.EDITORS).conditional()
                .returns(201, Representations.Transition.class).errors(409).handle(this::reviseFromTriggers);
    }

    private void get(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, projects.position(project), Http.etag(project));
    }

    private static List<Representations.Transition> transitions(GovernanceProject project) {
        List<CycleTransition> history = project.cycle().history();
        List<Representations.Transition> all = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            all.add(Representations.Transition.of(i + 1, history.get(i)));
        }
        return all;
    }

    private void listTransitions(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, page.of(transitions(project)), Http.etag(project));
    }

    private void getTransition(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        int sequence = Http.sequence(ctx, "sequence",
                raw -> ProblemText.of("project.move.none", project.id(), raw));
        List<Representations.Transition> all = transitions(project);
        if (sequence > all.size()) {
            throw ApiProblem.notFound(ProblemText.of("project.move.count", project.id(), all.size(), sequence));
        }
        Answers.json(ctx, 200, all.get(sequence - 1), Http.etag(project));
    }

    private void move(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        Representations.CycleMove move = bodies.read(ctx, Representations.CycleMove.class);
        created(ctx, value(useCases.moveCycle().move(new MoveCycle.Command(id, move.direction(),
                ProjectAccess.actor(caller), move.reason(), OptionalLong.of(version)))));
    }

    private void reviseFromTriggers(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        created(ctx, value(useCases.evaluateProject().reviseIfTriggered(id, ProjectAccess.actor(caller),
                OptionalLong.of(version))));
    }

    /** 201 with the move just recorded, the last of the project's transitions. */
    private static void created(Context ctx, GovernanceProject project) {
        List<Representations.Transition> all = transitions(project);
        Answers.created(ctx, "/projects/" + project.id() + "/cycle/transitions/" + all.size(), all.getLast(),
                Http.etag(project));
    }
}
