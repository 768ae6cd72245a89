package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.application.input.Problem;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.access.Role;

/** Rules, evaluation, the audit trail and the catalogue over HTTP: what the route tables do not show. */
class GovernanceApiTest {

    private static final String PROJECT = "/projects/kashiwanoha-frailty";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void addRule_whenATermDoesNotFitTheKind_shouldReportItAsTheFileReaderDoesWithPathAndLine() {
        String etag = api.register("kashiwanoha-frailty");
        String rule = OpenApiContractTest.NEW_RULE.replace("\"retentionDays\": 180", "\"channels\": [\"WEBSITE\"]");
        String scenario = ApiFixture.example("kashiwanoha-frailty").replaceFirst("\"rules\":\\s*\\[",
                "\"rules\": [" + rule + ",");
        ScenarioReading.Invalid file = (ScenarioReading.Invalid) new ScenarioLoader().read(scenario, Syntax.JSON);
        Problem fromFile = file.problems().stream().filter(p -> p.path().equals("rules[0].channels")).findFirst()
                .orElseThrow();

        HttpResponse<String> r = api.send("POST", PROJECT + "/rules", Role.ANALYST, rule, etag);

        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = ApiFixture.json(r).get("errors").get(0);
        assertEquals("channels", error.get("path").asText());
        assertEquals(fromFile.message(), error.get("message").asText());
        assertEquals(3, error.get("line").asInt());
        assertEquals(etag, api.get(PROJECT, Role.AUDITOR).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void approveRule_whenTheBodyNamesNoApprover_shouldRecordTheTokensName() {
        String etag = api.register("kashiwanoha-frailty");
        etag = api.send("POST", PROJECT + "/rules", Role.ANALYST, OpenApiContractTest.NEW_RULE, etag).headers()
                .firstValue("ETag").orElseThrow();

        HttpResponse<String> r = api.send("POST", PROJECT + "/rules/night-retention/approval", Role.APPROVER,
                "{\"on\": \"2024-06-01\"}", etag);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("approver", ApiFixture.json(r).get("approvedBy").asText());
        assertEquals("APPROVED", ApiFixture.json(r).get("status").asText());
    }

    @Test
    void approveRule_whenAnApproverNamesSomeoneElse_shouldAnswer400AtApprovedByAndApproveNothing() {
        String etag = api.register("kashiwanoha-frailty");
        etag = api.send("POST", PROJECT + "/rules", Role.ANALYST, OpenApiContractTest.NEW_RULE, etag).headers()
                .firstValue("ETag").orElseThrow();

        HttpResponse<String> r = api.send("POST", PROJECT + "/rules/night-retention/approval", Role.APPROVER,
                "{\"on\": \"2024-06-01\", \"approvedBy\": \"the mayor\"}", etag);

        assertEquals(400, r.statusCode(), r.body());
        assertEquals("approvedBy", ApiFixture.json(r).get("errors").get(0).get("path").asText());
        assertEquals("DRAFT", ApiFixture.json(api.get(PROJECT + "/rules/night-retention/versions", Role.AUDITOR))
                .at("/items/0/status").asText());
    }

    @Test
    void addRule_whenAnAnalystSendsItInForce_shouldAnswer400AtStatusAndAddNothing() {
        String etag = api.register("kashiwanoha-frailty");
        String inForce = OpenApiContractTest.NEW_RULE.replace("\"status\": \"DRAFT\"",
                "\"status\": \"IN_FORCE\", \"approvedBy\": \"expert committee\", \"approvedOn\": \"2024-06-01\"");

        HttpResponse<String> r = api.send("POST", PROJECT + "/rules", Role.ANALYST, inForce, etag);

        assertEquals(400, r.statusCode(), r.body());
        assertEquals("status", ApiFixture.json(r).get("errors").get(0).get("path").asText());
        assertEquals(etag, api.get(PROJECT, Role.AUDITOR).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void putRuleInForce_whenAnAnalystTries_shouldAnswer403() {
        String etag = api.register("kashiwanoha-frailty");
        etag = api.send("POST", PROJECT + "/rules", Role.ANALYST, OpenApiContractTest.NEW_RULE, etag).headers()
                .firstValue("ETag").orElseThrow();

        HttpResponse<String> approve = api.send("POST", PROJECT + "/rules/night-retention/approval", Role.ANALYST,
                "{\"on\": \"2024-06-01\"}", etag);
        HttpResponse<String> inForce = api.send("POST", PROJECT + "/rules/night-retention/in-force", Role.ANALYST,
                null, etag);

        assertEquals(403, approve.statusCode(), approve.body());
        assertEquals(403, inForce.statusCode(), inForce.body());
        assertEquals(etag, api.get(PROJECT, Role.AUDITOR).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void ruleChange_whenIfMatchIsMissingOrStale_shouldAnswer428Or412AndChangeNothing() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> missing = api.send("POST", PROJECT + "/rules/city-consent/retirement", Role.ADMIN,
                null, null);
        HttpResponse<String> stale = api.send("POST", PROJECT + "/rules/city-consent/retirement", Role.ADMIN,
                null, "\"kashiwanoha-frailty-v0\"");

        assertEquals(428, missing.statusCode());
        assertEquals(412, stale.statusCode());
        assertEquals(etag, api.get(PROJECT, Role.AUDITOR).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void reviseRule_whenTheBodyIsNotTheNextDraftOfThatRule_shouldNameEachWrongField() {
        String etag = api.register("kashiwanoha-frailty");
        String body = OpenApiContractTest.NEW_RULE.replace("\"status\": \"DRAFT\"", "\"status\": \"RETIRED\"");

        HttpResponse<String> r = api.send("POST", PROJECT + "/rules/city-consent/revisions", Role.ANALYST, body,
                etag);

        assertEquals(400, r.statusCode(), r.body());
        java.util.List<String> paths = new java.util.ArrayList<>();
        ApiFixture.json(r).get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertEquals(java.util.List.of("id", "version", "status"), paths);
    }

    @Test
    void recordMeasurement_whenAProviderTakesNoPartInTheProject_shouldAnswer404AndRecordNothing() {
        String etag = api.register("education-data");

        HttpResponse<String> r = api.send("POST", "/projects/education-data/kpis/parent-complaints/measurements",
                Role.PROVIDER, "{\"on\": \"2024-09-30\", \"value\": 9}", etag);

        assertEquals(404, r.statusCode(), r.body());
        assertEquals(etag, api.get("/projects/education-data", Role.AUDITOR).headers().firstValue("ETag")
                .orElseThrow());
    }

    @Test
    void listHistory_whenTheRangeStartsAfterEveryChange_shouldBeEmptyButTheWholeTrailOtherwise() {
        String etag = api.register("kashiwanoha-frailty");
        api.send("POST", PROJECT + "/rules/city-consent/retirement", Role.APPROVER, null, etag);

        JsonNode all = ApiFixture.json(api.get(PROJECT + "/history", Role.AUDITOR));
        JsonNode none = ApiFixture.json(api.get(PROJECT + "/history?from=2999-01-01T00:00:00Z", Role.ADMIN));

        assertEquals(2, all.get("total").asInt());
        assertEquals("retired rule city-consent", all.get("items").get(1).get("summary").asText());
        assertEquals("approver", all.get("items").get(1).get("actor").asText());
        assertEquals(0, none.get("total").asInt());
    }

    @Test
    void getCatalogue_whenAskedInJapaneseWithoutAToken_shouldGiveTheSameEntriesWithOtherLabels() {
        JsonNode en = ApiFixture.json(api.get("/catalogue", null));
        JsonNode ja = ApiFixture.json(api.get("/catalogue?lang=ja", null));

        assertEquals(en.get("version"), ja.get("version"));
        assertEquals(en.get("laws").size(), ja.get("laws").size());
        assertTrue(en.get("laws").size() > 0);
        assertEquals(en.get("privacyHarms").get(0).get("code"), ja.get("privacyHarms").get(0).get("code"));
        assertNotEquals(en.get("privacyHarms").get(0).get("label"), ja.get("privacyHarms").get(0).get("label"));
        assertEquals("JA", ja.get("language").asText());
    }
}
