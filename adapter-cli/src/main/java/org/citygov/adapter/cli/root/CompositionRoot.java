package org.citygov.adapter.cli.root;

import org.citygov.adapter.persistence.memory.InMemoryProjects;
import org.citygov.application.port.in.AssessProject;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.in.ViewProjects;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Projects;
import org.citygov.application.service.AssessmentService;
import org.citygov.application.service.ProjectService;

/**
 * The one place that chooses implementations and wires them: out-port adapters into services, services behind the
 * in-ports the commands use. Nothing else in the adapters knows the services' classes.
 */
public final class CompositionRoot {

    private final ProjectService projectService;
    private final AssessmentService assessmentService;

    private CompositionRoot(Projects projects, Clock clock) {
        this.projectService = new ProjectService(projects, clock);
        this.assessmentService = new AssessmentService(projects, clock);
    }

    /** Projects kept in memory for the life of the process: enough for one-shot commands such as assess. */
    public static CompositionRoot inMemory() {
        return new CompositionRoot(new InMemoryProjects(), Clock.system());
    }

    public RegisterProject registerProject() {
        return projectService;
    }

    public ImportScenario importScenario() {
        return projectService;
    }

    public ViewProjects viewProjects() {
        return projectService;
    }

    public ChangeProject changeProject() {
        return projectService;
    }

    public RecordEngagement recordEngagement() {
        return projectService;
    }

    public MoveCycle moveCycle() {
        return projectService;
    }

    public AssessProject assessProject() {
        return assessmentService;
    }
}
