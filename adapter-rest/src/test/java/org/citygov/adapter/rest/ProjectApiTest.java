package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/** The project routes over real HTTP: registration, reads with ETags, changes with If-Match, the cycle. */
class ProjectApiTest {

    private static final String PROJECT = "/projects/kashiwanoha-frailty";
    private static final String SERVICE = """
            { "id": "home-visits", "name": "Home visits by care workers", "field": "HEALTH_AND_WELFARE",
              "benefit": "INDIVIDUAL" }""";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registerProject_whenScenarioIsValid_shouldCreateItWithLocationAndEtag() {
        HttpResponse<String> r = api.send("POST", "/projects", Role.ADMIN, ApiFixture.example("kashiwanoha-frailty"),
                null);

        assertEquals(201, r.statusCode(), r.body());
        assertEquals(PROJECT, r.headers().firstValue("Location").orElseThrow());
        assertEquals("\"kashiwanoha-frailty-v1\"", r.headers().firstValue("ETag").orElseThrow());
        JsonNode body = ApiFixture.json(r);
        assertEquals("PROJECT_OVERVIEW", body.at("/cycle/step").asText());
        assertEquals(2, body.get("services").size());
    }

    @Test
    void registerProject_whenAnAnalystSendsRulesAlreadyInForce_shouldAnswer403AndStoreNothing() {
        HttpResponse<String> r = api.send("POST", "/projects", Role.ANALYST, ApiFixture.example("kashiwanoha-frailty"),
                null);

        assertEquals(403, r.statusCode(), r.body());
        assertTrue(ApiFixture.json(r).get("detail").asText().contains("city-consent v1 IN_FORCE"), r.body());
        assertEquals(404, api.get(PROJECT, Role.AUDITOR).statusCode());
    }

    @Test
    void registerProject_whenAnAnalystSendsOnlyDraftRules_shouldRegisterIt() {
        String drafts = ApiFixture.example("kashiwanoha-frailty")
                .replaceAll("\"status\":\\s*\"(IN_FORCE|APPROVED)\"", "\"status\": \"DRAFT\"")
                .replaceAll(",\\s*\"approvedBy\":\\s*\"[^\"]*\"", "")
                .replaceAll(",\\s*\"approvedOn\":\\s*\"[^\"]*\"", "");

        HttpResponse<String> r = api.send("POST", "/projects", Role.ANALYST, drafts, null);

        assertEquals(201, r.statusCode(), r.body());
    }

    @Test
    void registerProject_whenTheAdminSendsRulesInForce_shouldSayInTheTrailTheyWereImportedAndByWhom() {
        api.send("POST", "/projects", Role.ADMIN, ApiFixture.example("kashiwanoha-frailty"), null);

        String summary = ApiFixture.json(api.get(PROJECT + "/history", Role.AUDITOR)).at("/items/0/summary").asText();

        assertTrue(summary.contains("imported as already approved, accepted by admin (ADMIN)"), summary);
    }

    @Test
    void registerProject_whenIdIsTaken_shouldAnswerConflict() {
        api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send("POST", "/projects", Role.ADMIN, ApiFixture.example("kashiwanoha-frailty"),
                null);

        assertEquals(409, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void getProject_whenIfNoneMatchIsCurrent_shouldAnswerNotModified() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send(api.request(PROJECT, Role.AUDITOR).header("If-None-Match", etag).GET()
                .build());

        assertEquals(304, r.statusCode());
    }

    @Test
    void addService_whenIfMatchIsCurrent_shouldAddItAndAdvanceTheEtag() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send("POST", PROJECT + "/services", Role.ANALYST, SERVICE, etag);

        assertEquals(201, r.statusCode(), r.body());
        assertEquals("\"kashiwanoha-frailty-v2\"", r.headers().firstValue("ETag").orElseThrow());
        assertEquals(PROJECT + "/services/home-visits", r.headers().firstValue("Location").orElseThrow());
        assertEquals(200, api.get(PROJECT + "/services/home-visits", Role.PROVIDER).statusCode());
    }

    @Test
    void addService_whenIfMatchIsMissing_shouldAnswerPreconditionRequired() {
        api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send("POST", PROJECT + "/services", Role.ANALYST, SERVICE, null);

        assertEquals(428, r.statusCode());
        assertEquals(2, ApiFixture.json(api.get(PROJECT, Role.ANALYST)).get("services").size());
    }

    @Test
    void addService_whenIfMatchIsStale_shouldAnswerPreconditionFailed() {
        String first = api.register("kashiwanoha-frailty");
        api.send("POST", PROJECT + "/services", Role.ANALYST, SERVICE, first);

        HttpResponse<String> r = api.send("POST", PROJECT + "/services", Role.ANALYST,
                SERVICE.replace("home-visits", "meal-delivery"), first);

        assertEquals(412, r.statusCode(), r.body());
        assertEquals(3, ApiFixture.json(api.get(PROJECT, Role.ANALYST)).get("services").size());
    }

    @Test
    void replaceService_whenBodyNamesAnotherId_shouldAnswerBadRequestNamingTheField() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send("PUT", PROJECT + "/services/care-planning", Role.ANALYST, SERVICE, etag);

        assertEquals(400, r.statusCode());
        assertEquals("id", ApiFixture.json(r).at("/errors/0/path").asText());
    }

    @Test
    void addService_whenFieldsAreWrong_shouldListEveryFieldWithPathAndLine() {
        String etag = api.register("kashiwanoha-frailty");
        String body = """
                {
                  "id": "Home Visits",
                  "name": "Home visits",
                  "field": "HEALTH",
                  "benefit": "INDIVIDUAL",
                  "colour": "red"
                }""";

        HttpResponse<String> r = api.send("POST", PROJECT + "/services", Role.ANALYST, body, etag);

        assertEquals(400, r.statusCode());
        JsonNode errors = ApiFixture.json(r).get("errors");
        assertEquals(3, errors.size(), r.body());
        assertEquals("id", errors.get(0).get("path").asText());
        assertEquals(2, errors.get(0).get("line").asInt());
        assertEquals("field", errors.get(1).get("path").asText());
        assertEquals("colour", errors.get(2).get("path").asText());
    }

    @Test
    void removeStakeholder_whenFlowsUseIt_shouldAnswerConflict() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send("DELETE", PROJECT + "/stakeholders/university", Role.ADMIN, null, etag);

        assertEquals(409, r.statusCode());
        assertEquals(etag, api.get(PROJECT, Role.ANALYST).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void moveCycle_whenAdvancing_shouldRecordTheTransitionWithItsActor() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.send("POST", PROJECT + "/cycle/transitions", Role.ANALYST,
                "{\"direction\": \"ADVANCE\", \"reason\": \"overview complete\"}", etag);

        assertEquals(201, r.statusCode(), r.body());
        assertEquals("LAWS_AND_REGULATIONS", ApiFixture.json(r).get("to").asText());
        assertEquals(PROJECT + "/cycle/transitions/2", r.headers().firstValue("Location").orElseThrow());
        assertEquals(r.body(), api.get(PROJECT + "/cycle/transitions/2", Role.AUDITOR).body());
        assertEquals("LAWS_AND_REGULATIONS", ApiFixture.json(api.get(PROJECT + "/cycle", Role.AUDITOR))
                .get("step").asText());
        JsonNode page = ApiFixture.json(api.get(PROJECT + "/cycle/transitions?offset=1&limit=1", Role.AUDITOR));
        assertEquals(2, page.get("total").asInt());
        assertEquals("analyst", page.at("/items/0/actor").asText());
        assertEquals("overview complete", page.at("/items/0/reason").asText());
    }

    @Test
    void moveCycle_whenAtTheLastStep_shouldAnswerConflictSayingWhy() {
        String etag = api.register("kashiwanoha-frailty");
        for (String step : new String[] {"laws", "risks", "rules", "implementation"}) {
            HttpResponse<String> r = api.send("POST", PROJECT + "/cycle/transitions", Role.ANALYST,
                    "{\"direction\": \"ADVANCE\", \"reason\": \"" + step + "\"}", etag);
            etag = r.headers().firstValue("ETag").orElseThrow();
        }

        HttpResponse<String> r = api.send("POST", PROJECT + "/cycle/transitions", Role.ANALYST,
                "{\"direction\": \"ADVANCE\", \"reason\": \"beyond the last step\"}", etag);

        assertEquals(409, r.statusCode(), r.body());
        assertTrue(ApiFixture.json(r).get("detail").asText().contains("last step"), r.body());
    }

    @Test
    void listProjects_whenCallerIsProvider_shouldShowOnlyProjectsItTakesPartIn() {
        api.register("kashiwanoha-frailty");
        api.register("kashiwanoha-ai-cameras");

        JsonNode forProvider = ApiFixture.json(api.get("/projects", Role.PROVIDER));
        JsonNode forAuditor = ApiFixture.json(api.get("/projects", Role.AUDITOR));

        assertEquals(1, forProvider.get("total").asInt());
        assertEquals(2, forAuditor.get("total").asInt());
        assertEquals(404, api.get("/projects/kashiwanoha-ai-cameras", Role.PROVIDER).statusCode());
    }

    @Test
    void listProjects_whenLimitIsOutOfRange_shouldNameTheParameter() {
        HttpResponse<String> r = api.get("/projects?limit=1000&offset=-1", Role.ADMIN);

        assertEquals(400, r.statusCode());
        assertEquals(2, ApiFixture.json(r).get("errors").size());
    }

    @Test
    void assessScenario_whenValid_shouldAssessWithoutStoring() {
        HttpResponse<String> r = api.send("POST", "/assessments", Role.APPROVER,
                ApiFixture.example("kashiwanoha-frailty"), null);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("kashiwanoha-frailty", ApiFixture.json(r).get("project").asText());
        assertEquals(0, ApiFixture.json(api.get("/projects", Role.ADMIN)).get("total").asInt());
    }

    @Test
    void assessProject_whenRegistered_shouldAssessItWithItsEtag() {
        String etag = api.register("kashiwanoha-frailty");

        HttpResponse<String> r = api.get(PROJECT + "/assessment", Role.PROVIDER);

        assertEquals(200, r.statusCode());
        assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
        assertEquals(6, ApiFixture.json(r).get("stakeholders").size());
    }

    @Test
    void anyRoute_whenUnknown_shouldAnswerProblemNotFound() {
        HttpResponse<String> r = api.get("/nowhere", Role.ADMIN);

        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, ApiFixture.json(r).get("status").asInt());
    }

    @Test
    void anyRoute_whenMethodIsWrong_shouldAnswerProblemMethodNotAllowed() {
        HttpResponse<String> r = api.send("PATCH", "/projects", Role.ADMIN, "{}", null);

        assertEquals(405, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anyRequest_whenServed_shouldLogOneJsonLineWithTheRequestId() {
        HttpResponse<String> r = api.send(api.request("/health", null).header("X-Request-Id", "trace-42").GET()
                .build());

        assertEquals("trace-42", r.headers().firstValue("X-Request-Id").orElseThrow());
        String line = api.log.stream().filter(l -> l.contains("trace-42")).findFirst().orElseThrow();
        JsonNode json = ApiFixture.json(new StringResponse(line));
        assertEquals("/health", json.get("path").asText());
        assertEquals(200, json.get("status").asInt());
    }

    @Test
    void preflight_whenOriginIsAllowed_shouldAllowIt() {
        HttpResponse<String> allowed = api.send(api.request("/projects", null)
                .header("Origin", "https://portal.example.org").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<String> other = api.send(api.request("/projects", null)
                .header("Origin", "https://elsewhere.example.com").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertEquals("https://portal.example.org",
                allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void tokens_whenRevoked_shouldNoLongerAuthenticate() {
        HttpResponse<String> created = api.send("POST", "/tokens", Role.ADMIN,
                "{\"name\": \"clinic-portal\", \"role\": \"AUDITOR\"}", null);
        String token = ApiFixture.json(created).get("token").asText();
        HttpResponse<String> before = api.send(api.request("/projects", null)
                .header("Authorization", "Bearer " + token).GET().build());

        HttpResponse<String> revoked = api.send("DELETE", "/tokens/clinic-portal", Role.ADMIN, null, null);

        HttpResponse<String> after = api.send(api.request("/projects", null)
                .header("Authorization", "Bearer " + token).GET().build());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, before.statusCode());
        assertEquals(200, revoked.statusCode());
        assertEquals(401, after.statusCode());
        assertFalse(api.get("/tokens", Role.AUDITOR).body().contains(token));
    }

    @Test
    void anyRoute_whenUseCaseFails_shouldAnswer500WithRequestIdAndNoStackTrace() {
        try (ApiFixture faulty = new ApiFixture(u -> new UseCases(u.importScenario(),
                new org.citygov.application.port.in.ViewProjects() {
                    @Override
                    public org.citygov.domain.shared.Result<org.citygov.domain.project.GovernanceProject> get(
                            org.citygov.domain.project.ProjectId id) {
                        throw new IllegalStateException("disk on fire");
                    }

                    @Override
                    public java.util.List<org.citygov.domain.project.GovernanceProject> list() {
                        throw new IllegalStateException("disk on fire");
                    }
                }, u.changeProject(), u.recordEngagement(), u.moveCycle(), u.assessProject(), u.designRules(),
                u.evaluateProject(), u.viewCatalogue(), u.viewHistory(), u.authenticate(), u.issueToken(),
                u.manageTokens(), u.decideLinkage(), u.exerciseRights(), u.auditLinkageLog(), u.platforms(),
                u.reportProject(), u.publishProject()))) {
            HttpResponse<String> r = faulty.get("/projects", Role.ADMIN);

            assertEquals(500, r.statusCode());
            String requestId = r.headers().firstValue("X-Request-Id").orElseThrow();
            assertEquals(requestId, ApiFixture.json(r).get("requestId").asText());
            assertFalse(r.body().contains("disk on fire"));
            assertFalse(r.body().contains("at org."));
            assertNotEquals("", requestId);
        }
    }

    /** A log line read like a response body. */
    private record StringResponse(String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public java.net.http.HttpRequest request() {
            return null;
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return null;
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.URI uri() {
            return null;
        }

        @Override
        public java.net.http.HttpClient.Version version() {
            return null;
        }
    }
}
