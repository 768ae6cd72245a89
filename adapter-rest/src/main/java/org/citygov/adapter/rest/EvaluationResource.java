package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.OptionalLong;

import io.javalin.http.Context;

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
        table.post("/projects/{projectId}/kpis").id("addKpi", EVALUATION, "Add a KPI to a project")
                .roles(Roles.KPI_EDITORS).body("Kpi").conditional().returns(201, "Kpi").errors(409)
                .handle(this::addKpi);
        table.post("/projects/{projectId}/kpis/{kpiId}/measurements").id("recordMeasurement", EVALUATION,
                        "Record a measurement of a KPI").roles(Roles.MEASURERS).body("Measurement").conditional()
                .returns(201, "Kpi").errors(409).handle(this::recordMeasurement);
        table.post("/projects/{projectId}/events").id("declareEvent", EVALUATION,
                        "Declare a technology change or a change in citizens' awareness").roles(Roles.EDITORS)
                .body("Event").conditional().returns(201, "Event").errors(409).handle(this::declareEvent);
    }

    private void addKpi(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        Kpi kpi = bodies.part(ctx, (reader, text) -> reader.kpi(text, Syntax.JSON));
        GovernanceProject project = evaluated(id, version, new EvaluateProject.Input.AddKpi(kpi), caller);
        ctx.header("Location", "/projects/" + id + "/kpis/" + kpi.id());
        kpi(ctx, project, kpi.id());
    }

    private void recordMeasurement(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        projects.visible(ctx, caller);
        String raw = ctx.pathParam("kpiId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound("project \"" + id + "\" has no KPI \"" + raw + "\"");
        }
        KpiId kpiId = KpiId.of(raw);
        Measurement measurement = bodies.part(ctx, (reader, text) -> reader.measurement(text, Syntax.JSON));
        GovernanceProject project = evaluated(id, version, new EvaluateProject.Input.Measure(kpiId, measurement),
                caller);
        kpi(ctx, project, kpiId);
    }

    private void declareEvent(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        ProjectEvent event = bodies.part(ctx, (reader, text) -> reader.event(text, Syntax.JSON));
        GovernanceProject project = evaluated(id, version, new EvaluateProject.Input.Declare(event), caller);
        Answers.json(ctx, 201, projects.writer().document(event), Http.etag(project));
    }

    private GovernanceProject evaluated(ProjectId id, long version, EvaluateProject.Input input, Caller caller) {
        return value(useCases.evaluateProject().record(new EvaluateProject.Command(id, input,
                ProjectAccess.actor(caller), OptionalLong.of(version))));
    }

    private void kpi(Context ctx, GovernanceProject project, KpiId kpiId) {
        Kpi kpi = project.governance().kpis().stream().filter(k -> k.id().equals(kpiId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("KPI " + kpiId + " is not in project " + project.id()
                        + " after changing it"));
        Answers.json(ctx, 201, projects.writer().document(kpi), Http.etag(project));
    }
}
