package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.report.AssessmentDocument;
import org.citygov.domain.project.GovernanceProject;

/** Assessments: of a registered project, or of a scenario sent in the body (nothing is stored). */
final class AssessmentResource implements Resource {

    private static final String ASSESSMENTS = "Assessments";

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    AssessmentResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/projects/{projectId}/assessment").id("assessProject", ASSESSMENTS, "Assess a registered project")
                .roles(Roles.READERS).returns(200, AssessmentDocument.class).handle(this::assessProject);
        table.post("/assessments").id("assessScenario", ASSESSMENTS, "Assess a scenario without storing it")
                .roles(Roles.ASSESSORS).body(ScenarioDocument.class).returns(200, AssessmentDocument.class)
                .handle(this::assessScenario);
    }

    private void assessProject(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, AssessmentDocument.of(value(useCases.assessProject().assess(project.id()))),
                Http.etag(project));
    }

    private void assessScenario(Context ctx, Caller caller) {
        Answers.json(ctx, 200, AssessmentDocument.of(value(useCases.assessProject().assess(
                bodies.scenario(ctx).parts()))));
    }
}
