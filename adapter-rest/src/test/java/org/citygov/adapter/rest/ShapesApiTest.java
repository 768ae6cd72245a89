package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.domain.access.Role;

/**
 * The shapes every resource shares (docs/decisions/2026-11-29-rest-shapes.md): a create answers 201 with Location
 * and the created item, which Location then reads; each collection of a project is listed; the cycle position has
 * one shape; a refused cycle move says what is missing as data.
 */
class ShapesApiTest {

    private static final String PROJECT = "/projects/kashiwanoha-frailty";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creates_whenSuccessful_shouldAnswer201WithTheCreatedItemThatLocationReads() {
        String etag = api.register("kashiwanoha-frailty");
        List<String> wrong = new ArrayList<>();
        record Create(String path, String body, Role role) {
        }
        List<Create> creates = List.of(
                new Create(PROJECT + "/services", "{\"id\": \"home-visits\", \"name\": \"Home visits\", \"field\":"
                        + " \"HEALTH_AND_WELFARE\", \"benefit\": \"INDIVIDUAL\"}", Role.ANALYST),
                new Create(PROJECT + "/rules", OpenApiContractTest.NEW_RULE, Role.ANALYST),
                new Create(PROJECT + "/kpis", "{\"id\": \"complaints\", \"name\": \"Complaints\", \"kind\":"
                        + " \"VIOLATIONS\", \"threshold\": {\"direction\": \"AT_MOST\", \"value\": 3},"
                        + " \"measurements\": []}", Role.ANALYST),
                new Create(PROJECT + "/events", "{\"kind\": \"TECHNOLOGY_CHANGE\", \"on\": \"2024-10-01\", \"note\":"
                        + " \"new risk model\"}", Role.ANALYST),
                new Create(PROJECT + "/stakeholders/care-providers/engagements", "{\"method\": \"BRIEFING\","
                        + " \"heldOn\": \"2024-05-01\"}", Role.ANALYST),
                new Create(PROJECT + "/kpis/complaints/measurements", "{\"on\": \"2024-09-30\", \"value\": 1}",
                        Role.ANALYST));
        for (Create create : creates) {
            HttpResponse<String> r = api.send("POST", create.path(), create.role(), create.body(), etag);
            if (r.statusCode() != 201 || r.headers().firstValue("Location").isEmpty()) {
                wrong.add(create.path() + ": " + r.statusCode() + " " + r.body());
                continue;
            }
            etag = r.headers().firstValue("ETag").orElseThrow();
            String location = r.headers().firstValue("Location").orElseThrow();
            JsonNode created = ApiFixture.json(r);
            JsonNode read = ApiFixture.json(api.get(location, Role.AUDITOR));
            boolean found = read.equals(created) || read.path("engagements").toString().contains(
                    created.toString()) || read.path("measurements").toString().contains(created.toString());
            if (!found) {
                wrong.add(create.path() + ": " + location + " reads " + read + ", not " + created);
            }
        }

        assertEquals(List.of(), wrong);
        HttpResponse<String> token = api.send("POST", "/tokens", Role.ADMIN,
                "{\"name\": \"open-data-team\", \"role\": \"ANALYST\"}", null);
        assertEquals("/tokens/open-data-team", token.headers().firstValue("Location").orElseThrow());
        assertEquals("ANALYST", ApiFixture.json(api.get("/tokens/open-data-team", Role.AUDITOR)).get("role")
                .asText());
    }

    @Test
    void removePart_whenDone_shouldAnswer204WithTheNewETag() {
        String etag = api.send("POST", PROJECT + "/services", Role.ANALYST, "{\"id\": \"home-visits\", \"name\":"
                + " \"Home visits\", \"field\": \"HEALTH_AND_WELFARE\", \"benefit\": \"INDIVIDUAL\"}",
                api.register("kashiwanoha-frailty")).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> r = api.send("DELETE", PROJECT + "/services/home-visits", Role.ANALYST, null, etag);

        assertEquals(204, r.statusCode(), r.body());
        assertEquals("", r.body());
        assertEquals("\"kashiwanoha-frailty-v3\"", r.headers().firstValue("ETag").orElseThrow());
        assertEquals(404, api.get(PROJECT + "/services/home-visits", Role.AUDITOR).statusCode());
    }

    @Test
    void lists_whenAProjectHasParts_shouldListEachCollectionAsAPage() {
        api.register("kashiwanoha-frailty");
        JsonNode project = ApiFixture.json(api.get(PROJECT, Role.AUDITOR));

        for (String[] list : new String[][] {{"services", "services"}, {"stakeholders", "stakeholders"},
                {"data-assets", "dataAssets"}, {"data-flows", "dataFlows"}, {"kpis", "kpis"}}) {
            JsonNode page = ApiFixture.json(api.get(PROJECT + "/" + list[0] + "?limit=200", Role.PROVIDER));
            assertEquals(project.get(list[1]), page.get("items"), list[0]);
            assertEquals(project.get(list[1]).size(), page.get("total").asInt(), list[0]);
        }
        assertEquals(0, ApiFixture.json(api.get(PROJECT + "/events", Role.AUDITOR)).get("total").asInt());
    }

    @Test
    void cyclePosition_whenReadAnywhere_shouldHaveOneShape() {
        api.register("kashiwanoha-frailty");

        JsonNode inProject = ApiFixture.json(api.get(PROJECT, Role.AUDITOR)).get("cycle");
        JsonNode inList = ApiFixture.json(api.get("/projects", Role.AUDITOR)).at("/items/0/cycle");
        JsonNode own = ApiFixture.json(api.get(PROJECT + "/cycle", Role.AUDITOR));

        assertEquals(own, inProject);
        assertEquals(own, inList);
        assertEquals("PROJECT_OVERVIEW", own.get("step").asText());
        assertEquals("LAWS_AND_REGULATIONS", own.get("nextStep").asText());
    }

    @Test
    void moveCycle_whenPrerequisitesAreMissing_shouldAnswer409ListingEachWithItsPath() {
        // a CRITICAL stakeholder nobody has heard yet
        String etag = api.send("POST", PROJECT + "/stakeholders", Role.ANALYST, "{\"id\": \"night-shift-nurses\","
                + " \"name\": \"Night-shift nurses\", \"category\": \"RESIDENT\", \"involvement\": \"DIRECT\","
                + " \"impact\": 5, \"uncertainty\": 5}", api.register("kashiwanoha-frailty")).headers()
                .firstValue("ETag").orElseThrow();
        for (String reason : List.of("laws", "risks")) {
            etag = api.send("POST", PROJECT + "/cycle/transitions", Role.ANALYST, "{\"direction\": \"ADVANCE\","
                    + " \"reason\": \"" + reason + "\"}", etag).headers().firstValue("ETag").orElseThrow();
        }
        JsonNode position = ApiFixture.json(api.get(PROJECT + "/cycle", Role.AUDITOR));

        HttpResponse<String> r = api.send("POST", PROJECT + "/cycle/transitions", Role.ANALYST,
                "{\"direction\": \"ADVANCE\", \"reason\": \"rules\"}", etag);

        assertEquals(409, r.statusCode(), r.body());
        JsonNode missing = ApiFixture.json(r).get("missing");
        assertFalse(missing.isEmpty(), r.body());
        for (JsonNode m : missing) {
            assertTrue(m.get("path").asText().matches("stakeholders\\[\\d+]\\.engagements"), m.toString());
        }
        assertTrue(missing.toString().contains("night-shift-nurses"), missing.toString());
        assertEquals(position.get("missingForNextStep"), missing, "the cycle said beforehand what was missing");
    }
}
