package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.citygov.application.input.BadDocuments;
import org.citygov.application.scenario.ScenarioDocument;
import org.citygov.domain.access.Role;

/**
 * The bad-document corpus ({@link BadDocuments}) sent to every route that takes a body: each field of a good body
 * broken in turn (wrong JSON types, {@code 1e309}, numbers out of range, ids over 64 characters, a project name over
 * the store's 2,000). No answer is a 5xx; each is a 400 problem that names the broken field.
 */
class BadInputCorpusTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    /** A good body for each request schema of the API document; a new schema without one fails the test. */
    private static Map<String, String> goodBodies() throws IOException {
        JsonNode frailty = RestApi.JSON.readTree(ApiFixture.example("kashiwanoha-frailty"));
        Map<String, String> bodies = new HashMap<>();
        bodies.put("Scenario", frailty.toString());
        bodies.put("ProjectOverview", frailty.get("project").toString());
        bodies.put("Service", frailty.get("services").get(0).toString());
        bodies.put("Stakeholder", frailty.get("stakeholders").get(0).toString());
        bodies.put("DataAsset", frailty.get("dataAssets").get(0).toString());
        bodies.put("DataFlow", frailty.get("dataFlows").get(0).toString());
        bodies.put("Rule", frailty.get("rules").get(0).toString());
        bodies.put("Kpi", frailty.get("kpis").get(0).toString());
        bodies.put("Engagement", "{\"method\": \"BRIEFING\", \"heldOn\": \"2024-05-18\", \"note\": \"a briefing\"}");
        bodies.put("CycleMove", "{\"direction\": \"ADVANCE\", \"reason\": \"overview agreed\"}");
        bodies.put("RuleApproval", "{\"approvedBy\": \"expert-committee\", \"on\": \"2024-06-01\"}");
        bodies.put("Measurement", "{\"on\": \"2025-03-31\", \"value\": 0.12}");
        bodies.put("Event", "{\"kind\": \"TECHNOLOGY_CHANGE\", \"on\": \"2025-01-10\", \"note\": \"a new camera\","
                + " \"handledInRevision\": 2}");
        bodies.put("TokenRequest", "{\"name\": \"new-reader\", \"role\": \"AUDITOR\"}");
        bodies.put("ConsentGrant", "{\"project\": \"kashiwanoha-frailty\", \"asset\": \"research-dataset\","
                + " \"purpose\": \"RESEARCH\"}");
        bodies.put("CorrectionFiling", "{\"project\": \"kashiwanoha-frailty\", \"asset\": \"research-dataset\","
                + " \"correction\": \"my birth year is 1951\"}");
        bodies.put("CorrectionAnswer", "{\"outcome\": \"RESOLVED\", \"note\": \"corrected\"}");
        bodies.put("DecisionRequest", "{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\","
                + " \"role\": \"researcher\", \"asset\": \"research-dataset\", \"purpose\": \"RESEARCH\","
                + " \"subject\": \"resident-0042\", \"fields\": [\"age\"]}");
        JsonNode sapporo = RestApi.JSON.readTree(PlatformAssessmentApiTest.sapporo());
        bodies.put("PlatformDocument", sapporo.toString());
        bodies.put("PlatformOffer", sapporo.get("offers").get(0).toString());
        bodies.put("AgreementRequest", "{\"id\": \"lab-research\", \"offer\": \"bus-ridership-2024\", \"user\":"
                + " \"hokudai-mobility-lab\", \"purpose\": \"RESEARCH\"}");
        return bodies;
    }

    @Test
    void everyRouteWithABody_whenAnyFieldIsBroken_shouldAnswer400NamingItAndNever5xx() throws IOException {
        String etag = api.register("kashiwanoha-frailty");
        String platformEtag = api.send("POST", "/platforms", Role.ADMIN, PlatformAssessmentApiTest.sapporo(), null)
                .headers().firstValue("ETag").orElseThrow();
        String correction = ApiFixture.json(api.send("POST", "/me/corrections", Role.CITIZEN, "{\"project\":"
                + " \"kashiwanoha-frailty\", \"asset\": \"research-dataset\", \"correction\": \"my birth year is"
                + " 1951\"}", null)).get("id").asText();
        Map<String, String> good = goodBodies();
        String longName = "n".repeat(ScenarioDocument.MAX_PROJECT_NAME_LENGTH + 1);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Operation operation : api.api.operations()) {
            if (operation.requestSchema() == null) {
                continue;
            }
            String schema = api.api.openApi().schemaName(operation.requestSchema()).orElseThrow();
            String body = good.get(schema);
            if (body == null) {
                wrong.add(operation.operationId() + ": no good " + schema + " body in this test");
                continue;
            }
            String path = operation.path()
                    .replace("{projectId}", "kashiwanoha-frailty").replace("{serviceId}", "care-planning")
                    .replace("{stakeholderId}", "care-providers").replace("{dataAssetId}", "risk-scores")
                    .replace("{dataFlowId}", "invite-residents").replace("{ruleId}", "city-consent")
                    .replace("{kpiId}", "programme-uptake").replace("{correctionId}", correction)
                    .replace("{platformId}", "sapporo-area-data-market");
            Role role = operation.allows(Role.ADMIN) ? Role.ADMIN : Role.CITIZEN;
            Map<String, String> extra = switch (schema) {
                case "Scenario" -> Map.of("project.name", longName);
                case "ProjectOverview" -> Map.of("name", longName);
                default -> Map.of();
            };
            List<BadDocuments.Mutant> mutants = BadDocuments.of(body, extra);
            // a whole scenario has some 500 mutants, each read through by the loader's own corpus test
            // (BadDocumentCorpusTest); here every fourth, and the over-long name, show that the routes pass them on
            int step = schema.equals("Scenario") || schema.equals("PlatformDocument") ? 4 : 1;
            for (int i = 0; i < mutants.size(); i++) {
                BadDocuments.Mutant mutant = mutants.get(i);
                if (i % step != 0 && i != mutants.size() - 1) {
                    continue;
                }
                sent++;
                String what = operation.method() + " " + path + " with " + mutant;
                HttpResponse<String> r;
                try {
                    r = api.send(operation.method().name(), path, role, mutant.json(),
                            path.startsWith("/platforms/") ? platformEtag : etag);
                    if (r.statusCode() < 300) {
                        etag = api.get("/projects/kashiwanoha-frailty", Role.ADMIN).headers().firstValue("ETag")
                                .orElseThrow();
                    }
                } catch (RuntimeException e) {
                    wrong.add(what + ": no answer (" + e.getMessage() + ")");
                    continue;
                }
                if (r.statusCode() != 400
                        || !r.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")) {
                    wrong.add(what + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(200,
                            r.body().length())));
                    continue;
                }
                JsonNode errors = ApiFixture.json(r).path("errors");
                boolean named = false;
                for (JsonNode error : errors) {
                    named |= error.path("path").asText().equals(mutant.path());
                }
                if (!named) {
                    wrong.add(what + ": 400 without an error at " + mutant.path() + ": " + errors);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(sent > 500, "the corpus sent " + sent + " bodies");
        System.out.println("BadInputCorpusTest: " + sent + " bad bodies sent");
    }
}
