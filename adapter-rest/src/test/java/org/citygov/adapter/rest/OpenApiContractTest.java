package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/** The API document lists exactly the routes Javalin serves, and what the routes answer matches its schemas. */
class OpenApiContractTest {

    private static final String PROJECT = "/projects/kashiwanoha-frailty";
    /** A programme rule in the scenario file's rule shape. */
    static final String NEW_RULE = """
            {"id": "night-retention", "version": 1, "level": "PROGRAM", "kind": "RETENTION",
             "text": "Risk scores are deleted 180 days after the programme invitation.",
             "appliesTo": [], "mitigates": ["SECONDARY_USE"], "status": "DRAFT", "retentionDays": 180}
            """;

    private final ApiFixture api = new ApiFixture();
    private final JsonNode document = ApiFixture.json(api.get("/openapi.json", null));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void document_whenComparedWithTheRouter_shouldListTheSameOperations() {
        List<String> documented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        documented.sort(null);

        assertEquals(api.api.registeredRoutes().stream().filter(r -> !r.startsWith("OPTIONS ")).toList(), documented);
    }

    @Test
    void document_whenRead_shouldNameEveryOperationOnceAndDeclareOpenApi31() {
        Set<String> ids = new HashSet<>();
        document.get("paths").forEach(item -> item.forEach(op -> assertTrue(ids.add(op.get("operationId").asText()),
                "operationId " + op.get("operationId") + " twice")));
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals(api.api.operationIds().size(), ids.size());
    }

    @Test
    void responses_whenDrivingAProjectThroughTheCycle_shouldMatchTheDocumentedSchemas() {
        List<String> wrong = new ArrayList<>();
        HttpResponse<String> created = api.send("POST", "/projects", Role.ADMIN,
                ApiFixture.example("kashiwanoha-frailty"), null);
        check("/projects", "post", created, wrong);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        check("/projects", "get", api.get("/projects", Role.AUDITOR), wrong);
        check("/projects/{projectId}", "get", api.get(PROJECT, Role.PROVIDER), wrong);
        for (String part : List.of("services/care-planning", "stakeholders/older-residents",
                "data-assets/risk-scores", "data-flows/invite-residents")) {
            String template = "/projects/{projectId}/" + part.substring(0, part.indexOf('/')) + "/{"
                    + switch (part.substring(0, part.indexOf('/'))) {
                        case "services" -> "serviceId";
                        case "stakeholders" -> "stakeholderId";
                        case "data-assets" -> "dataAssetId";
                        default -> "dataFlowId";
                    } + "}";
            check(template, "get", api.get(PROJECT + "/" + part, Role.APPROVER), wrong);
        }
        HttpResponse<String> engaged = api.send("POST", PROJECT + "/stakeholders/care-providers/engagements",
                Role.ANALYST, "{\"method\": \"BRIEFING\", \"heldOn\": \"2024-05-01\"}", etag);
        check("/projects/{projectId}/stakeholders/{stakeholderId}/engagements", "post", engaged, wrong);
        etag = engaged.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> moved = api.send("POST", PROJECT + "/cycle/transitions", Role.ANALYST,
                "{\"direction\": \"ADVANCE\", \"reason\": \"overview agreed\"}", etag);
        check("/projects/{projectId}/cycle/transitions", "post", moved, wrong);
        check("/projects/{projectId}/cycle", "get", api.get(PROJECT + "/cycle", Role.AUDITOR), wrong);
        check("/projects/{projectId}/cycle/transitions", "get", api.get(PROJECT + "/cycle/transitions",
                Role.AUDITOR), wrong);
        check("/projects/{projectId}/assessment", "get", api.get(PROJECT + "/assessment", Role.AUDITOR), wrong);
        etag = moved.headers().firstValue("ETag").orElseThrow();
        // rules
        String rules = "/projects/{projectId}/rules";
        String rule = rules + "/{ruleId}";
        check(rules, "get", expect(200, api.get(PROJECT + "/rules", Role.PROVIDER), wrong), wrong);
        HttpResponse<String> added = api.send("POST", PROJECT + "/rules", Role.ANALYST, NEW_RULE, etag);
        check(rules, "post", expect(201, added, wrong), wrong);
        etag = added.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> approved = api.send("POST", PROJECT + "/rules/night-retention/approval", Role.APPROVER,
                "{\"on\": \"2024-06-01\"}", etag);
        check(rule + "/approval", "post", expect(200, approved, wrong), wrong);
        etag = approved.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> inForce = api.send("POST", PROJECT + "/rules/night-retention/in-force", Role.ADMIN,
                null, etag);
        check(rule + "/in-force", "post", expect(200, inForce, wrong), wrong);
        etag = inForce.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revised = api.send("POST", PROJECT + "/rules/night-retention/revisions", Role.ANALYST,
                NEW_RULE.replace("\"version\": 1", "\"version\": 2").replace("180", "90"), etag);
        check(rule + "/revisions", "post", expect(201, revised, wrong), wrong);
        etag = revised.headers().firstValue("ETag").orElseThrow();
        check(rule + "/versions", "get", expect(200, api.get(PROJECT + "/rules/night-retention/versions",
                Role.AUDITOR), wrong), wrong);
        check(rule + "/diff", "get", expect(200, api.get(PROJECT + "/rules/night-retention/diff?from=1&to=2",
                Role.AUDITOR), wrong), wrong);
        check(rule + "/diff", "get", expect(400, api.get(PROJECT + "/rules/night-retention/diff?from=0",
                Role.AUDITOR), wrong), wrong);
        HttpResponse<String> retired = api.send("POST", PROJECT + "/rules/night-retention/retirement",
                Role.APPROVER, null, etag);
        check(rule + "/retirement", "post", expect(200, retired, wrong), wrong);
        etag = retired.headers().firstValue("ETag").orElseThrow();
        check("/projects/{projectId}/rule-suggestions", "get", expect(200, api.get(PROJECT
                + "/rule-suggestions", Role.ANALYST), wrong), wrong);
        check("/projects/{projectId}/rule-suggestions/proposals", "get", expect(200, api.get(PROJECT
                + "/rule-suggestions/proposals", Role.AUDITOR), wrong), wrong);
        // evaluation
        HttpResponse<String> kpi = api.send("POST", PROJECT + "/kpis", Role.ANALYST, "{\"id\": \"complaints\","
                + " \"name\": \"Complaints about the programme\", \"kind\": \"VIOLATIONS\", \"threshold\":"
                + " {\"direction\": \"AT_MOST\", \"value\": 3}, \"measurements\": []}", etag);
        check("/projects/{projectId}/kpis", "post", expect(201, kpi, wrong), wrong);
        etag = kpi.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> measured = api.send("POST", PROJECT + "/kpis/complaints/measurements", Role.PROVIDER,
                "{\"on\": \"2024-09-30\", \"value\": 1}", etag);
        check("/projects/{projectId}/kpis/{kpiId}/measurements", "post", expect(201, measured, wrong), wrong);
        etag = measured.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> declared = api.send("POST", PROJECT + "/events", Role.ANALYST,
                "{\"kind\": \"TECHNOLOGY_CHANGE\", \"on\": \"2024-10-01\", \"note\": \"new risk model\"}", etag);
        check("/projects/{projectId}/events", "post", expect(201, declared, wrong), wrong);
        etag = declared.headers().firstValue("ETag").orElseThrow();
        check("/projects/{projectId}/cycle/revisions-from-triggers", "post", expect(409, api.send("POST", PROJECT
                + "/cycle/revisions-from-triggers", Role.ANALYST, null, etag), wrong), wrong);
        check("/projects/{projectId}", "get", expect(200, api.get(PROJECT, Role.AUDITOR), wrong), wrong);
        check("/projects/{projectId}/history", "get", expect(200, api.get(PROJECT + "/history?limit=5",
                Role.AUDITOR), wrong), wrong);
        check("/projects/{projectId}/history", "get", expect(400, api.get(PROJECT + "/history?from=yesterday",
                Role.AUDITOR), wrong), wrong);
        check("/catalogue", "get", expect(200, api.get("/catalogue?lang=ja", null), wrong), wrong);
        check("/catalogue", "get", expect(400, api.get("/catalogue?lang=fr", null), wrong), wrong);
        check("/assessments", "post", api.send("POST", "/assessments", Role.AUDITOR,
                ApiFixture.example("education-data"), null), wrong);
        check("/tokens", "post", api.send("POST", "/tokens", Role.ADMIN,
                "{\"name\": \"open-data-team\", \"role\": \"ANALYST\"}", null), wrong);
        check("/tokens/{name}", "delete", api.send("DELETE", "/tokens/open-data-team", Role.ADMIN, null, null), wrong);
        check("/tokens", "get", api.get("/tokens", Role.AUDITOR), wrong);
        check("/health", "get", api.get("/health", null), wrong);
        check("/ready", "get", api.get("/ready", null), wrong);
        // a data subject, decisions and the linkage log
        String grant = "{\"project\": \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"purpose\":"
                + " \"RESEARCH\"}";
        HttpResponse<String> consent = api.send("POST", "/me/consents", Role.CITIZEN, grant, null);
        check("/me/consents", "post", expect(201, consent, wrong), wrong);
        String decide = "{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\", \"asset\":"
                + " \"research-dataset\", \"purpose\": \"RESEARCH\", \"subject\": \"" + ApiFixture.CITIZEN_SUBJECT
                + "\", \"fields\": [\"age\"]}";
        check("/linkage-decisions", "post", expect(200, api.send("POST", "/linkage-decisions", Role.ADMIN, decide,
                null), wrong), wrong);
        check("/linkage-decisions", "post", expect(200, api.send("POST", "/linkage-decisions", Role.PROVIDER,
                "{\"project\": \"kashiwanoha-frailty\", \"party\": \"ai-developer\", \"role\": \"analyst\","
                        + " \"asset\": \"risk-scores\", \"purpose\": \"RESEARCH\", \"fields\": [\"score\"]}", null),
                wrong), wrong);
        check("/linkage-decisions", "post", expect(400, api.send("POST", "/linkage-decisions", Role.ADMIN,
                "{\"project\": \"kashiwanoha-frailty\"}", null), wrong), wrong);
        check("/me/linkages", "get", expect(200, api.get("/me/linkages", Role.CITIZEN), wrong), wrong);
        check("/me/consents", "get", expect(200, api.get("/me/consents", Role.CITIZEN), wrong), wrong);
        check("/me/consents/{consentId}", "delete", expect(200, api.send("DELETE", "/me/consents/"
                + ApiFixture.json(consent).get("id").asText(), Role.CITIZEN, null, null), wrong), wrong);
        check("/me/consents/{consentId}", "delete", expect(404, api.send("DELETE", "/me/consents/consent-999",
                Role.CITIZEN, null, null), wrong), wrong);
        check("/me/consents", "get", expect(200, api.get("/me/consents", Role.CITIZEN), wrong), wrong);
        HttpResponse<String> filed = api.send("POST", "/me/corrections", Role.CITIZEN,
                "{\"project\": \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"correction\":"
                        + " \"my birth year is 1951\"}", null);
        check("/me/corrections", "post", expect(201, filed, wrong), wrong);
        check("/me/corrections", "get", expect(200, api.get("/me/corrections", Role.CITIZEN), wrong), wrong);
        String answer = "/corrections/" + ApiFixture.json(filed).get("id").asText() + "/answer";
        String answered = "/corrections/{correctionId}/answer";
        check("/corrections", "get", expect(200, api.get("/corrections?status=OPEN", Role.AUDITOR), wrong), wrong);
        check("/corrections", "get", expect(400, api.get("/corrections?status=CLOSED", Role.ADMIN), wrong), wrong);
        check(answered, "post", expect(400, api.send("POST", answer, Role.ADMIN, "{\"outcome\": \"DONE\","
                + " \"note\": \" \"}", null), wrong), wrong);
        check(answered, "post", expect(200, api.send("POST", answer, Role.ADMIN, "{\"outcome\": \"RESOLVED\","
                + " \"note\": \"corrected in the register\"}", null), wrong), wrong);
        check(answered, "post", expect(409, api.send("POST", answer, Role.ADMIN, "{\"outcome\": \"REJECTED\","
                + " \"note\": \"too late\"}", null), wrong), wrong);
        check(answered, "post", expect(404, api.send("POST", "/corrections/correction-none/answer", Role.ADMIN,
                "{\"outcome\": \"REJECTED\", \"note\": \"no\"}", null), wrong), wrong);
        check("/corrections", "get", expect(200, api.get("/corrections?status=RESOLVED", Role.ADMIN), wrong),
                wrong);
        check("/me/corrections", "get", expect(200, api.get("/me/corrections", Role.CITIZEN), wrong), wrong);
        check("/linkage-log/head", "get", expect(200, api.get("/linkage-log/head", Role.AUDITOR), wrong), wrong);
        check("/linkage-log/entries/{seq}/proof", "get", expect(200, api.get("/linkage-log/entries/0/proof",
                Role.AUDITOR), wrong), wrong);
        check("/linkage-log/consistency", "get", expect(200, api.get("/linkage-log/consistency?from=1&to=2",
                Role.ADMIN), wrong), wrong);
        check("/linkage-log/consistency", "get", expect(400, api.get("/linkage-log/consistency",
                Role.ADMIN), wrong), wrong);
        check("/projects", "get", expect(403, api.get("/projects", Role.CITIZEN), wrong), wrong);
        // platforms
        check("/platform-assessments", "post", expect(200, api.send("POST", "/platform-assessments?at=2025-06-01T00:00:00Z",
                Role.AUDITOR, PlatformAssessmentApiTest.sapporo(), null), wrong), wrong);
        check("/platform-assessments", "post", expect(400, api.send("POST", "/platform-assessments", Role.AUDITOR,
                PlatformAssessmentApiTest.sapporo().replace("EXCHANGE", "BAZAAR"), null), wrong), wrong);
        check("/projects/{projectId}/publication", "post", expect(201, api.send("POST", PROJECT + "/publication",
                Role.ADMIN, null, null), wrong), wrong);
        check("/public/projects/{projectId}", "get", expect(200, api.send(api.request("/public/projects/"
                + "kashiwanoha-frailty", null).header("Accept", "application/json").GET().build()), wrong), wrong);
        check("/public/projects/{projectId}", "get", api.get("/public/projects/nowhere", null), wrong);
        // problems
        check("/projects/{projectId}/services", "post", api.send("POST", PROJECT + "/services", Role.ANALYST,
                "{\"id\": 5}", moved.headers().firstValue("ETag").orElseThrow()), wrong);
        check("/projects/{projectId}/services", "post", api.send("POST", PROJECT + "/services", Role.ANALYST,
                "{}", null), wrong);
        check("/projects/{projectId}", "get", api.get("/projects/nowhere", Role.ADMIN), wrong);
        check("/tokens", "get", api.get("/tokens", Role.PROVIDER), wrong);
        check("/tokens", "get", api.get("/tokens", null), wrong);

        assertEquals(List.of(), wrong);
    }

    @Test
    void responses_whenDrivingAPlatformMarket_shouldMatchTheDocumentedSchemas() {
        List<String> wrong = new ArrayList<>();
        String platform = "/platforms/sapporo-area-data-market";
        String operator = api.token("city-digital-bureau", Role.OPERATOR);
        String bus = api.token("hokkaido-bus", Role.PROVIDER);
        String lab = api.token("hokudai-mobility-lab", Role.USER);
        HttpResponse<String> registered = api.sendAs(operator, "POST", "/platforms",
                PlatformAssessmentApiTest.sapporo(), null);
        check("/platforms", "post", expect(201, registered, wrong), wrong);
        check("/platforms", "post", expect(409, api.sendAs(operator, "POST", "/platforms",
                PlatformAssessmentApiTest.sapporo(), null), wrong), wrong);
        String etag = registered.headers().firstValue("ETag").orElseThrow();
        check("/platforms", "get", expect(200, api.sendAs(lab, "GET", "/platforms", null, null), wrong), wrong);
        check("/platforms/{platformId}", "get", expect(200, api.get(platform, Role.AUDITOR), wrong), wrong);
        check("/platforms/{platformId}/offers", "get", expect(200, api.sendAs(bus, "GET", platform + "/offers", null,
                null), wrong), wrong);
        HttpResponse<String> refused = api.sendAs(bus, "POST", platform + "/offers", PlatformApiTest.NEW_OFFER
                .replace("\"HOLDS_RIGHTS\", ", ""), etag);
        check("/platforms/{platformId}/offers", "post", expect(422, refused, wrong), wrong);
        HttpResponse<String> added = api.sendAs(bus, "POST", platform + "/offers", PlatformApiTest.NEW_OFFER, etag);
        check("/platforms/{platformId}/offers", "post", expect(201, added, wrong), wrong);
        etag = added.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> concluded = api.sendAs(lab, "POST", platform + "/agreements", "{\"id\": \"lab-delays\","
                + " \"offer\": \"bus-delays-2024\", \"user\": \"hokudai-mobility-lab\", \"purpose\": \"RESEARCH\"}",
                etag);
        check("/platforms/{platformId}/agreements", "post", expect(201, concluded, wrong), wrong);
        etag = concluded.headers().firstValue("ETag").orElseThrow();
        check("/platforms/{platformId}/agreements", "post", expect(422, api.sendAs(lab, "POST", platform
                + "/agreements", "{\"id\": \"lab-ads\", \"offer\": \"bus-delays-2024\", \"user\":"
                + " \"hokudai-mobility-lab\", \"purpose\": \"ADVERTISING\"}", etag), wrong), wrong);
        check("/platforms/{platformId}/agreements", "get", expect(200, api.sendAs(bus, "GET", platform
                + "/agreements", null, null), wrong), wrong);
        check("/platforms/{platformId}/agreements/{agreementId}/deliveries", "post", expect(200, api.sendAs(lab,
                "POST", platform + "/agreements/lab-delays/deliveries", null, null), wrong), wrong);
        HttpResponse<String> withdrawn = api.sendAs(bus, "POST", platform + "/offers/bus-delays-2024/withdrawal",
                null, etag);
        check("/platforms/{platformId}/offers/{offerId}/withdrawal", "post", expect(200, withdrawn, wrong), wrong);
        check("/platforms/{platformId}/offers/{offerId}/withdrawal", "post", expect(412, api.sendAs(bus, "POST",
                platform + "/offers/bus-delays-2024/withdrawal", null, etag), wrong), wrong);
        check("/platforms/{platformId}/agreements/{agreementId}/deliveries", "post", expect(200, api.sendAs(lab,
                "POST", platform + "/agreements/lab-delays/deliveries", null, null), wrong), wrong);
        HttpResponse<String> entries = api.sendAs(bus, "GET", platform + "/log-entries", null, null);
        check("/platforms/{platformId}/log-entries", "get", expect(200, entries, wrong), wrong);
        long sequence = ApiFixture.json(entries).at("/items/0/sequence").asLong();
        check("/platforms/{platformId}/log-entries/{seq}/proof", "get", expect(200, api.sendAs(bus, "GET", platform
                + "/log-entries/" + sequence + "/proof", null, null), wrong), wrong);
        check("/platforms/{platformId}/history", "get", expect(200, api.sendAs(operator, "GET", platform
                + "/history", null, null), wrong), wrong);
        check("/platforms/{platformId}", "get", expect(403, api.sendAs(lab, "GET", platform, null, null), wrong),
                wrong);

        assertEquals(List.of(), wrong);
    }

    @Test
    void responses_whenABodyBreaksTheSchema_shouldBeCaughtByTheCheck() {
        List<String> wrong = new ArrayList<>();
        HttpResponse<String> health = api.get("/health", null);

        checkBody("/health", "get", 200, "application/json", "{\"status\": 1, \"extra\": true}", wrong);

        assertEquals(200, health.statusCode());
        assertEquals(1, wrong.size(), wrong.toString());
    }

    @Test
    void platformDocumentSchema_whenAppliedToTheExampleAndToABrokenCopy_shouldAcceptOnlyTheExample() {
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/PlatformDocument");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        String example = PlatformAssessmentApiTest.sapporo();

        Set<ValidationMessage> good = schema.validate(ApiFixture.json(example));
        Set<ValidationMessage> bad = schema.validate(ApiFixture.json(example.replace("\"responseTeam\": true",
                "\"responseTeam\": true, \"sla\": 3").replace("\"design\": \"EXCHANGE\"", "\"design\": \"BAZAAR\"")));

        assertEquals(Set.of(), good);
        assertEquals(2, bad.size(), bad.toString());
    }

    @Test
    void docsPage_whenRead_shouldLoadSwaggerUiFromThisServer() {
        HttpResponse<String> page = api.get("/docs", null);
        String script = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");

        HttpResponse<String> bundle = api.get(script, null);

        assertEquals(200, page.statusCode());
        assertTrue(script.startsWith("/webjars/swagger-ui/"), script);
        assertEquals(200, bundle.statusCode());
    }

    /** The response, noting it in {@code wrong} unless it has {@code status}. */
    private static HttpResponse<String> expect(int status, HttpResponse<String> r, List<String> wrong) {
        if (r.statusCode() != status) {
            wrong.add(r.request().method() + " " + r.uri().getPath() + " answered " + r.statusCode() + ", not "
                    + status + ": " + r.body().substring(0, Math.min(400, r.body().length())));
        }
        return r;
    }

    private void check(String template, String method, HttpResponse<String> r, List<String> wrong) {
        checkBody(template, method, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                wrong);
    }

    private void checkBody(String template, String method, int status, String contentType, String body,
                           List<String> wrong) {
        String where = method.toUpperCase() + " " + template + " " + status;
        JsonNode responses = document.at("/paths/" + template.replace("/", "~1") + "/" + method + "/responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status))
                : responses.get("default");
        if (response == null || responses.isMissingNode()) {
            wrong.add(where + ": not documented");
            return;
        }
        String type = contentType.split(";")[0].strip();
        JsonNode schema = response.at("/content/" + type.replace("/", "~1") + "/schema");
        if (schema.isMissingNode()) {
            wrong.add(where + ": " + type + " not documented");
            return;
        }
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema);
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        JsonNode value;
        try {
            value = RestApi.JSON.readTree(body);
        } catch (Exception e) {
            wrong.add(where + ": not JSON");
            return;
        }
        Set<ValidationMessage> messages = validator.validate(value);
        if (!messages.isEmpty()) {
            wrong.add(where + ": " + messages);
        }
    }
}
