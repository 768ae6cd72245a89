package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/** {@code POST /platform-assessments}: a platform document in, its assessment out, nothing stored. */
class PlatformAssessmentApiTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    static String sapporo() {
        try {
            return Files.readString(Path.of("..", "examples", "platform", "sapporo-exchange-market.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void assess_whenSapporoExampleAtAnInstant_shouldAnswerTheAssessmentTheCommandLineWrites() throws IOException {
        HttpResponse<String> r = api.send("POST", "/platform-assessments?at=2025-06-01T00:00:00Z", Role.AUDITOR,
                sapporo(), null);

        assertEquals(200, r.statusCode(), r.body());
        JsonNode golden = RestApi.JSON.readTree(Files.readString(Path.of("..", "adapter-cli", "src", "test",
                "resources", "golden", "platform", "sapporo-exchange-market.json")));
        assertEquals(golden, ApiFixture.json(r));
        assertFalse(ApiFixture.json(r).get("acceptable").asBoolean());
    }

    @Test
    void assess_whenNoInstantGiven_shouldJudgeNow() {
        HttpResponse<String> r = api.send("POST", "/platform-assessments", Role.ANALYST, sapporo(), null);

        assertEquals(200, r.statusCode(), r.body());
        java.time.Instant at = java.time.Instant.parse(ApiFixture.json(r).get("at").asText());
        assertTrue(Math.abs(java.time.Duration.between(at, java.time.Instant.now()).toMinutes()) < 60, at::toString);
    }

    @Test
    void assess_whenDocumentInvalid_shouldAnswer400ListingEveryProblemWithPathAndLine() {
        String broken = sapporo().replace("\"design\": \"EXCHANGE\"", "\"design\": \"BAZAAR\"")
                .replace("\"incidentReportHours\": 24,\n    \"responseTeam\"", "\"incidentReportHours\": 0,\n"
                        + "    \"responseTeam\"");

        HttpResponse<String> r = api.send("POST", "/platform-assessments", Role.ADMIN, broken, null);

        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        List<String> errors = new ArrayList<>();
        ApiFixture.json(r).get("errors").forEach(e -> errors.add(e.get("path").asText() + "@" + e.get("line")));
        assertEquals(List.of("platform.design@7", "platform.incidentReportHours@10"), errors);
    }

    @Test
    void assess_whenReferencesDoNotResolve_shouldAnswer400WithTheSecondPassProblem() {
        String broken = sapporo().replace("\"user\": \"route-startup\"", "\"user\": \"nobody\"");

        HttpResponse<String> r = api.send("POST", "/platform-assessments", Role.ADMIN, broken, null);

        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = ApiFixture.json(r).get("errors").get(0);
        assertEquals("agreements[1].user", error.get("path").asText());
        assertTrue(error.get("line").asInt() > 1);
        assertTrue(error.get("message").asText().contains("nobody"), error::toString);
    }

    @Test
    void assess_whenInstantMalformed_shouldAnswer400NamingTheParameter() {
        HttpResponse<String> r = api.send("POST", "/platform-assessments?at=yesterday", Role.ADMIN, sapporo(), null);

        assertEquals(400, r.statusCode(), r.body());
        assertEquals("at", ApiFixture.json(r).get("errors").get(0).get("path").asText());
    }

    @Test
    void assess_whenAProjectRoleWithoutAssessmentRights_shouldAnswer403() {
        assertEquals(403, api.send("POST", "/platform-assessments", Role.CITIZEN, sapporo(), null).statusCode());
        assertEquals(403, api.send("POST", "/platform-assessments", Role.PROVIDER, sapporo(), null).statusCode());
    }
}
