package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.List;
import java.util.OptionalLong;

import io.javalin.http.Context;

import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Ids;

/** Implementation and evaluation (5.5): a project's KPIs and their measurements, and declared changes. */
final class EvaluationResource implements Resource {

    private static final String EVALUATION = "Evaluation";

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    EvaluationResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        String kpis = "/projects/{projectId}/kpis";
        String events = "/projects/{projectId}/events";
        table.get(kpis).id("listKpis", EVALUATION, "List the KPIs of a project, with their measurements")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(ScenarioDocument.Kpi.class))
                .handle(this::listKpis);
        table.get(kpis + "/{kpiId}").id("getKpi", EVALUATION, "Read a KPI of a project, with its measurements")
                .roles(Roles.READERS).returns(200, ScenarioDocument.Kpi.class).handle(this::getKpi);
        table.post(kpis).id("addKpi", EVALUATION, "Add a KPI to a project").roles(Roles.KPI_EDITORS)
                .body(ScenarioDocument.Kpi.class).conditional().returns(201, ScenarioDocument.Kpi.class).errors(409)
                .handle(this::addKpi);
        table.post(kpis + "/{kpiId}/measurements").id("recordMeasurement", EVALUATION,
                        "Record a measurement of a KPI").roles(Roles.MEASURERS).body(ScenarioDocument.Measurement.class)
                .conditional().returns(201, ScenarioDocument.Measurement.class).errors(409)
                .handle(this::recordMeasurement);
        table.get(events).id("listEvents", EVALUATION, "List the changes declared for a project, oldest first")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(ScenarioDocument.Event.class))
                .handle(this::listEvents);
        table.get(events + "/{sequence}").id("getEvent", EVALUATION, "Read one declared change (1 is the first)")
                .roles(Roles.READERS).returns(200, ScenarioDocument.Event.class).handle(this::getEvent);
        table.post(events).id("declareEvent", EVALUATION,
                        "Declare a technology change or a change in citizens' awareness").roles(Roles.EDITORS)
                .body(ScenarioDocument.Event.class).conditional().returns(201, ScenarioDocument.Event.class)
                .errors(409).handle(this::declareEvent);
    }

    private void listKpis(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, page.of(project.governance().kpis().stream().map(projects.writer()::document)
                .toList()), Http.etag(project));
    }

    private void getKpi(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, projects.writer().document(kpi(project, kpiId(ctx, project.id()))),
                Http.etag(project));
    }

    private void listEvents(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, page.of(events(project)), Http.etag(project));
    }

    private void getEvent(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        int sequence = Http.sequence(ctx, "sequence",
                raw -> ProblemText.of("project.event.none", project.id(), raw));
        List<ScenarioDocument.Event> events = events(project);
        if (sequence > events.size()) {
            throw ApiProblem.notFound(ProblemText.of("project.event.count", project.id(), events.size(),
                    sequence));
        }
        Answers.json(ctx, 200, events.get(sequence - 1), Http.etag(project));
    }

    private List<ScenarioDocument.Event> events(GovernanceProject project) {
        List<ScenarioDocument.Event> events = projects.writer().document(project.parts()).events();
        return events == null ? List.of() : events;
    }

    private void addKpi(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        Kpi kpi = bodies.part(ctx, (reader, text) -> reader.kpi(text, Syntax.JSON));
        GovernanceProject project = evaluated(id, version, new EvaluateProject.Input.AddKpi(kpi), caller);
        Answers.created(ctx, "/projects/" + id + "/kpis/" + kpi.id(), projects.writer().document(kpi(project,
                kpi.id())), Http.etag(project));
    }

    private void recordMeasurement(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        projects.visible(ctx, caller);
        KpiId kpiId = kpiId(ctx, id);
        Measurement measurement = bodies.part(ctx, (reader, text) -> reader.measurement(text, Syntax.JSON));
        GovernanceProject project = evaluated(id, version, new EvaluateProject.Input.Measure(kpiId, measurement),
                caller);
        // a measurement has no id of its own: it is kept, and read, with its KPI
        Answers.created(ctx, "/projects/" + id + "/kpis/" + kpiId, new ScenarioDocument.Measurement(
                measurement.on(), measurement.value()), Http.etag(project));
    }

    private void declareEvent(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        ProjectEvent event = bodies.part(ctx, (reader, text) -> reader.event(text, Syntax.JSON));
        GovernanceProject project = evaluated(id, version, new EvaluateProject.Input.Declare(event), caller);
        ScenarioDocument.Event written = projects.writer().document(event);
        int sequence = events(project).lastIndexOf(written) + 1;
        Answers.created(ctx, "/projects/" + id + "/events/" + sequence, written, Http.etag(project));
    }

    private GovernanceProject evaluated(ProjectId id, long version, EvaluateProject.Input input, Caller caller) {
        return value(useCases.evaluateProject().record(new EvaluateProject.Command(id, input,
                ProjectAccess.actor(caller), OptionalLong.of(version))));
    }

    private static KpiId kpiId(Context ctx, ProjectId project) {
        String raw = ctx.pathParam("kpiId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound(ProblemText.of("project.kpi.none", project, raw));
        }
        return KpiId.of(raw);
    }

    private static Kpi kpi(GovernanceProject project, KpiId kpiId) {
        return project.governance().kpis().stream().filter(k -> k.id().equals(kpiId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound(ProblemText.of("project.kpi.none", project.id(),
                        kpiId)));
    }
}
