package org.citygov.application.service;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.RuleChanges;
import org.citygov.domain.design.RuleSuggestions;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleDiff;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.shared.Result;

/** Runs rule design and evaluation against the stored project; the decisions are the domain's. */
public final class GovernanceService implements DesignRules, EvaluateProject {

    private static final Actor UNSTORED = Actor.of("suggestions for an unstored scenario");

    private final Projects projects;
    private final Clock clock;
    private final Catalogue catalogue;
    private final ProjectUpdates updates;

    public GovernanceService(Projects projects, Clock clock, Catalogue catalogue) {
        this(projects, clock, catalogue, RuleChanges.NONE);
    }

    /** With a listener told after every saved rule change (the data-linkage decision point recompiles). */
    public GovernanceService(Projects projects, Clock clock, Catalogue catalogue, RuleChanges ruleChanges) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.updates = new ProjectUpdates(projects, ruleChanges);
    }

    /**
     * Rules enter as drafts (the domain refuses any other status) and only a role that approves rules approves them,
     * puts them in force or retires them; the approval is recorded in the name of the command's actor.
     */
    @Override
    public Result<GovernanceProject> design(DesignRules.Command command) {
        boolean approving = switch (command.change()) {
            case Change.ApproveRule c -> true;
            case Change.PutInForce c -> true;
            case Change.RetireRule c -> true;
            case Change.AddRule c -> false;
            case Change.ReviseRule c -> false;
        };
        if (approving && !command.role().approvesRules()) {
            return Result.forbidden(command.role() + " does not approve rules, put them in force or retire them;"
                    + " ADMIN and APPROVER do");
        }
        return updates.announced(updates.update(command.project(), command.expectedVersion(), project -> switch (command.change()) {
            case Change.AddRule c -> project.addRule(c.rule());
            case Change.ReviseRule c -> project.reviseRule(c.id(), c.text(), c.terms(), c.appliesTo(), c.mitigates());
            case Change.ApproveRule c -> project.approveRule(c.id(), command.actor().name(), c.on());
            case Change.PutInForce c -> project.putRuleInForce(c.id());
            case Change.RetireRule c -> project.retireRule(c.id());
        }, changed -> new ProjectChange(command.actor(), clock.now(), switch (command.change()) {
            case Change.AddRule c -> "added rule " + c.rule().id();
            case Change.ReviseRule c -> "revised rule " + c.id();
            case Change.ApproveRule c -> "approved rule " + c.id() + " (by " + command.actor() + ", "
                    + command.role() + ")";
            case Change.PutInForce c -> "put rule " + c.id() + " in force";
            case Change.RetireRule c -> "retired rule " + c.id();
        })));
    }

    @Override
    public Result<List<Rule>> history(ProjectId project, RuleId rule) {
        return updates.load(project).flatMap(p -> {
            List<Rule> history = p.governance().rules().history(rule);
            return history.isEmpty() ? Result.notFound("project \"" + project + "\" has no rule \"" + rule + "\"")
                    : Result.success(history);
        });
    }

    @Override
    public Result<RuleDiff> diff(ProjectId project, RuleId rule, int fromVersion, int toVersion) {
        return updates.load(project).flatMap(p -> p.governance().rules().diff(rule, fromVersion, toVersion));
    }

    @Override
    public Result<RuleSuggestions> suggest(ProjectId project) {
        return updates.load(project).map(this::suggestions);
    }

    @Override
    public Result<RuleSuggestions> suggest(ProjectParts parts) {
        return GovernanceProject.create(parts, UNSTORED, clock.now()).map(this::suggestions);
    }

    private RuleSuggestions suggestions(GovernanceProject project) {
        return RuleSuggestions.of(project, catalogue.edition());
    }

    @Override
    public Result<GovernanceProject> record(EvaluateProject.Command command) {
        return updates.update(command.project(), command.expectedVersion(), project -> switch (command.input()) {
            case Input.AddKpi i -> project.addKpi(i.kpi());
            case Input.Measure i -> project.recordMeasurement(i.kpi(), i.measurement());
            case Input.Declare i -> project.declareEvent(i.event());
        }, changed -> new ProjectChange(command.actor(), clock.now(), switch (command.input()) {
            case Input.AddKpi i -> "added KPI " + i.kpi().id();
            case Input.Measure i -> "recorded a measurement of KPI " + i.kpi();
            case Input.Declare i -> "declared an event";
        }));
    }

    @Override
    public Result<GovernanceProject> reviseIfTriggered(ProjectId project, Actor actor, OptionalLong expectedVersion) {
        return updates.update(project, expectedVersion,
                p -> p.reviseFromTriggers(catalogue.edition().version(), actor, clock.now()),
                revised -> new ProjectChange(actor, revised.cycle().history().getLast().at(),
                        "started a new revision: " + revised.cycle().history().getLast().reason()));
    }
}
