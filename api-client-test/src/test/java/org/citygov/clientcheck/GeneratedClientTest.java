package org.citygov.clientcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.citygov.client.ApiClient;
import org.citygov.client.ApiException;
import org.citygov.client.api.AssessmentsApi;
import org.citygov.client.api.ProjectsApi;
import org.citygov.client.api.RulesApi;
import org.citygov.client.model.Assessment;
import org.citygov.client.model.AssessmentRisk;
import org.citygov.client.model.Problem;
import org.citygov.client.model.Project;
import org.citygov.client.model.ConsentRule;
import org.citygov.client.model.ConsentScope;
import org.citygov.client.model.RiskLevel;
import org.citygov.client.model.Rule;
import org.citygov.client.model.Scenario;

/**
 * The Java client openapi-generator made from the document the API serves (during this module's build), used as a
 * front-end team would: register a project, read its assessment through typed fields, read a rule of one kind.
 */
class GeneratedClientTest {

    private static final String PROJECT = "kashiwanoha-frailty";
    private static ApiServer server;
    private static ApiClient client;

    @BeforeAll
    static void start() throws IOException, ApiException {
        server = new ApiServer();
        client = new ApiClient();
        client.updateBaseUri(server.baseUri());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer "
                + server.adminToken()));
        Scenario scenario = client.getObjectMapper().readValue(Files.readString(Path.of("..", "examples",
                PROJECT + ".json")), Scenario.class);
        Project registered = new ProjectsApi(client).registerProject(scenario);
        assertEquals(PROJECT, registered.getId());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void assessProject_whenReadThroughTheGeneratedClient_shouldGiveTypedRisksRulesAndLaws() throws Exception {
        Assessment assessment = new AssessmentsApi(client).assessProject(PROJECT);
        JsonNode raw = rawAssessment();

        assertEquals(raw.get("risks").size(), assessment.getRisks().size());
        for (int i = 0; i < assessment.getRisks().size(); i++) {
            AssessmentRisk risk = assessment.getRisks().get(i);
            RiskLevel level = risk.getLevel();
            assertEquals(raw.at("/risks/" + i + "/level").asText(), level.getValue());
            assertEquals(raw.at("/risks/" + i + "/severity").asInt(), risk.getSeverity());
        }
        Boolean approvable = assessment.getRules().getApprovable();
        assertEquals(raw.at("/rules/approvable").asBoolean(), approvable);
        assertEquals(raw.get("laws").size(), assessment.getLaws().size());
        assertEquals(raw.at("/laws/0/id").asText(), assessment.getLaws().getFirst().getId());
        assertEquals(raw.get("legalTests").size(), assessment.getLegalTests().size());
        for (int i = 0; i < assessment.getLegalTests().size(); i++) {
            assertEquals(raw.at("/legalTests/" + i + "/verdict").asText(), assessment.getLegalTests().get(i)
                    .getVerdict().getValue());
        }
        assertEquals(raw.at("/stakeholders/0/importance").asText(), assessment.getStakeholders().getFirst()
                .getImportance().getValue());
        assertFalse(assessment.getRisks().isEmpty());
    }

    @Test
    void getRule_whenOfOneKind_shouldBeThatKindsTypeWithItsTermsTyped() throws Exception {
        List<Rule> rules = new RulesApi(client).listRules(PROJECT, null, null).getItems();
        Rule consent = rules.stream().filter(r -> r.getActualInstance() instanceof ConsentRule).findFirst()
                .orElseThrow(() -> new AssertionError("no CONSENT rule among " + rules));

        ConsentRule typed = assertInstanceOf(ConsentRule.class, consent.getActualInstance());

        java.util.Set<ConsentScope> scope = typed.getConsentScope();
        assertFalse(scope.isEmpty());
        assertEquals(scope, new RulesApi(client).getRule(PROJECT, typed.getId()).getConsentRule().getConsentScope());
    }

    @Test
    void getProject_whenUnknown_shouldThrowWithTheProblemTheClientCanRead() throws Exception {
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new ProjectsApi(client).getProject("no-such-project"));

        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(404, refused.getCode());
        assertEquals("/problems/not-found", problem.getType());
    }

    private static JsonNode rawAssessment() throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/projects/"
                    + PROJECT + "/assessment")).header("Authorization", "Bearer " + server.adminToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body());
        }
    }
}
