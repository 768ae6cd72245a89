package org.citygov.application.service;

import java.util.List;
import java.util.Objects;

import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.in.ViewProjects;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.shared.Violation;

/**
 * Runs the project use cases against the {@link Projects} store. The decisions are the aggregate's: this class only
 * loads, delegates, stamps the time and saves.
 */
public final class ProjectService
        implements RegisterProject, ImportScenario, ViewProjects, ChangeProject, RecordEngagement, MoveCycle {

    private final Projects projects;
    private final Clock clock;
    private final ProjectUpdates updates;

    public ProjectService(Projects projects, Clock clock) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.updates = new ProjectUpdates(projects);
    }

    @Override
    public Result<GovernanceProject> register(RegisterProject.Command command) {
        ProjectId id = command.parts().overview().id();
        if (projects.find(id).isPresent()) {
            return Result.conflict("a project \"" + id + "\" is already registered");
        }
        return GovernanceProject.create(command.parts(), command.actor(), clock.now()).flatMap(projects::save);
    }

    @Override
    public Result<GovernanceProject> importScenario(ImportScenario.Command command) {
        return register(new RegisterProject.Command(command.scenario().parts(), command.actor()));
    }

    @Override
    public Result<GovernanceProject> get(ProjectId id) {
        return updates.load(id);
    }

    @Override
    public List<GovernanceProject> list() {
        return projects.all();
    }

    @Override
    public Result<GovernanceProject> change(ChangeProject.Command command) {
        return updates.update(command.project(), command.expectedVersion(), project -> apply(project,
                command.change()));
    }

    private static Result<GovernanceProject> apply(GovernanceProject project, Change change) {
        return switch (change) {
            case Change.ReviseOverview c -> project.changeOverview(c.overview());
            case Change.AddService c -> project.addService(c.service());
            case Change.ReplaceService c -> project.replaceService(c.service());
            case Change.RemoveService c -> project.removeService(c.id());
            case Change.AddStakeholder c -> project.addStakeholder(c.stakeholder());
            case Change.ReplaceStakeholder c -> project.replaceStakeholder(c.stakeholder());
            case Change.RemoveStakeholder c -> project.removeStakeholder(c.id());
            case Change.AddDataAsset c -> project.addDataAsset(c.asset());
            case Change.ReplaceDataAsset c -> project.replaceDataAsset(c.asset());
            case Change.RemoveDataAsset c -> project.removeDataAsset(c.id());
            case Change.AddDataFlow c -> project.addDataFlow(c.flow());
            case Change.ReplaceDataFlow c -> project.replaceDataFlow(c.flow());
            case Change.RemoveDataFlow c -> project.removeDataFlow(c.id());
        };
    }

    @Override
    public Result<GovernanceProject> record(RecordEngagement.Command command) {
        return updates.update(command.project(), command.expectedVersion(),
                project -> project.recordEngagement(command.stakeholder(), command.activity()));
    }

    @Override
    public Result<GovernanceProject> move(MoveCycle.Command command) {
        if (command.reason().isBlank()) {
            return Result.invalid(List.of(new Violation("reason",
                    "say why the cycle moves: every transition is recorded with its reason")));
        }
        return updates.update(command.project(), command.expectedVersion(), project -> switch (command.direction()) {
            case ADVANCE -> project.advanceCycle(command.actor(), clock.now(), command.reason());
            case NEW_REVISION -> project.startNewRevision(command.actor(), clock.now(), command.reason());
        });
    }
}
