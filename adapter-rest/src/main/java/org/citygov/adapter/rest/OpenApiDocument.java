package org.citygov.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.citygov.application.platform.PlatformAssessmentDocument;
import org.citygov.application.platform.PlatformDocument;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.domain.access.Role;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.Warning;

/**
 * The OpenAPI 3.1 document of the API, built from the same {@link Operation}s that register the routes, so a route
 * cannot exist undocumented. The scenario format's shapes come from {@code docs/scenario.schema.json} (copied into
 * this jar at build time; a drift test keeps it equal to the code's enumerations), the API's own shapes are
 * written here next to their records in {@link Representations}.
 */
final class OpenApiDocument {

    static final String VERSION = "1.0.0";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    /** The scenario schema's names that read differently in the API. */
    private static final Map<String, String> RENAMED = Map.of("Project", "ProjectOverview");

    private final ObjectNode root;

    private OpenApiDocument(ObjectNode root) {
        this.root = root;
    }

    static OpenApiDocument of(List<Operation> operations) {
        ObjectNode root = RestApi.JSON.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "CityGov API");
        info.put("version", VERSION);
        info.put("description", "Smart-city data governance: projects and their parts, the governance cycle and its"
                + " history, assessments, rules and their versions, KPIs and triggered revisions, the audit trail, the"
                + " catalogue. Every error is an RFC 9457 problem (application/problem+json). Changes"
                + " of a project need If-Match with the project's ETag (\"<id>-v<version>\"): 428 without it, 412"
                + " when the project has changed since. Authenticate with `Authorization: Bearer <token>`; tokens"
                + " are issued by `citygov token create` or POST /tokens. x-citygov-roles lists the roles that may"
                + " call an operation; a PROVIDER sees only projects in which a stakeholder has its token's name. A"
                + " CITIZEN token's name is a data subject's id: it reaches only that subject's own linkages, consents"
                + " and correction requests under /me; the operator (ADMIN) answers those requests under /corrections."
                + " Data platforms (MARKET.md): OPERATOR, PROVIDER and USER tokens are named by a participant id and"
                + " reach only the platforms, offers, agreements and log entries that concern it; a refused listing"
                + " or agreement is a 422 problem whose findings carry MARKET.md's codes.");
        root.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = root.putArray("tags");
        new TreeSet<>(operations.stream().map(Operation::tag).toList()).forEach(t -> tags.addObject().put("name", t));

        ObjectNode paths = root.putObject("paths");
        for (Operation op : RestApi.sorted(operations)) {
            ObjectNode item = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            item.set(op.method().name().toLowerCase(java.util.Locale.ROOT), operation(op));
        }
        ObjectNode components = root.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "An API token from `citygov token create`");
        ObjectNode schemas = components.putObject("schemas");
        scenarioSchemas(schemas);
        apiSchemas(schemas);
        return new OpenApiDocument(root);
    }

    JsonNode node() {
        return root;
    }

    byte[] bytes() {
        try {
            return RestApi.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- operations --------------------------------------------------------------------------------------------

    private static ObjectNode operation(Operation op) {
        ObjectNode o = RestApi.JSON.createObjectNode();
        o.put("operationId", op.operationId());
        o.put("summary", op.summary());
        o.putArray("tags").add(op.tag());
        ArrayNode security = o.putArray("security");
        if (!op.isPublic()) {
            security.addObject().putArray("bearer");
        }
        ArrayNode roles = o.putArray("x-citygov-roles");
        op.roles().stream().sorted().forEach(r -> roles.add(r.name()));

        ArrayNode parameters = RestApi.JSON.createArrayNode();
        Matcher m = PATH_PARAMETER.matcher(op.path());
        while (m.find()) {
            ObjectNode p = parameters.addObject();
            p.put("name", m.group(1));
            p.put("in", "path");
            p.put("required", true);
            p.set("schema", switch (m.group(1)) {
                case "seq" -> integer(0, null);
                case "consentId", "correctionId" -> string().put("minLength", 1);
                default -> ref("Id");
            });
        }
        if (op.conditional()) {
            ObjectNode p = parameters.addObject();
            p.put("name", "If-Match");
            p.put("in", "header");
            p.put("required", true);
            p.put("description", "The ETag of the project as last read: \"<id>-v<version>\"");
            p.set("schema", string());
        }
        if (op.paged()) {
            ObjectNode offset = parameters.addObject();
            offset.put("name", "offset").put("in", "query").put("required", false)
                    .put("description", "How many items to skip (default 0)");
            offset.set("schema", integer(0, null));
            ObjectNode limit = parameters.addObject();
            limit.put("name", "limit").put("in", "query").put("required", false)
                    .put("description", "How many items at most (default " + Http.DEFAULT_LIMIT + ")");
            limit.set("schema", integer(1, Http.MAX_LIMIT));
        }
        for (Operation.QueryParameter q : op.query()) {
            ObjectNode p = parameters.addObject();
            p.put("name", q.name()).put("in", "query").put("required", q.required()).put("description",
                    q.description());
            p.set("schema", switch (q.type()) {
                case VERSION -> integer(1, null);
                case INSTANT -> dateTime();
                case LANGUAGE -> enumeration("en", "ja");
                case SIZE -> integer(0, null);
                case CORRECTION_STATE -> ref("CorrectionState");
            });
        }
        if (!parameters.isEmpty()) {
            o.set("parameters", parameters);
        }
        if (op.requestSchema() != null) {
            ObjectNode body = o.putObject("requestBody");
            body.put("required", true);
            body.putObject("content").putObject("application/json").set("schema", ref(op.requestSchema()));
        }
        ObjectNode responses = o.putObject("responses");
        ObjectNode ok = responses.putObject(String.valueOf(op.status()));
        ok.put("description", op.status() == 201 ? "Created" : "OK");
        if (op.responseSchema() != null) {
            boolean text = op.responseType().startsWith("text/") || op.responseType().startsWith("image/");
            JsonNode schema = text ? string()
                    : op.responseSchema().isEmpty() ? RestApi.JSON.createObjectNode().put("type", "object")
                    : ref(op.responseSchema());
            ObjectNode content = ok.putObject("content");
            content.putObject(op.responseType()).set("schema", schema);
            if (op.jsonAlternative() != null) {
                content.putObject("application/json").set("schema", op.jsonAlternative().isEmpty()
                        ? RestApi.JSON.createObjectNode().put("type", "object") : ref(op.jsonAlternative()));
            }
        }
        ok.putObject("headers").putObject("ETag").put("description", "The version of what was returned")
                .set("schema", string());
        TreeSet<Integer> problems = new TreeSet<>(op.errors());
        if (!op.isPublic()) {
            problems.addAll(List.of(401, 403));
        }
        if (op.path().contains("{")) {
            problems.add(404);
        }
        if (op.requestSchema() != null || op.paged() || !op.query().isEmpty()) {
            problems.add(400);
        }
        if (op.requestSchema() != null) {
            problems.addAll(List.of(408, 413, 415));
        }
        if (op.conditional()) {
            problems.addAll(List.of(412, 428));
        }
        for (int status : problems) {
            ObjectNode r = responses.putObject(String.valueOf(status));
            r.put("description", reason(status));
            r.putObject("content").putObject("application/problem+json").set("schema", ref("Problem"));
        }
        ObjectNode fault = responses.putObject("default");
        fault.put("description", "A problem: any other refusal, or 500 for a fault (logged with the request id)");
        fault.putObject("content").putObject("application/problem+json").set("schema", ref("Problem"));
        return o;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "The request is invalid; errors lists every invalid field with its path (and line)";
            case 401 -> "No valid bearer token";
            case 403 -> "The token's role may not do this";
            case 404 -> "No such resource (or not visible to this token)";
            case 409 -> "The project's current state does not allow this";
            case 412 -> "If-Match is not the project's current version";
            case 408 -> "The body did not arrive in full within the server's body timeout (the connection is closed)";
            case 413 -> "The body is larger than the server accepts";
            case 415 -> "The body is not declared application/json";
            case 422 -> "Refused by the platform's rules: findings lists the finding codes (MARKET.md)";
            case 428 -> "If-Match is missing";
            case 503 -> "Not ready";
            default -> "A problem";
        };
    }

    // ---- schemas -----------------------------------------------------------------------------------------------

    /** The scenario format's schema, its $defs as components and itself as {@code Scenario}. */
    private static void scenarioSchemas(ObjectNode schemas) {
        JsonNode scenario;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("scenario.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("scenario.schema.json is not in the jar; the build copies it from docs");
            }
            scenario = RestApi.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode copy = (ObjectNode) rewriteRefs(scenario.deepCopy());
        ObjectNode defs = (ObjectNode) copy.remove("$defs");
        copy.remove("$schema");
        copy.remove("$id");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            schemas.set(RENAMED.getOrDefault(def.getKey(), def.getKey()), def.getValue());
        }
        schemas.set("Scenario", copy);
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                String name = ref.asText().substring("#/$defs/".length());
                object.put("$ref", "#/components/schemas/" + RENAMED.getOrDefault(name, name));
            }
            object.fields().forEachRemaining(e -> rewriteRefs(e.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiDocument::rewriteRefs);
        }
        return node;
    }

    private static void apiSchemas(ObjectNode s) {
        s.set("GovernanceStep", enumeration(GovernanceStep.class));
        s.set("TransitionKind", enumeration(CycleTransition.Kind.class));
        s.set("CycleDirection", enumeration(MoveCycle.Direction.class));
        s.set("Role", enumeration(Role.class));
        s.set("Status", object("Whether the process is up or ready", "status", string()));
        s.set("FieldError", object("One invalid field of the request",
                "path", string().put("description", "The field's path in the body (services[0].field), or a query"
                        + " parameter"),
                "line", nullable(integer(1, null)).put("description", "The body's line, when known"),
                "message", string()));
        s.set("Problem", withOptional(object("An RFC 9457 problem; a refused listing or agreement (422) lists the"
                        + " screening's or review's findings",
                "type", string(), "title", string(), "status", integer(400, 599), "detail", string(),
                "instance", string(), "requestId", nullable(string())),
                "errors", array(ref("FieldError")), "findings", array(ref("PlatformAssessment.FindingEntry"))));
        s.set("ProjectSummary", object("A project in a list",
                "id", ref("Id"), "name", string(), "stage", ref("PromotionStage"), "step", ref("GovernanceStep"),
                "revision", integer(1, null), "version", integer(1, null)));
        s.set("ProjectSummaryPage", page("ProjectSummary"));
        s.set("CyclePosition", object("Where a project's governance cycle stands",
                "step", ref("GovernanceStep"), "revision", integer(1, null)));
        s.set("Project", withOptional(object("A registered project: its parts as the scenario format writes them,"
                        + " and its cycle; rules (every version), KPIs and declared events when it has any",
                "id", ref("Id"), "version", integer(1, null), "cycle", ref("CyclePosition"),
                "overview", ref("ProjectOverview"), "services", array(ref("Service")),
                "stakeholders", array(ref("Stakeholder")), "dataAssets", array(ref("DataAsset")),
                "dataFlows", array(ref("DataFlow"))),
                "rules", array(ref("Rule")), "kpis", array(ref("Kpi")), "events", array(ref("Event")),
                "catalogVersion", string()));
        s.set("Cycle", object("A project's governance cycle: the step it is at and what the next step needs",
                "project", ref("Id"), "version", integer(1, null), "step", ref("GovernanceStep"),
                "guidelineSection", string(), "revision", integer(1, null), "nextStep", ref("GovernanceStep"),
                "missingForNextStep", array(string()), "transitions", integer(1, null)));
        s.set("Transition", object("One recorded move of a project's cycle",
                "sequence", integer(1, null), "kind", ref("TransitionKind"), "from", ref("GovernanceStep"),
                "to", ref("GovernanceStep"), "revision", integer(1, null), "actor", string(),
                "at", dateTime(), "reason", string()));
        s.set("TransitionPage", page("Transition"));
        s.set("CycleMove", object("A request to move a project's cycle: ADVANCE to the next step, or NEW_REVISION"
                        + " from implementation and evaluation back to risk analysis",
                "direction", ref("CycleDirection"), "reason", ref("Text")));
        s.set("AssessedStakeholder", withOptional(object("One stakeholder's analysis",
                        "id", ref("Id"), "name", string(), "category", ref("StakeholderCategory"),
                        "involvement", ref("Involvement"), "score", integer(1, 25),
                        "importance", enumeration("LOW", "MEDIUM", "HIGH", "CRITICAL"),
                        "engagement", enumeration("INFORMATION_DISTRIBUTION", "INFORMATION_GATHERING", "TWO_WAY",
                                "INVOLVEMENT"), "engagedAsRecommended", bool()),
                "engagementHeld", enumeration("INFORMATION_DISTRIBUTION", "INFORMATION_GATHERING", "TWO_WAY",
                        "INVOLVEMENT")));
        ObjectNode entry = RestApi.JSON.createObjectNode().put("type", "object")
                .put("description", "See SCENARIO.md, \"Output: the assessment\"");
        s.set("AssessmentWarning", object("Something plausible but unusual in the input; it never stops an"
                        + " assessment (SCENARIO.md, additions of 2026-11-29)",
                "path", string(), "code", enumeration(Warning.Code.class), "text", string()));
        s.set("Assessment", withOptional(object("The assessment of a project (citygov/1 output, SCENARIO.md). The"
                        + " parts after stakeholders are described in SCENARIO.md and typed loosely here while the"
                        + " analysis grows",
                "format", RestApi.JSON.createObjectNode().put("const", "citygov/1"), "project", ref("Id"),
                "stakeholders", array(ref("AssessedStakeholder"))),
                "catalogVersion", string(), "warnings", array(ref("AssessmentWarning")),
                "laws", array(entry.deepCopy()), "softLaws", array(entry.deepCopy()),
                "legalTests", array(entry.deepCopy()), "risks", array(entry.deepCopy()),
                "rules", entry.deepCopy(), "evaluation", entry.deepCopy()));
        s.set("RulePage", page("Rule"));
        s.set("RuleApproval", object("An approval of a rule's draft version, on which day. The approver recorded is"
                + " the authenticated caller (the token's name); a body that names approvedBy is refused with 400",
                "on", ref("Date")));
        s.set("RuleChange", object("One changed field of a rule, as text",
                "field", string(), "before", string(), "after", string()));
        s.set("RuleDiff", object("What changed between two versions of a rule",
                "rule", ref("Id"), "fromVersion", integer(1, null), "toVersion", integer(1, null),
                "changes", array(ref("RuleChange"))));
        s.set("HistoryEntry", object("One entry of a project's audit trail: the save that made a version",
                "version", integer(1, null), "actor", string(), "at", dateTime(), "summary", string(),
                "step", ref("GovernanceStep"), "revision", integer(1, null)));
        s.set("HistoryEntryPage", page("HistoryEntry"));
        s.set("CatalogueEntry", object("An entry of the catalogue: id, label in the asked language, source",
                "id", string(), "label", string(), "source", string()));
        s.set("CatalogueLaw", object("A law; area is null for a law on all personal data",
                "id", string(), "label", string(), "area", nullable(string()), "source", string()));
        s.set("CatalogueSoftLaw", object("A soft law and the topic it belongs to",
                "id", string(), "label", string(), "topic", string(), "source", string()));
        s.set("CatalogueFocalPoint", object("A focal point of the guideline and the question it asks",
                "code", string(), "label", string(), "question", string(), "source", string()));
        s.set("CatalogueHarm", object("A privacy harm, the stage it arises in and the question it asks",
                "code", string(), "stage", enumeration("COLLECTION", "PROCESSING", "DISSEMINATION", "INVASION"),
                "label", string(), "question", string(), "source", string()));
        s.set("CatalogueStakeholderCategory", object("A stakeholder category and its role",
                "code", ref("StakeholderCategory"), "label", string(), "role", string(), "source", string()));
        s.set("CatalogueEngagementMethod", object("An engagement method and its format",
                "code", ref("EngagementMethod"), "format", string(), "label", string(), "source", string()));
        s.set("Catalogue", object("The catalogue edition assessments apply, labelled in one language",
                "version", string(), "language", enumeration("EN", "JA"), "title", string(),
                "lawAreas", array(ref("CatalogueEntry")), "laws", array(ref("CatalogueLaw")),
                "softLawTopics", array(ref("CatalogueEntry")), "softLaws", array(ref("CatalogueSoftLaw")),
                "focalPoints", array(ref("CatalogueFocalPoint")), "privacyHarms", array(ref("CatalogueHarm")),
                "stakeholderCategories", array(ref("CatalogueStakeholderCategory")),
                "engagementMethods", array(ref("CatalogueEngagementMethod"))));
        s.set("TokenRequest", object("A request for an API token", "name", ref("Id"), "role", ref("Role")));
        s.set("Token", withOptional(object("An API token as it may be shown: never the token, never its hash",
                        "name", ref("Id"), "role", ref("Role"), "createdAt", dateTime(), "active", bool()),
                "revokedAt", dateTime()));
        s.set("TokenPage", page("Token"));
        s.set("IssuedToken", object("A token just issued: its value is shown this once",
                "token", string(), "name", ref("Id"), "role", ref("Role"), "createdAt", dateTime()));
        linkageSchemas(s);
        platformSchemas(s);
    }

    /** The platform document and its assessment (MARKET.md), made from the records that read and write them. */
    private static void platformSchemas(ObjectNode s) {
        java.util.Set<String> none = java.util.Set.of();
        new RecordSchemas(s).input("PlatformDocument", PlatformDocument.class)
                .output("PlatformAssessment", PlatformAssessmentDocument.class,
                        java.util.Set.of("PlatformAssessment.DeadlineEntry.done", "PlatformAssessment.projects"))
                .output("WithdrawnOffer", PlatformRepresentations.WithdrawnOffer.class, none)
                .output("StoredPlatform", PlatformRepresentations.StoredPlatform.class, none)
                .output("PlatformSummary", PlatformRepresentations.PlatformSummary.class, none)
                .output("PlatformSummaryPage", PlatformRepresentations.PlatformSummaryPage.class, none)
                .output("OfferStanding", PlatformRepresentations.OfferItem.class,
                        java.util.Set.of("OfferStanding.withdrawn"))
                .output("OfferPage", PlatformRepresentations.OfferPage.class, none)
                .output("AgreementPage", PlatformRepresentations.AgreementPage.class, none)
                .output("PlatformHistoryEntry", PlatformRepresentations.HistoryEntry.class, none)
                .output("PlatformHistoryPage", PlatformRepresentations.HistoryPage.class, none)
                .input("AgreementRequest", PlatformRepresentations.AgreementRequest.class)
                .output("ConcludedAgreement", PlatformRepresentations.ConcludedAgreement.class, none)
                .output("DeliveryDecision", PlatformRepresentations.Delivery.class, none)
                .output("LoggedLicence", PlatformRepresentations.LoggedLicence.class, none)
                .output("LoggedTerms", PlatformRepresentations.LoggedTerms.class,
                        java.util.Set.of("LoggedTerms.retentionDays"))
                .output("PlatformLogEntry", PlatformRepresentations.LogEntryItem.class, none)
                .output("PlatformLogEntryPage", PlatformRepresentations.LogEntryPage.class, none);
    }

    private static void linkageSchemas(ObjectNode s) {
        s.set("LinkageOutcome", enumeration(Decision.Outcome.class));
        s.set("LinkageKind", enumeration(LinkageRecord.Kind.class));
        s.set("Linkage", withOptional(object("One linkage of the caller's data as the log records it: a DECISION on"
                        + " a request, or a TRANSFER made under a permitting decision",
                "sequence", integer(0, null), "kind", ref("LinkageKind"), "at", dateTime(), "project", ref("Id"),
                "party", ref("Id"), "asset", ref("Id"), "purpose", ref("PurposeKind"), "fields", array(string()),
                "outcome", ref("LinkageOutcome"), "obligations", array(string()), "rules", array(string()),
                "consents", array(string()), "reason", string()),
                "role", string(), "flow", ref("Id"), "decisionSequence", integer(0, null)));
        s.set("LinkagePage", page("Linkage"));
        s.set("Consent", withOptional(object("A consent of the caller's, active or withdrawn",
                "id", string(), "project", ref("Id"), "asset", ref("Id"), "purpose", ref("PurposeKind"),
                "grantedAt", dateTime(), "active", bool()), "withdrawnAt", dateTime()));
        s.set("ConsentPage", page("Consent"));
        s.set("ConsentGrant", object("Consent to the use of one data asset of one project for one kind of purpose",
                "project", ref("Id"), "asset", ref("Id"), "purpose", ref("PurposeKind")));
        s.set("CorrectionFiling", object("A request to correct data held about the caller",
                "project", ref("Id"), "asset", ref("Id"), "correction", ref("Text")));
        s.set("Correction", withOptional(object("A correction request and where it stands",
                "id", string(), "project", ref("Id"), "asset", ref("Id"), "correction", string(),
                "filedAt", dateTime(), "state", enumeration("OPEN", "RESOLVED", "REJECTED")),
                "answer", string(), "answeredAt", dateTime()));
        s.set("CorrectionPage", page("Correction"));
        s.set("CorrectionState", enumeration(CorrectionRequest.State.class));
        s.set("CorrectionCase", withOptional(object("A correction request as the operator sees it: whose it is, what"
                        + " it asks, where it stands; answer is the note of a resolution or the reason of a rejection,"
                        + " answeredBy the operator who gave it",
                "id", string(), "subject", string(), "project", ref("Id"), "asset", ref("Id"),
                "correction", string(), "filedAt", dateTime(), "state", ref("CorrectionState")),
                "answer", string(), "answeredAt", dateTime(), "answeredBy", string()));
        s.set("CorrectionCasePage", page("CorrectionCase"));
        s.set("CorrectionAnswer", object("The operator's answer to an open correction request: RESOLVED (the data"
                        + " was corrected; the note says how) or REJECTED (the data stays; the note says why)",
                "outcome", enumeration(Representations.CorrectionOutcome.class), "note", ref("Text")));
        s.set("Publication", object("That a project's public page is published: by whom and since when",
                "project", ref("Id"), "publishedBy", string(), "publishedAt", dateTime()));
        s.set("TreeHead", object("The linkage log's signed tree head (RFC 6962 root, Ed25519 signature over"
                        + " \"citygov-linkage-log/1\\n<size>\\n<epoch ms>\\n<root hex>\\n\"), with the public key",
                "treeSize", integer(0, null), "at", dateTime(), "rootHash", string(), "signature", string(),
                "algorithm", string(), "publicKey", string().put("description", "base64 X.509"),
                "keyId", string().put("description", "the id of the key that signed it: the first 16 hex digits of"
                        + " SHA-256 over the public key's X.509 encoding (not signed; tells which of the keys an"
                        + " auditor keeps to check with after a key rotation; absent on heads signed before V10)")));
        s.set("InclusionProof", object("An entry of the linkage log and its audit path in the signed tree",
                "sequence", integer(0, null), "body", string(), "leafHash", string(), "head", ref("TreeHead"),
                "path", array(string())));
        s.set("ConsistencyProof", object("The RFC 6962 proof that the log of from entries is a prefix of the log"
                        + " of to entries; head is the current signed head",
                "from", integer(0, null), "to", integer(0, null), "head", ref("TreeHead"), "path", array(string())));
        s.set("DecisionRequest", withOptional(object("A request to hand data along; without subject it asks for"
                        + " data aggregated over every subject",
                "project", ref("Id"), "party", ref("Id"), "asset", ref("Id"), "purpose", ref("PurposeKind"),
                "fields", array(string())), "role", string(), "subject", string()));
        s.set("LoggedDecision", withOptional(object("A decision and the sequence number of the log entry recording it",
                "sequence", integer(0, null), "outcome", ref("LinkageOutcome"), "obligations", array(string()),
                "rules", array(string()), "consents", array(string()), "reason", string(),
                "policyGeneration", integer(0, null), "explanation", string()), "flow", ref("Id")));
    }

    // ---- a small schema vocabulary -----------------------------------------------------------------------------

    private static ObjectNode ref(String name) {
        return RestApi.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode string() {
        return RestApi.JSON.createObjectNode().put("type", "string");
    }

    private static ObjectNode dateTime() {
        return string().put("format", "date-time");
    }

    private static ObjectNode bool() {
        return RestApi.JSON.createObjectNode().put("type", "boolean");
    }

    private static ObjectNode integer(Integer min, Integer max) {
        ObjectNode n = RestApi.JSON.createObjectNode().put("type", "integer");
        if (min != null) {
            n.put("minimum", min);
        }
        if (max != null) {
            n.put("maximum", max);
        }
        return n;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        String type = schema.get("type").asText();
        schema.putArray("type").add(type).add("null");
        return schema;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode n = RestApi.JSON.createObjectNode().put("type", "array");
        n.set("items", items);
        return n;
    }

    private static ObjectNode enumeration(Class<? extends Enum<?>> type) {
        return enumeration(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    private static ObjectNode enumeration(String... values) {
        ObjectNode n = string();
        ArrayNode e = n.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return n;
    }

    /** A closed object whose every property is required: {@code name, schema, name, schema, …}. */
    private static ObjectNode object(String description, Object... properties) {
        ObjectNode n = RestApi.JSON.createObjectNode().put("type", "object").put("description", description);
        n.put("additionalProperties", false);
        ArrayNode required = n.putArray("required");
        ObjectNode props = n.putObject("properties");
        for (int i = 0; i < properties.length; i += 2) {
            required.add((String) properties[i]);
            props.set((String) properties[i], (JsonNode) properties[i + 1]);
        }
        return n;
    }

    /** The object with further properties that may be absent. */
    private static ObjectNode withOptional(ObjectNode object, Object... properties) {
        ObjectNode props = (ObjectNode) object.get("properties");
        for (int i = 0; i < properties.length; i += 2) {
            props.set((String) properties[i], (JsonNode) properties[i + 1]);
        }
        return object;
    }

    private static ObjectNode page(String item) {
        return object("A page of " + item + " items", "items", array(ref(item)), "offset", integer(0, null),
                "limit", integer(1, Http.MAX_LIMIT), "total", integer(0, null));
    }
}
