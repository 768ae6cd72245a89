package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

import io.javalin.http.Context;

import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.DesignRules;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleDiff;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.shared.Ids;

/** A project's rules (5.4) and their versions: listed, added, revised, approved, put in force, retired, compared. */
final class RuleResource implements Resource {

    private static final String RULES = "Rules";

    private final UseCases useCases;
    private final Bodies bodies;
    private final ProjectAccess projects;

    RuleResource(UseCases useCases, Bodies bodies, ProjectAccess projects) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.projects = projects;
    }

    @Override
    public void addTo(RouteTable table) {
        String rules = "/projects/{projectId}/rules";
        String rule = rules + "/{ruleId}";
        table.get(rules).id("listRules", RULES, "List the current version of each rule of a project")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(ScenarioDocument.Rule.class))
                .handle(this::list);
        table.post(rules).id("addRule", RULES, "Add a rule to a project").roles(Roles.EDITORS)
                .body(ScenarioDocument.Rule.class)
                .conditional().returns(201, ScenarioDocument.Rule.class).errors(409).handle(this::add);
        table.post(rule + "/revisions").id("reviseRule", RULES, "Write the next version of a rule, as a draft")
                .roles(Roles.EDITORS).body(ScenarioDocument.Rule.class).conditional()
                .returns(201, ScenarioDocument.Rule.class).errors(409)
                .handle(this::revise);
        table.post(rule + "/approval").id("approveRule", RULES, "Approve the draft version of a rule")
                .roles(Roles.RULE_APPROVERS).body(Representations.RuleApproval.class).conditional()
                .returns(200, ScenarioDocument.Rule.class).errors(409)
                .handle(this::approve);
        table.post(rule + "/in-force").id("putRuleInForce", RULES, "Put the approved version of a rule in force")
                .roles(Roles.RULE_APPROVERS).conditional().returns(200, ScenarioDocument.Rule.class).errors(409)
                .handle((ctx, c) -> lifeStep(ctx, c, DesignRules.Change.PutInForce::new));
        table.post(rule + "/retirement").id("retireRule", RULES, "Retire a rule").roles(Roles.RULE_APPROVERS)
                .conditional().returns(200, ScenarioDocument.Rule.class).errors(409)
                .handle((ctx, c) -> lifeStep(ctx, c, DesignRules.Change.RetireRule::new));
        table.get(rule).id("getRule", RULES, "Read the current version of a rule").roles(Roles.READERS)
                .returns(200, ScenarioDocument.Rule.class).handle(this::get);
        table.get(rule + "/versions/{version}").id("getRuleVersion", RULES, "Read one version of a rule")
                .roles(Roles.READERS).returns(200, ScenarioDocument.Rule.class).handle(this::getVersion);
        table.get(rule + "/versions").id("listRuleVersions", RULES, "List every version of a rule, oldest first")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(ScenarioDocument.Rule.class))
                .handle(this::listVersions);
        table.get(rule + "/diff").id("diffRuleVersions", RULES, "Compare two versions of a rule field by field")
                .roles(Roles.READERS)
                .query("from", true, Operation.QueryType.VERSION, "The earlier version")
                .query("to", true, Operation.QueryType.VERSION, "The later version")
                .returns(200, Representations.RuleDiff.class).handle(this::diff);
        table.get("/projects/{projectId}/rule-suggestions").id("suggestRules", RULES,
                        "Suggest draft rules that would close the gaps of a project's rule design")
                .roles(Roles.READERS).paged().returns(200, Representations.pageOf(ScenarioDocument.Rule.class))
                .handle(this::suggest);
        table.get("/projects/{projectId}/rule-suggestions/proposals").id("suggestFlowChanges", RULES,
                        "What the rule suggestions propose instead of a rule: changing or removing each UNSUITABLE"
                                + " flow, and what the process must do")
                .roles(Roles.READERS).returns(200, Representations.RuleProposals.class)
                .handle(this::proposals);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, page.of(project.governance().rules().current().stream()
                .map(projects.writer()::document).toList()), Http.etag(project));
    }

    private void add(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        Rule rule = bodies.part(ctx, (reader, text) -> reader.rule(text, Syntax.JSON));
        GovernanceProject project = designed(id, version, new DesignRules.Change.AddRule(rule), caller);
        ctx.header("Location", "/projects/" + id + "/rules/" + rule.id());
        write(ctx, 201, project, rule.id());
    }

    private void revise(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        RuleId ruleId = ruleId(ctx, id);
        Parsed<Rule> read = bodies.parsed(ctx, (reader, text) -> reader.rule(text, Syntax.JSON));
        if (read instanceof Parsed.Problems<Rule> problems) {
            throw ApiProblem.invalidBody(problems.problems());
        }
        Parsed.Ok<Rule> ok = (Parsed.Ok<Rule>) read;
        Rule next = ok.value();
        List<Rule> history = value(useCases.designRules().history(id, ruleId));
        int expected = history.getLast().version() + 1;
        List<Problem> problems = new ArrayList<>();
        if (!next.id().equals(ruleId)) {
            problems.add(ok.lines().problem("id", "a new version keeps its rule's id: \"" + ruleId + "\", the id in"
                    + " the path"));
        }
        if (next.version() != expected) {
            problems.add(ok.lines().problem("version", "the next version of rule " + ruleId + " is " + expected));
        }
        if (next.status() != RuleStatus.DRAFT) {
            problems.add(ok.lines().problem("status", "a new version is a DRAFT; it is approved with POST"
                    + " .../approval"));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalidBody(problems);
        }
        GovernanceProject project = designed(id, version, new DesignRules.Change.ReviseRule(ruleId, next.text(),
                next.terms(), next.appliesTo(), next.mitigates()), caller);
        ctx.header("Location", "/projects/" + id + "/rules/" + ruleId + "/versions/" + expected);
        write(ctx, 201, project, ruleId);
    }

    private void approve(Context ctx, Caller caller) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        RuleId ruleId = ruleId(ctx, id);
        Parsed<Representations.RuleApproval> read = bodies.parsedRecord(ctx, Representations.RuleApproval.class);
        Representations.RuleApproval approval = Answers.parsed(read);
        if (approval.approvedBy() != null) {
            // refused, never silently replaced: the approval is recorded in the authenticated caller's name
            throw ApiProblem.invalidBody(List.of(((Parsed.Ok<Representations.RuleApproval>) read).lines()
                    .problem("approvedBy", "an approval is recorded in the name of the authenticated caller ("
                            + caller.name() + "); leave approvedBy out")));
        }
        write(ctx, 200, designed(id, version, new DesignRules.Change.ApproveRule(ruleId, approval.on()), caller),
                ruleId);
    }

    private void lifeStep(Context ctx, Caller caller, Function<RuleId, DesignRules.Change> step) {
        ProjectId id = ProjectAccess.id(ctx);
        long version = ProjectAccess.version(ctx, id);
        RuleId ruleId = ruleId(ctx, id);
        write(ctx, 200, designed(id, version, step.apply(ruleId), caller), ruleId);
    }

    private void get(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        RuleId ruleId = ruleId(ctx, project.id());
        Rule current = project.governance().rules().current(ruleId).orElseThrow(() -> ApiProblem.notFound(
                ProblemText.of("project.rule.none", project.id(), ruleId)));
        Answers.json(ctx, 200, projects.writer().document(current), Http.etag(project));
    }

    private void getVersion(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        RuleId ruleId = ruleId(ctx, project.id());
        int version = Http.sequence(ctx, "version",
                raw -> ProblemText.of("rule.version.none", ruleId, raw));
        List<Rule> history = value(useCases.designRules().history(project.id(), ruleId));
        Rule found = history.stream().filter(r -> r.version() == version).findFirst().orElseThrow(() ->
                ApiProblem.notFound(ProblemText.of("rule.version.count", ruleId, version,
                        history.size())));
        Answers.json(ctx, 200, projects.writer().document(found), Http.etag(project));
    }

    private void listVersions(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        List<Rule> history = value(useCases.designRules().history(project.id(), ruleId(ctx, project.id())));
        Answers.json(ctx, 200, page.of(history.stream().map(projects.writer()::document).toList()),
                Http.etag(project));
    }

    private void diff(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        int from = query.version("from");
        int to = query.version("to");
        query.check();
        GovernanceProject project = projects.visible(ctx, caller);
        RuleDiff diff = value(useCases.designRules().diff(project.id(), ruleId(ctx, project.id()), from, to));
        Answers.json(ctx, 200, Representations.RuleDiff.of(diff), Http.etag(project));
    }

    private void suggest(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        GovernanceProject project = projects.visible(ctx, caller);
        List<Rule> drafts = value(useCases.designRules().suggest(project.id())).drafts();
        Answers.json(ctx, 200, page.of(drafts.stream().map(projects.writer()::document).toList()),
                Http.etag(project));
    }

    /** The proposals {@code citygov suggest-rules} writes to standard error, as JSON (English, as the domain wrote). */
    private void proposals(Context ctx, Caller caller) {
        GovernanceProject project = projects.visible(ctx, caller);
        Answers.json(ctx, 200, Representations.RuleProposals.of(project.id().value(),
                value(useCases.designRules().suggest(project.id()))), Http.etag(project));
    }

    private GovernanceProject designed(ProjectId id, long version, DesignRules.Change change, Caller caller) {
        return value(useCases.designRules().design(new DesignRules.Command(id, change, ProjectAccess.actor(caller),
                caller.role(), OptionalLong.of(version))));
    }

    /** The current version of a rule of the changed project, with the project's ETag. */
    private void write(Context ctx, int status, GovernanceProject project, RuleId ruleId) {
        Rule current = project.governance().rules().current(ruleId).orElseThrow(() -> new IllegalStateException(
                "rule " + ruleId + " is not in project " + project.id() + " after changing it"));
        Answers.json(ctx, status, projects.writer().document(current), Http.etag(project));
    }

    private static RuleId ruleId(Context ctx, ProjectId project) {
        String raw = ctx.pathParam("ruleId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound(ProblemText.of("project.rule.none", project, raw));
        }
        return RuleId.of(raw);
    }
}
