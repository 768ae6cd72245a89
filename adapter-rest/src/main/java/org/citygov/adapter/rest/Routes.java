package org.citygov.adapter.rest;

import static org.citygov.domain.access.Role.ADMIN;
import static org.citygov.domain.access.Role.ANALYST;
import static org.citygov.domain.access.Role.APPROVER;
import static org.citygov.domain.access.Role.AUDITOR;
import static org.citygov.domain.access.Role.CITIZEN;
import static org.citygov.domain.access.Role.PROVIDER;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import org.citygov.application.input.Parsed;
import org.citygov.application.input.Problem;
import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.application.port.in.ViewCatalogue;
import org.citygov.application.port.in.ViewHistory;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleDiff;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.ChangeProject.Change;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.report.AssessmentDocument;
import org.citygov.application.report.TreeHeadDocument;
import org.citygov.application.scenario.PartReader;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.application.scenario.ScenarioWriter;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.merkle.Sha256;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.shared.Ids;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * The route table of the API and its handlers. Who may call what is declared here, per operation:
 * <ul>
 * <li>without a token: health, readiness, the API document and its page;</li>
 * <li>every role reads projects, their parts, cycle and assessment; a PROVIDER only the projects in which a
 * stakeholder has its token's name (others are 404 to it);</li>
 * <li>ADMIN and ANALYST register and change projects, record engagement and move the cycle;</li>
 * <li>ADMIN, ANALYST, APPROVER and AUDITOR assess a scenario sent in the body (nothing is stored);</li>
 * <li>ADMIN and ANALYST write rules and new versions of them; ADMIN and APPROVER approve, put in force and retire
 * them;</li>
 * <li>ADMIN and ANALYST add KPIs, declare changes and start triggered revisions; a PROVIDER may also record
 * measurements, of the projects it takes part in;</li>
 * <li>ADMIN and AUDITOR read a project's audit trail;</li>
 * <li>the catalogue is public;</li>
 * <li>ADMIN issues and revokes tokens; ADMIN and AUDITOR list them;</li>
 * <li>a CITIZEN (a data subject, its token's name the subject id) reads its own linkages, gives and withdraws its
 * own consents and files and follows its own correction requests, under {@code /me}, and nothing else: no project,
 * no other subject's record;</li>
 * <li>ADMIN answers subjects' correction requests (resolves or rejects them); ADMIN and AUDITOR list them by state.
 * ANALYST does not: no route gives it subject-level personal data, and a correction request is that (who the subject
 * is and what is wrong about them);</li>
 * <li>ADMIN and AUDITOR read the linkage log's signed head and its inclusion and consistency proofs;</li>
 * <li>ADMIN and PROVIDER ask for linkage decisions; a PROVIDER only for itself as the receiving party.</li>
 * </ul>
 */
final class Routes {

    static final Set<Role> READERS = RestApi.roles(ADMIN, ANALYST, APPROVER, PROVIDER, AUDITOR);
    static final Set<Role> EDITORS = RestApi.roles(ADMIN, ANALYST);
    static final Set<Role> ASSESSORS = RestApi.roles(ADMIN, ANALYST, APPROVER, AUDITOR);
    static final Set<Role> TOKEN_READERS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> TOKEN_ADMINS = RestApi.roles(ADMIN);
    static final Set<Role> RULE_APPROVERS = RestApi.roles(ADMIN, APPROVER);
    static final Set<Role> KPI_EDITORS = RestApi.roles(ADMIN, ANALYST);
    static final Set<Role> MEASURERS = RestApi.roles(ADMIN, ANALYST, PROVIDER);
    static final Set<Role> HISTORY_READERS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> SUBJECTS = RestApi.roles(CITIZEN);
    static final Set<Role> LOG_AUDITORS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> DECISION_ASKERS = RestApi.roles(ADMIN, PROVIDER);
    static final Set<Role> CORRECTION_READERS = RestApi.roles(ADMIN, AUDITOR);
    static final Set<Role> CORRECTION_ANSWERERS = RestApi.roles(ADMIN);

    private static final String PROJECTS = "Projects";
    private static final String PARTS = "Project parts";
    private static final String CYCLE = "Governance cycle";
    private static final String ASSESSMENTS = "Assessments";
    private static final String TOKENS = "Tokens";
    private static final String RULES = "Rules";
    private static final String EVALUATION = "Evaluation";
    private static final String HISTORY = "History";
    private static final String CATALOGUE = "Catalogue";
    private static final String SYSTEM = "System";
    private static final String MY_DATA = "My data";
    private static final String LINKAGE_LOG = "Linkage log";
    private static final String LINKAGE = "Linkage decisions";
    private static final String CORRECTIONS = "Correction requests";

    private final UseCases useCases;
    private final RestSettings settings;
    private final ScenarioLoader loader = new ScenarioLoader();
    private final PartReader partReader = new PartReader();
    private final ScenarioWriter writer = new ScenarioWriter();
    private final org.citygov.application.input.DocumentReader documentReader =
            new org.citygov.application.input.DocumentReader();
    private byte[] document = new byte[0];

    Routes(UseCases useCases, RestSettings settings) {
        this.useCases = useCases;
        this.settings = settings;
    }

    void setDocument(byte[] openApi) {
        this.document = openApi.clone();
    }

    /** A kind of project part: its path segment, schema, reading, and the changes that add, replace, remove it. */
    private record PartKind<T>(String segment, String schema, String idParam, String noun,
                               BiFunction<PartReader, String, Parsed<T>> read,
                               Function<T, String> idOf,
                               Function<GovernanceProject, List<T>> ofProject,
                               Function<ScenarioDocument, List<?>> ofDocument,
                               Function<T, Change> add, Function<T, Change> replace,
                               Function<String, Change> remove) {
    }

    private static final List<PartKind<?>> PART_KINDS = List.of(
            new PartKind<Service>("services", "Service", "serviceId", "Service",
                    (r, text) -> r.service(text, Syntax.JSON), s -> s.id().value(), GovernanceProject::services,
                    ScenarioDocument::services, Change.AddService::new, Change.ReplaceService::new,
                    id -> new Change.RemoveService(ServiceId.of(id))),
            new PartKind<Stakeholder>("stakeholders", "Stakeholder", "stakeholderId", "Stakeholder",
                    (r, text) -> r.stakeholder(text, Syntax.JSON), s -> s.id().value(),
                    GovernanceProject::stakeholders, ScenarioDocument::stakeholders, Change.AddStakeholder::new,
                    Change.ReplaceStakeholder::new, id -> new Change.RemoveStakeholder(StakeholderId.of(id))),
            new PartKind<DataAsset>("data-assets", "DataAsset", "dataAssetId", "DataAsset",
                    (r, text) -> r.dataAsset(text, Syntax.JSON), a -> a.id().value(), GovernanceProject::dataAssets,
                    ScenarioDocument::dataAssets, Change.AddDataAsset::new, Change.ReplaceDataAsset::new,
                    id -> new Change.RemoveDataAsset(DataAssetId.of(id))),
            new PartKind<DataFlow>("data-flows", "DataFlow", "dataFlowId", "DataFlow",
                    (r, text) -> r.dataFlow(text, Syntax.JSON), f -> f.id().value(), GovernanceProject::dataFlows,
                    ScenarioDocument::dataFlows, Change.AddDataFlow::new, Change.ReplaceDataFlow::new,
                    id -> new Change.RemoveDataFlow(DataFlowId.of(id))));

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        // system
        ops.add(op(HandlerType.GET, "/health").id("getHealth", SYSTEM, "Tell whether the process is alive").open()
                .returns(200, "Status").handle((ctx, c) -> json(ctx, 200, new Representations.Status("UP"))));
        ops.add(op(HandlerType.GET, "/ready").id("getReadiness", SYSTEM, "Tell whether the API can serve requests")
                .open().returns(200, "Status").errors(503).handle(this::ready));
        ops.add(op(HandlerType.GET, "/openapi.json").id("getApiDocument", SYSTEM, "Read this API's OpenAPI document")
                .open().returns(200, "").handle(this::openApi));
        ops.add(op(HandlerType.GET, "/docs").id("getApiDocsPage", SYSTEM, "Browse the API document").open()
                .returnsHtml().handle(this::docsPage));

        // projects
        ops.add(op(HandlerType.GET, "/projects").id("listProjects", PROJECTS, "List projects").roles(READERS).paged()
                .returns(200, "ProjectSummaryPage").handle(this::listProjects));
        ops.add(op(HandlerType.POST, "/projects").id("registerProject", PROJECTS,
                        "Register a project described by a scenario").roles(EDITORS).body("Scenario")
                .returns(201, "Project").errors(409).handle(this::registerProject));
        ops.add(op(HandlerType.GET, "/projects/{projectId}").id("getProject", PROJECTS, "Read a project")
                .roles(READERS).returns(200, "Project").handle(this::getProject));
        ops.add(op(HandlerType.PUT, "/projects/{projectId}/overview").id("reviseOverview", PROJECTS,
                        "Revise a project's overview").roles(EDITORS).body("ProjectOverview").conditional()
                .returns(200, "Project").errors(409).handle(this::reviseOverview));

        // parts
        for (PartKind<?> kind : PART_KINDS) {
            addPartOperations(ops, kind);
        }
        ops.add(op(HandlerType.POST, "/projects/{projectId}/stakeholders/{stakeholderId}/engagements")
                .id("recordEngagement", PARTS, "Record an engagement held with a stakeholder").roles(EDITORS)
                .body("Engagement").conditional().returns(200, "Project").handle(this::recordEngagement));

        // the cycle
        ops.add(op(HandlerType.GET, "/projects/{projectId}/cycle").id("getCycle", CYCLE,
                "Read where a project's governance cycle stands").roles(READERS).returns(200, "Cycle")
                .handle(this::getCycle));
        ops.add(op(HandlerType.GET, "/projects/{projectId}/cycle/transitions").id("listTransitions", CYCLE,
                        "List the recorded moves of a project's cycle").roles(READERS).paged()
                .returns(200, "TransitionPage").handle(this::listTransitions));
        ops.add(op(HandlerType.POST, "/projects/{projectId}/cycle/transitions").id("moveCycle", CYCLE,
                        "Move a project's cycle to its next step or a new revision").roles(EDITORS).body("CycleMove")
                .conditional().returns(201, "Cycle").errors(409).handle(this::moveCycle));

        // assessments
        ops.add(op(HandlerType.GET, "/projects/{projectId}/assessment").id("assessProject", ASSESSMENTS,
                "Assess a registered project").roles(READERS).returns(200, "Assessment").handle(this::assessProject));
        ops.add(op(HandlerType.POST, "/assessments").id("assessScenario", ASSESSMENTS,
                        "Assess a scenario without storing it").roles(ASSESSORS).body("Scenario")
                .returns(200, "Assessment").handle(this::assessScenario));

        // rules (5.4)
        String rule = "/projects/{projectId}/rules/{ruleId}";
        ops.add(op(HandlerType.GET, "/projects/{projectId}/rules").id("listRules", RULES,
                        "List the current version of each rule of a project").roles(READERS).paged()
                .returns(200, "RulePage").handle(this::listRules));
        ops.add(op(HandlerType.POST, "/projects/{projectId}/rules").id("addRule", RULES, "Add a rule to a project")
                .roles(EDITORS).body("Rule").conditional().returns(201, "Rule").errors(409).handle(this::addRule));
        ops.add(op(HandlerType.POST, rule + "/revisions").id("reviseRule", RULES,
                        "Write the next version of a rule, as a draft").roles(EDITORS).body("Rule").conditional()
                .returns(201, "Rule").errors(409).handle(this::reviseRule));
        ops.add(op(HandlerType.POST, rule + "/approval").id("approveRule", RULES,
                        "Approve the draft version of a rule").roles(RULE_APPROVERS).body("RuleApproval")
                .conditional().returns(200, "Rule").errors(409).handle(this::approveRule));
        ops.add(op(HandlerType.POST, rule + "/in-force").id("putRuleInForce", RULES,
                        "Put the approved version of a rule in force").roles(RULE_APPROVERS).conditional()
                .returns(200, "Rule").errors(409).handle((ctx, c) -> lifeStep(ctx, c, DesignRules.Change.PutInForce::new)));
        ops.add(op(HandlerType.POST, rule + "/retirement").id("retireRule", RULES, "Retire a rule")
                .roles(RULE_APPROVERS).conditional().returns(200, "Rule").errors(409)
                .handle((ctx, c) -> lifeStep(ctx, c, DesignRules.Change.RetireRule::new)));
        ops.add(op(HandlerType.GET, rule + "/versions").id("listRuleVersions", RULES,
                        "List every version of a rule, oldest first").roles(READERS).paged().returns(200, "RulePage")
                .handle(this::listRuleVersions));
        ops.add(op(HandlerType.GET, rule + "/diff").id("diffRuleVersions", RULES,
                        "Compare two versions of a rule field by field").roles(READERS)
                .query("from", true, Operation.QueryType.VERSION, "The earlier version")
                .query("to", true, Operation.QueryType.VERSION, "The later version")
                .returns(200, "RuleDiff").handle(this::diffRuleVersions));
        ops.add(op(HandlerType.GET, "/projects/{projectId}/rule-suggestions").id("suggestRules", RULES,
                        "Suggest draft rules that would close the gaps of a project's rule design").roles(READERS)
                .paged().returns(200, "RulePage").handle(this::suggestRules));

        // implementation and evaluation (5.5)
        ops.add(op(HandlerType.POST, "/projects/{projectId}/kpis").id("addKpi", EVALUATION,
                        "Add a KPI to a project").roles(KPI_EDITORS).body("Kpi").conditional().returns(201, "Kpi")
                .errors(409).handle(this::addKpi));
        ops.add(op(HandlerType.POST, "/projects/{projectId}/kpis/{kpiId}/measurements").id("recordMeasurement",
                        EVALUATION, "Record a measurement of a KPI").roles(MEASURERS).body("Measurement")
                .conditional().returns(201, "Kpi").errors(409).handle(this::recordMeasurement));
        ops.add(op(HandlerType.POST, "/projects/{projectId}/events").id("declareEvent", EVALUATION,
                        "Declare a technology change or a change in citizens' awareness").roles(EDITORS)
                .body("Event").conditional().returns(201, "Event").errors(409).handle(this::declareEvent));
        ops.add(op(HandlerType.POST, "/projects/{projectId}/cycle/revisions-from-triggers")
                .id("reviseFromTriggers", CYCLE, "Start a new revision when a KPI breach, a new catalogue edition"
                        + " or a declared change calls for one").roles(EDITORS).conditional().returns(201, "Cycle")
                .errors(409).handle(this::reviseFromTriggers));

        // the audit trail
        ops.add(op(HandlerType.GET, "/projects/{projectId}/history").id("listHistory", HISTORY,
                        "Read a project's audit trail").roles(HISTORY_READERS).paged()
                .query("from", false, Operation.QueryType.INSTANT, "Entries at or after this instant (default: all)")
                .query("to", false, Operation.QueryType.INSTANT, "Entries before this instant (default: all)")
                .returns(200, "HistoryEntryPage").handle(this::listHistory));

        // the catalogue
        ops.add(op(HandlerType.GET, "/catalogue").id("getCatalogue", CATALOGUE,
                        "Read the catalogue of laws, soft laws, focal points, harms, stakeholder categories and"
                                + " engagement methods").open()
                .query("lang", false, Operation.QueryType.LANGUAGE, "The labels' language (default en)")
                .returns(200, "Catalogue").errors(400).handle(this::getCatalogue));

        // tokens
        ops.add(op(HandlerType.GET, "/tokens").id("listTokens", TOKENS, "List API tokens").roles(TOKEN_READERS)
                .paged().returns(200, "TokenPage").handle(this::listTokens));
        ops.add(op(HandlerType.POST, "/tokens").id("createToken", TOKENS, "Issue an API token").roles(TOKEN_ADMINS)
                .body("TokenRequest").returns(201, "IssuedToken").errors(409).handle(this::createToken));
        ops.add(op(HandlerType.DELETE, "/tokens/{name}").id("revokeToken", TOKENS, "Revoke an API token")
                .roles(TOKEN_ADMINS).returns(200, "Token").handle(this::revokeToken));

        // a data subject's own data (5.4 (2))
        ops.add(op(HandlerType.GET, "/me/linkages").id("listMyLinkages", MY_DATA,
                        "List every linkage of the caller's own data: who received what, for which purpose, when,"
                                + " under which rules").roles(SUBJECTS).paged().returns(200, "LinkagePage")
                .handle(this::listMyLinkages));
        ops.add(op(HandlerType.GET, "/me/consents").id("listMyConsents", MY_DATA,
                "List the caller's consents, active and withdrawn").roles(SUBJECTS).paged()
                .returns(200, "ConsentPage").handle(this::listMyConsents));
        ops.add(op(HandlerType.POST, "/me/consents").id("grantMyConsent", MY_DATA,
                        "Give consent to the use of a data asset of a project for a kind of purpose").roles(SUBJECTS)
                .body("ConsentGrant").returns(201, "Consent").handle(this::grantMyConsent));
        ops.add(op(HandlerType.DELETE, "/me/consents/{consentId}").id("withdrawMyConsent", MY_DATA,
                        "Withdraw one of the caller's consents; the next decision on it is a denial").roles(SUBJECTS)
                .returns(200, "Consent").errors(409).handle(this::withdrawMyConsent));
        ops.add(op(HandlerType.GET, "/me/corrections").id("listMyCorrections", MY_DATA,
                "List the caller's correction requests and their answers").roles(SUBJECTS).paged()
                .returns(200, "CorrectionPage").handle(this::listMyCorrections));
        ops.add(op(HandlerType.POST, "/me/corrections").id("requestMyCorrection", MY_DATA,
                        "Ask for data held about the caller to be corrected").roles(SUBJECTS).body("CorrectionFiling")
                .returns(201, "Correction").handle(this::requestMyCorrection));

        // subjects' correction requests, for the operator (5.4 (2))
        ops.add(op(HandlerType.GET, "/corrections").id("listCorrections", CORRECTIONS,
                        "List every subject's correction requests in one state, oldest filed first")
                .roles(CORRECTION_READERS).paged()
                .query("status", false, Operation.QueryType.CORRECTION_STATE,
                        "OPEN (the default: the requests waiting for an answer), RESOLVED or REJECTED")
                .returns(200, "CorrectionCasePage").handle(this::listCorrections));
        ops.add(op(HandlerType.POST, "/corrections/{correctionId}/answer").id("answerCorrection", CORRECTIONS,
                        "Answer an open correction request: RESOLVED (the data was corrected) or REJECTED, with a"
                                + " note the subject reads").roles(CORRECTION_ANSWERERS).body("CorrectionAnswer")
                .returns(200, "CorrectionCase").errors(409).handle(this::answerCorrection));

        // the linkage log, for auditors (5.4 (3))
        ops.add(op(HandlerType.GET, "/linkage-log/head").id("getLinkageLogHead", LINKAGE_LOG,
                "Read the linkage log's signed tree head and its public key").roles(LOG_AUDITORS)
                .returns(200, "TreeHead").handle(this::getLinkageLogHead));
        ops.add(op(HandlerType.GET, "/linkage-log/entries/{seq}/proof").id("getInclusionProof", LINKAGE_LOG,
                        "Prove that a linkage log entry is in the signed tree").roles(LOG_AUDITORS)
                .returns(200, "InclusionProof").handle(this::getInclusionProof));
        ops.add(op(HandlerType.GET, "/linkage-log/consistency").id("getConsistencyProof", LINKAGE_LOG,
                        "Prove that the linkage log of one size is a prefix of the log of a larger size")
                .roles(LOG_AUDITORS)
                .query("from", true, Operation.QueryType.SIZE, "The earlier tree size")
                .query("to", false, Operation.QueryType.SIZE, "The later tree size (default: the signed head's)")
                .returns(200, "ConsistencyProof").errors(400).handle(this::getConsistencyProof));

        // linkage decisions, for systems that hand data along (5.4 (2), (3))
        ops.add(op(HandlerType.POST, "/linkage-decisions").id("decideLinkage", LINKAGE,
                        "Ask whether data may be handed along; the decision is logged before it is answered")
                .roles(DECISION_ASKERS).body("DecisionRequest").returns(200, "LoggedDecision")
                .handle(this::decideLinkage));
        return List.copyOf(ops);
    }

    private static Operation.Builder op(HandlerType method, String path) {
        return new Operation.Builder(method, path);
    }

    private <T> void addPartOperations(List<Operation> ops, PartKind<T> kind) {
        String collection = "/projects/{projectId}/" + kind.segment();
        String item = collection + "/{" + kind.idParam() + "}";
        String noun = kind.noun();
        String words = words(noun);
        ops.add(op(HandlerType.GET, item).id("get" + noun, PARTS, "Read a " + words + " of a project").roles(READERS)
                .returns(200, kind.schema()).handle((ctx, caller) -> getPart(ctx, caller, kind)));
        ops.add(op(HandlerType.POST, collection).id("add" + noun, PARTS, "Add a " + words + " to a project")
                .roles(EDITORS).body(kind.schema()).conditional().returns(201, "Project").errors(409)
                .handle((ctx, caller) -> addPart(ctx, caller, kind)));
        ops.add(op(HandlerType.PUT, item).id("replace" + noun, PARTS, "Replace a " + words + " of a project")
                .roles(EDITORS).body(kind.schema()).conditional().returns(200, "Project").errors(409)
                .handle((ctx, caller) -> replacePart(ctx, caller, kind)));
        ops.add(op(HandlerType.DELETE, item).id("remove" + noun, PARTS, "Remove a " + words + " from a project")
                .roles(EDITORS).conditional().returns(200, "Project").errors(409)
                .handle((ctx, caller) -> removePart(ctx, caller, kind)));
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    // ---- system ------------------------------------------------------------------------------------------------

    private void ready(Context ctx, Caller caller) {
        boolean ready;
        try {
            ready = settings.ready().getAsBoolean();
        } catch (RuntimeException e) {
            ready = false;
        }
        if (!ready) {
            throw ApiProblem.of(503, "not-ready", "Not ready", "the API cannot serve requests now");
        }
        json(ctx, 200, new Representations.Status("READY"));
    }

    private void openApi(Context ctx, Caller caller) {
        respond(ctx, 200, document, "application/json", Http.weakEtag(document));
    }

    private void docsPage(Context ctx, Caller caller) {
        byte[] page = DocsPage.html(swaggerUiVersion()).getBytes(StandardCharsets.UTF_8);
        respond(ctx, 200, page, "text/html; charset=utf-8", Http.weakEtag(page));
    }

    private static String swaggerUiVersion() {
        try (InputStream in = Routes.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- projects ----------------------------------------------------------------------------------------------

    private void listProjects(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        List<Representations.ProjectSummary> visible = useCases.viewProjects().list().stream()
                .filter(p -> visibleTo(caller, p))
                .map(Representations.ProjectSummary::of)
                .toList();
        json(ctx, 200, page.of(visible));
    }

    private void registerProject(Context ctx, Caller caller) {
        String body = Http.jsonBody(ctx, settings.maxBodyBytes());
        ScenarioReading reading = loader.read(body, Syntax.JSON);
        if (reading instanceof ScenarioReading.Invalid invalid) {
            throw ApiProblem.invalidBody(invalid.problems());
        }
        ScenarioReading.Valid valid = (ScenarioReading.Valid) reading;
        GovernanceProject project = value(useCases.importScenario()
                .importScenario(new ImportScenario.Command(valid.scenario(), actor(caller), caller.role())));
        ctx.header("Location", "/projects/" + project.id());
        project(ctx, 201, project);
    }

    private void getProject(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        project(ctx, 200, visibleProject(ctx, caller));
    }

    private void reviseOverview(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        var overview = parsed(partReader.overview(Http.jsonBody(ctx, settings.maxBodyBytes()), Syntax.JSON));
        project(ctx, 200, change(ctx, id, version, new Change.ReviseOverview(overview), caller));
    }

    // ---- parts -------------------------------------------------------------------------------------------------

    private <T> void getPart(Context ctx, Caller caller, PartKind<T> kind) {
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        String partId = ctx.pathParam(kind.idParam());
        List<T> parts = kind.ofProject().apply(project);
        for (int i = 0; i < parts.size(); i++) {
            if (kind.idOf().apply(parts.get(i)).equals(partId)) {
                Object part = kind.ofDocument().apply(writer.document(project.parts())).get(i);
                json(ctx, 200, part, Http.etag(project));
                return;
            }
        }
        throw ApiProblem.notFound("project \"" + project.id() + "\" has no " + words(kind.noun()) + " \"" + partId
                + "\"");
    }

    private <T> void addPart(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        T part = parsed(kind.read().apply(partReader, Http.jsonBody(ctx, settings.maxBodyBytes())));
        GovernanceProject changed = change(ctx, id, version, kind.add().apply(part), caller);
        ctx.header("Location", "/projects/" + id + "/" + kind.segment() + "/" + kind.idOf().apply(part));
        project(ctx, 201, changed);
    }

    private <T> void replacePart(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        T part = parsed(kind.read().apply(partReader, Http.jsonBody(ctx, settings.maxBodyBytes())));
        String pathId = ctx.pathParam(kind.idParam());
        if (!kind.idOf().apply(part).equals(pathId)) {
            throw new ApiProblem(400, "invalid-body", "The request body is invalid",
                    "the body describes \"" + kind.idOf().apply(part) + "\" but the path names \"" + pathId + "\"",
                    List.of(new ApiProblem.FieldError("id", null, "must be \"" + pathId
                            + "\", the id in the path (an id cannot change; remove the part and add a new one)")));
        }
        project(ctx, 200, change(ctx, id, version, kind.replace().apply(part), caller));
    }

    private <T> void removePart(Context ctx, Caller caller, PartKind<T> kind) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        Http.noBody(ctx, settings.maxBodyBytes());
        String partId = ctx.pathParam(kind.idParam());
        if (!Ids.isKebabCase(partId)) {
            throw ApiProblem.notFound("project \"" + id + "\" has no " + words(kind.noun()) + " \"" + partId + "\"");
        }
        project(ctx, 200, change(ctx, id, version, kind.remove().apply(partId), caller));
    }

    private void recordEngagement(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        EngagementActivity activity = parsed(partReader.engagement(Http.jsonBody(ctx, settings.maxBodyBytes()),
                Syntax.JSON));
        String stakeholder = ctx.pathParam("stakeholderId");
        if (!Ids.isKebabCase(stakeholder)) {
            throw ApiProblem.notFound("project \"" + id + "\" has no stakeholder \"" + stakeholder + "\"");
        }
        Result<GovernanceProject> result = useCases.recordEngagement().record(new RecordEngagement.Command(id,
                StakeholderId.of(stakeholder), activity, actor(caller), OptionalLong.of(version)));
        project(ctx, 200, changed(ctx, id, version, result));
    }

    // ---- the cycle ---------------------------------------------------------------------------------------------

    private void getCycle(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        json(ctx, 200, Representations.Cycle.of(project, useCases.moveCycle().missingForNextStep(project)), Http.etag(project));
    }

    private void listTransitions(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        var history = project.cycle().history();
        List<Representations.Transition> all = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            all.add(Representations.Transition.of(i + 1, history.get(i)));
        }
        json(ctx, 200, page.of(all), Http.etag(project));
    }

    private void moveCycle(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        Representations.CycleMove move = parsed(documentReader.read(Http.jsonBody(ctx, settings.maxBodyBytes()),
                Syntax.JSON, Representations.CycleMove.class));
        Result<GovernanceProject> result = useCases.moveCycle().move(new MoveCycle.Command(id, move.direction(),
                actor(caller), move.reason(), OptionalLong.of(version)));
        GovernanceProject project = changed(ctx, id, version, result);
        json(ctx, 201, Representations.Cycle.of(project, useCases.moveCycle().missingForNextStep(project)), Http.etag(project));
    }

    // ---- assessments -------------------------------------------------------------------------------------------

    private void assessProject(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        var assessment = value(useCases.assessProject().assess(project.id()));
        json(ctx, 200, AssessmentDocument.of(assessment), Http.etag(project));
    }

    private void assessScenario(Context ctx, Caller caller) {
        ScenarioReading reading = loader.read(Http.jsonBody(ctx, settings.maxBodyBytes()), Syntax.JSON);
        if (reading instanceof ScenarioReading.Invalid invalid) {
            throw ApiProblem.invalidBody(invalid.problems());
        }
        var parts = ((ScenarioReading.Valid) reading).scenario().parts();
        json(ctx, 200, AssessmentDocument.of(value(useCases.assessProject().assess(parts))));
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    private void listRules(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        json(ctx, 200, page.of(project.governance().rules().current().stream().map(writer::document).toList()),
                Http.etag(project));
    }

    private void addRule(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        Rule rule = parsed(partReader.rule(Http.jsonBody(ctx, settings.maxBodyBytes()), Syntax.JSON));
        GovernanceProject project = designed(ctx, id, version, new DesignRules.Change.AddRule(rule), caller);
        rule(ctx, 201, project, rule.id());
    }

    private void reviseRule(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        RuleId ruleId = ruleId(ctx, id);
        String body = Http.jsonBody(ctx, settings.maxBodyBytes());
        Parsed<Rule> read = partReader.rule(body, Syntax.JSON);
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
        GovernanceProject project = designed(ctx, id, version, new DesignRules.Change.ReviseRule(ruleId, next.text(),
                next.terms(), next.appliesTo(), next.mitigates()), caller);
        rule(ctx, 201, project, ruleId);
    }

    private void approveRule(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        RuleId ruleId = ruleId(ctx, id);
        Parsed<Representations.RuleApproval> read = documentReader.read(Http.jsonBody(ctx,
                settings.maxBodyBytes()), Syntax.JSON, Representations.RuleApproval.class);
        Representations.RuleApproval approval = parsed(read);
        if (approval.approvedBy() != null) {
            // refused, never silently replaced: the approval is recorded in the authenticated caller's name
            throw ApiProblem.invalidBody(List.of(((Parsed.Ok<Representations.RuleApproval>) read).lines()
                    .problem("approvedBy", "an approval is recorded in the name of the authenticated caller ("
                            + caller.name() + "); leave approvedBy out")));
        }
        rule(ctx, 200, designed(ctx, id, version, new DesignRules.Change.ApproveRule(ruleId, approval.on()),
                caller), ruleId);
    }

    private void lifeStep(Context ctx, Caller caller, Function<RuleId, DesignRules.Change> step) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        RuleId ruleId = ruleId(ctx, id);
        Http.noBody(ctx, settings.maxBodyBytes());
        rule(ctx, 200, designed(ctx, id, version, step.apply(ruleId), caller), ruleId);
    }

    private void listRuleVersions(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        List<Rule> history = value(useCases.designRules().history(project.id(), ruleId(ctx, project.id())));
        json(ctx, 200, page.of(history.stream().map(writer::document).toList()), Http.etag(project));
    }

    private void diffRuleVersions(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        int from = query.version("from");
        int to = query.version("to");
        query.check();
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        RuleDiff diff = value(useCases.designRules().diff(project.id(), ruleId(ctx, project.id()), from, to));
        json(ctx, 200, Representations.RuleDiff.of(diff), Http.etag(project));
    }

    private void suggestRules(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        List<Rule> drafts = value(useCases.designRules().suggest(project.id())).drafts();
        json(ctx, 200, page.of(drafts.stream().map(writer::document).toList()), Http.etag(project));
    }

    private GovernanceProject designed(Context ctx, ProjectId id, long version, DesignRules.Change change,
                                       Caller caller) {
        return changed(ctx, id, version, useCases.designRules().design(new DesignRules.Command(id, change,
                actor(caller), caller.role(), OptionalLong.of(version))));
    }

    /** The current version of a rule of the changed project, with the project's ETag. */
    private void rule(Context ctx, int status, GovernanceProject project, RuleId ruleId) {
        Rule current = project.governance().rules().current(ruleId).orElseThrow(() -> new IllegalStateException(
                "rule " + ruleId + " is not in project " + project.id() + " after changing it"));
        json(ctx, status, writer.document(current), Http.etag(project));
    }

    private static RuleId ruleId(Context ctx, ProjectId project) {
        String raw = ctx.pathParam("ruleId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound("project \"" + project + "\" has no rule \"" + raw + "\"");
        }
        return RuleId.of(raw);
    }

    // ---- implementation and evaluation -------------------------------------------------------------------------

    private void addKpi(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        Kpi kpi = parsed(partReader.kpi(Http.jsonBody(ctx, settings.maxBodyBytes()), Syntax.JSON));
        GovernanceProject project = evaluated(ctx, id, version, new EvaluateProject.Input.AddKpi(kpi), caller);
        kpi(ctx, project, kpi.id());
    }

    private void recordMeasurement(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        visibleProject(ctx, caller);
        String raw = ctx.pathParam("kpiId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound("project \"" + id + "\" has no KPI \"" + raw + "\"");
        }
        KpiId kpiId = KpiId.of(raw);
        Measurement measurement = parsed(partReader.measurement(Http.jsonBody(ctx, settings.maxBodyBytes()),
                Syntax.JSON));
        GovernanceProject project = evaluated(ctx, id, version, new EvaluateProject.Input.Measure(kpiId,
                measurement), caller);
        kpi(ctx, project, kpiId);
    }

    private void declareEvent(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        ProjectEvent event = parsed(partReader.event(Http.jsonBody(ctx, settings.maxBodyBytes()), Syntax.JSON));
        GovernanceProject project = evaluated(ctx, id, version, new EvaluateProject.Input.Declare(event), caller);
        json(ctx, 201, writer.document(event), Http.etag(project));
    }

    private void reviseFromTriggers(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        long version = Http.ifMatchVersion(ctx, id);
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = changed(ctx, id, version, useCases.evaluateProject().reviseIfTriggered(id,
                actor(caller), OptionalLong.of(version)));
        json(ctx, 201, Representations.Cycle.of(project, useCases.moveCycle().missingForNextStep(project)), Http.etag(project));
    }

    private GovernanceProject evaluated(Context ctx, ProjectId id, long version, EvaluateProject.Input input,
                                        Caller caller) {
        return changed(ctx, id, version, useCases.evaluateProject().record(new EvaluateProject.Command(id, input,
                actor(caller), OptionalLong.of(version))));
    }

    private void kpi(Context ctx, GovernanceProject project, KpiId kpiId) {
        Kpi kpi = project.governance().kpis().stream().filter(k -> k.id().equals(kpiId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("KPI " + kpiId + " is not in project " + project.id()
                        + " after changing it"));
        json(ctx, 201, writer.document(kpi), Http.etag(project));
    }

    // ---- the audit trail and the catalogue ---------------------------------------------------------------------

    private void listHistory(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.Query query = new Http.Query(ctx);
        Instant from = query.instant("from", Instant.MIN);
        Instant to = query.instant("to", Instant.MAX);
        query.check();
        Http.noBody(ctx, settings.maxBodyBytes());
        GovernanceProject project = visibleProject(ctx, caller);
        List<AuditEntry> entries = value(useCases.viewHistory().history(new ViewHistory.Query(project.id(), from,
                to)));
        json(ctx, 200, page.of(entries.stream().map(Representations.HistoryEntry::of).toList()));
    }

    private void getCatalogue(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        ViewCatalogue.Language language = query.language("lang");
        query.check();
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, useCases.viewCatalogue().catalogue(language));
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    private void listTokens(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, page.of(useCases.manageTokens().list().stream().map(Representations.Token::of).toList()));
    }

    private void createToken(Context ctx, Caller caller) {
        Representations.TokenRequest request = parsed(documentReader.read(Http.jsonBody(ctx,
                settings.maxBodyBytes()), Syntax.JSON, Representations.TokenRequest.class));
        IssueToken.IssuedToken issued = value(useCases.issueToken()
                .issue(new IssueToken.Command(request.name(), request.role())));
        ctx.header("Cache-Control", "no-store");
        json(ctx, 201, new Representations.IssuedToken(issued.token(), issued.info().name(), issued.info().role(),
                issued.info().createdAt()));
    }

    private void revokeToken(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, Representations.Token.of(value(useCases.manageTokens().revoke(ctx.pathParam("name")))));
    }

    // ---- a data subject's own data ------------------------------------------------------------------------------

    /** The caller's subject id: a CITIZEN token's name. */
    private static SubjectId subject(Caller caller) {
        if (caller.role() != CITIZEN) {
            throw new IllegalStateException("only a CITIZEN has a subject id; the route table lets " + caller.role()
                    + " in");
        }
        return SubjectId.of(caller.name());
    }

    private void listMyLinkages(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, page.of(useCases.exerciseRights().linkagesOf(subject(caller)).stream()
                .map(Representations.Linkage::of).toList()));
    }

    private void listMyConsents(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, page.of(useCases.exerciseRights().consentsOf(subject(caller)).stream()
                .map(Representations.Consent::of).toList()));
    }

    private void grantMyConsent(Context ctx, Caller caller) {
        Representations.ConsentGrant grant = parsed(documentReader.read(Http.jsonBody(ctx, settings.maxBodyBytes()),
                Syntax.JSON, Representations.ConsentGrant.class));
        ProjectId project = ProjectId.of(grant.project());
        DataAssetId asset = DataAssetId.of(grant.asset());
        requireAsset(project, asset);
        ConsentRecord consent = useCases.exerciseRights().grantConsent(subject(caller), project, asset,
                grant.purpose());
        ctx.header("Location", "/me/consents/" + consent.id());
        json(ctx, 201, Representations.Consent.of(consent));
    }

    private void withdrawMyConsent(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        String raw = ctx.pathParam("consentId");
        if (raw.isBlank()) {
            throw ApiProblem.notFound("you have no consent \"" + raw + "\"");
        }
        json(ctx, 200, Representations.Consent.of(value(useCases.exerciseRights().withdrawConsent(subject(caller),
                new ConsentId(raw)))));
    }

    private void listMyCorrections(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, page.of(useCases.exerciseRights().correctionsOf(subject(caller)).stream()
                .map(Representations.Correction::of).toList()));
    }

    private void requestMyCorrection(Context ctx, Caller caller) {
        Representations.CorrectionFiling filing = parsed(documentReader.read(Http.jsonBody(ctx,
                settings.maxBodyBytes()), Syntax.JSON, Representations.CorrectionFiling.class));
        ProjectId project = ProjectId.of(filing.project());
        DataAssetId asset = DataAssetId.of(filing.asset());
        requireAsset(project, asset);
        CorrectionRequest.Open open = useCases.exerciseRights().requestCorrection(subject(caller), project, asset,
                filing.correction().strip());
        json(ctx, 201, Representations.Correction.of(open));
    }

    // ---- correction requests, for the operator ------------------------------------------------------------------

    private void listCorrections(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        Http.Query query = new Http.Query(ctx);
        CorrectionRequest.State state = query.correctionState("status");
        query.check();
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, page.of(useCases.exerciseRights().corrections(state).stream()
                .map(Representations.CorrectionCase::of).toList()));
    }

    private void answerCorrection(Context ctx, Caller caller) {
        Representations.CorrectionAnswer answer = parsed(documentReader.read(Http.jsonBody(ctx,
                settings.maxBodyBytes()), Syntax.JSON, Representations.CorrectionAnswer.class));
        String id = ctx.pathParam("correctionId");
        boolean accepted = answer.outcome() == Representations.CorrectionOutcome.RESOLVED;
        json(ctx, 200, Representations.CorrectionCase.of(value(useCases.exerciseRights().answerCorrection(id,
                accepted, answer.note().strip()))));
    }

    /** 404 unless the project is registered and has the data asset: consent and corrections name real data. */
    private void requireAsset(ProjectId project, DataAssetId asset) {
        GovernanceProject found = value(useCases.viewProjects().get(project));
        if (found.dataAssets().stream().noneMatch(a -> a.id().equals(asset))) {
            throw ApiProblem.notFound("project \"" + project + "\" has no data asset \"" + asset + "\"");
        }
    }

    // ---- the linkage log and decisions -------------------------------------------------------------------------

    /** The head as auditors keep it: the same document {@code citygov log verify --trusted-head} reads. */
    private TreeHeadDocument head(SignedTreeHead head) {
        return TreeHeadDocument.of(head, useCases.auditLinkageLog().publicKey());
    }

    private void getLinkageLogHead(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        json(ctx, 200, head(useCases.auditLinkageLog().treeHead()));
    }

    private void getInclusionProof(Context ctx, Caller caller) {
        Http.noBody(ctx, settings.maxBodyBytes());
        String raw = ctx.pathParam("seq");
        long sequence;
        try {
            sequence = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("the linkage log has no entry \"" + raw + "\"");
        }
        AuditLinkageLog.InclusionProof proof = value(useCases.auditLinkageLog().inclusionProof(sequence));
        json(ctx, 200, new Representations.InclusionProof(proof.entry().sequence(), proof.entry().body(),
                Sha256.hex(proof.entry().leafHash()), head(proof.head()), proof.path().stream().map(Sha256::hex)
                .toList()));
    }

    private void getConsistencyProof(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        long from = query.size("from", true);
        long to = query.size("to", false);
        query.check();
        Http.noBody(ctx, settings.maxBodyBytes());
        AuditLinkageLog.ConsistencyProof proof = value(ctx.queryParam("to") == null
                ? useCases.auditLinkageLog().consistencyProof(from)
                : useCases.auditLinkageLog().consistencyProof(from, to));
        json(ctx, 200, new Representations.ConsistencyProof(proof.firstSize(), proof.secondSize(), head(proof.head()),
                proof.path().stream().map(Sha256::hex).toList()));
    }

    private void decideLinkage(Context ctx, Caller caller) {
        Representations.DecisionRequest body = parsed(documentReader.read(Http.jsonBody(ctx, settings.maxBodyBytes()),
                Syntax.JSON, Representations.DecisionRequest.class));
        if (caller.role() == PROVIDER && !body.party().equals(caller.name())) {
            throw ApiProblem.of(403, "forbidden", "Not allowed for this party", "a PROVIDER token asks for decisions"
                    + " on its own behalf: party must be \"" + caller.name() + "\"");
        }
        LinkageRequest request = new LinkageRequest(ProjectId.of(body.project()), StakeholderId.of(body.party()),
                java.util.Optional.ofNullable(body.role()).map(String::strip), DataAssetId.of(body.asset()),
                body.purpose(), java.util.Optional.ofNullable(body.subject()).map(String::strip).map(SubjectId::of),
                java.util.Set.copyOf(body.fields().stream().map(String::strip).toList()));
        json(ctx, 200, Representations.LoggedDecision.of(useCases.decideLinkage().decide(request)));
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    private static Actor actor(Caller caller) {
        return Actor.of(caller.name());
    }

    private static ProjectId projectId(Context ctx) {
        String raw = ctx.pathParam("projectId");
        if (!Ids.isKebabCase(raw)) {
            throw ApiProblem.notFound("no project \"" + raw + "\"");
        }
        return ProjectId.of(raw);
    }

    /** A PROVIDER sees the projects in which a stakeholder has its name; every other role sees every project. */
    private static boolean visibleTo(Caller caller, GovernanceProject project) {
        return caller.role() != PROVIDER || Ids.isKebabCase(caller.name())
                && project.stakeholder(StakeholderId.of(caller.name())).isPresent();
    }

    private GovernanceProject visibleProject(Context ctx, Caller caller) {
        ProjectId id = projectId(ctx);
        GovernanceProject project = value(useCases.viewProjects().get(id));
        if (!visibleTo(caller, project)) {
            throw ApiProblem.notFound("no project \"" + id + "\"");
        }
        return project;
    }

    private GovernanceProject change(Context ctx, ProjectId id, long version, Change change, Caller caller) {
        return changed(ctx, id, version, useCases.changeProject()
                .change(new ChangeProject.Command(id, change, actor(caller), OptionalLong.of(version))));
    }

    /** The changed project; a CONFLICT because the project moved on since {@code version} is a 412, not a 409. */
    private GovernanceProject changed(Context ctx, ProjectId id, long version, Result<GovernanceProject> result) {
        if (result instanceof Result.Failure<GovernanceProject> failure
                && failure.reason() == Result.Reason.CONFLICT) {
            Result<GovernanceProject> now = useCases.viewProjects().get(id);
            if (now instanceof Result.Success<GovernanceProject> current && current.value().version() != version) {
                throw Http.stale(id, ctx.header("If-Match"));
            }
        }
        return value(result);
    }

    private static <T> T value(Result<T> result) {
        return switch (result) {
            case Result.Success<T> s -> s.value();
            case Result.Failure<T> f -> throw ApiProblem.of(f);
        };
    }

    private static <T> T parsed(Parsed<T> parsed) {
        return switch (parsed) {
            case Parsed.Ok<T> ok -> ok.value();
            case Parsed.Problems<T> p -> throw ApiProblem.invalidBody(p.problems());
        };
    }

    private void project(Context ctx, int status, GovernanceProject project) {
        ScenarioDocument doc = writer.document(project.parts());
        json(ctx, status, new Representations.Project(project.id().value(), project.version(),
                new Representations.CyclePosition(project.cycle().step(), project.cycle().revision()), doc.project(),
                doc.services(), doc.stakeholders(), doc.dataAssets(), doc.dataFlows(), doc.rules(), doc.kpis(),
                doc.events(), doc.catalogVersion()), Http.etag(project));
    }

    private static void json(Context ctx, int status, Object value) {
        json(ctx, status, value, null);
    }

    private static void json(Context ctx, int status, Object value, String etag) {
        byte[] body;
        try {
            body = RestApi.JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response", e);
        }
        respond(ctx, status, body, "application/json", etag != null ? etag
                : ctx.method() == HandlerType.GET ? Http.weakEtag(body) : null);
    }

    private static void respond(Context ctx, int status, byte[] body, String type, String etag) {
        if (etag != null) {
            ctx.header("ETag", etag);
            if (ctx.method() == HandlerType.GET && status == 200 && Http.noneMatch(ctx, etag)) {
                ctx.status(304);
                return;
            }
        }
        ctx.status(status);
        ctx.contentType(type);
        ctx.result(body);
    }
}
