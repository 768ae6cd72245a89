package org.citygov.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.in.ViewProjects;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.RuleChanges;
import org.citygov.domain.access.Role;
import org.citygov.domain.assessment.EditionStandards;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.rule.Rule;
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
    private final Catalogue catalogue;
    private final ProjectUpdates updates;

    /**
     * The catalogue grades stakeholders before rule design and reviews the rules against the analysed risks before
     * implementation (5.4).
     */
    public ProjectService(Projects projects, Clock clock, Catalogue catalogue) {
        this(projects, clock, catalogue, RuleChanges.NONE);
    }

    /**
     * With a listener told after a project is registered or imported and after a change of its parts (flows, assets
     * and the rest feed the compiled linkage policy).
     */
    public ProjectService(Projects projects, Clock clock, Catalogue catalogue, RuleChanges ruleChanges) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.updates = new ProjectUpdates(projects, ruleChanges);
    }

    @Override
    public Result<GovernanceProject> register(RegisterProject.Command command) {
        return register(command.parts(), command.actor(), command.role(), "registered");
    }

    @Override
    public Result<GovernanceProject> importScenario(ImportScenario.Command command) {
        return register(command.scenario().parts(), command.actor(), command.role(), "imported from a scenario");
    }

    private Result<GovernanceProject> register(ProjectParts parts, Actor actor, Role role, String registered) {
        ProjectId id = parts.overview().id();
        List<Rule> approved = parts.governance().rules().versions().stream()
                .filter(r -> r.approval().isPresent()).toList();
        if (!approved.isEmpty() && !role.approvesRules()) {
            return Result.forbidden("project \"" + id + "\" carries rules already approved (" + describe(approved)
                    + "); only a role that approves rules (ADMIN, APPROVER) may register approvals, and " + role
                    + " does not: register the rules as DRAFT and have them approved");
        }
        if (projects.find(id).isPresent()) {
            return Result.conflict("a project \"" + id + "\" is already registered");
        }
        String summary = approved.isEmpty() ? registered : registered + "; " + approved.size() + " rule version(s)"
                + " imported as already approved, accepted by " + actor + " (" + role + "): " + describe(approved);
        Instant at = clock.now();
        return updates.announced(GovernanceProject.create(parts, actor, at)
                .flatMap(project -> projects.save(project, new ProjectChange(actor, at, summary))));
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
        return updates.announced(updates.update(command.project(), command.expectedVersion(),
                project -> apply(project, command.change()),
                changed -> new ProjectChange(command.actor(), clock.now(), describe(command.change()))));
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

    /** What a change did, in the words of the audit trail. */
    private static String describe(Change change) {
        return switch (change) {
            case Change.ReviseOverview c -> "revised the overview";
            case Change.AddService c -> "added service " + c.service().id();
            case Change.ReplaceService c -> "replaced service " + c.service().id();
            case Change.RemoveService c -> "removed service " + c.id();
            case Change.AddStakeholder c -> "added stakeholder " + c.stakeholder().id();
            case Change.ReplaceStakeholder c -> "replaced stakeholder " + c.stakeholder().id();
            case Change.RemoveStakeholder c -> "removed stakeholder " + c.id();
            case Change.AddDataAsset c -> "added data asset " + c.asset().id();
            case Change.ReplaceDataAsset c -> "replaced data asset " + c.asset().id();
            case Change.RemoveDataAsset c -> "removed data asset " + c.id();
            case Change.AddDataFlow c -> "added data flow " + c.flow().id();
            case Change.ReplaceDataFlow c -> "replaced data flow " + c.flow().id();
            case Change.RemoveDataFlow c -> "removed data flow " + c.id();
        };
    }

    /** Each version as "id vN STATUS (approved by B on D)". */
    private static String describe(List<Rule> rules) {
        return String.join(", ", rules.stream().map(r -> r.id() + " v" + r.version() + " " + r.status()
                + r.approval().map(a -> " (approved by " + a.by() + " on " + a.on() + ")").orElse("")).toList());
    }

    @Override
    public Result<GovernanceProject> record(RecordEngagement.Command command) {
        return updates.update(command.project(), command.expectedVersion(),
                project -> project.recordEngagement(command.stakeholder(), command.activity()),
                changed -> new ProjectChange(command.actor(), clock.now(), "recorded an engagement with stakeholder "
                        + command.stakeholder()));
    }

    @Override
    public Result<GovernanceProject> move(MoveCycle.Command command) {
        if (command.reason().isBlank()) {
            return Result.invalid(List.of(new Violation("reason",
                    "say why the cycle moves: every transition is recorded with its reason")));
        }
        String summary = switch (command.direction()) {
            case ADVANCE -> "advanced the cycle: " + command.reason();
            case NEW_REVISION -> "started a new revision: " + command.reason();
        };
        return updates.update(command.project(), command.expectedVersion(), project -> switch (command.direction()) {
            case ADVANCE -> project.advanceCycle(command.actor(), clock.now(), command.reason(),
                    EditionStandards.of(catalogue.edition()));
            case NEW_REVISION -> project.startNewRevision(command.actor(), clock.now(), command.reason());
        }, moved -> new ProjectChange(command.actor(), moved.cycle().history().getLast().at(), summary));
    }

    @Override
    public List<Violation> missingForNextStep(GovernanceProject project) {
        GovernanceStep step = project.cycle().step();
        GovernanceStep next = step == GovernanceStep.IMPLEMENTATION_AND_EVALUATION ? GovernanceStep.RISK_ANALYSIS
                : GovernanceStep.values()[step.ordinal() + 1];
        return project.prerequisitesMissing(next, EditionStandards.of(catalogue.edition()));
    }
}
