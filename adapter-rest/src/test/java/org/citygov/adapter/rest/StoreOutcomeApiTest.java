package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.citygov.application.port.in.ChangeProject;
import org.citygov.domain.access.Role;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.shared.Result;

/**
 * What the store answers decides the status, not a second read of the project: a save refused because the project
 * moved on between the read and the write (STALE) is a 412, a save the state refuses (CONFLICT) a 409.
 */
class StoreOutcomeApiTest {

    private static final String SERVICE = """
            { "id": "home-visits", "name": "Home visits by care workers", "field": "HEALTH_AND_WELFARE",
              "benefit": "INDIVIDUAL" }""";

    private static HttpResponse<String> addServiceWhenTheStoreAnswers(Result<GovernanceProject> answer) {
        ChangeProject store = command -> answer;
        try (ApiFixture api = new ApiFixture(u -> new UseCases(u.importScenario(), u.viewProjects(), store,
                u.recordEngagement(), u.moveCycle(), u.assessProject(), u.designRules(), u.evaluateProject(),
                u.viewCatalogue(), u.viewHistory(), u.authenticate(), u.issueToken(), u.manageTokens(),
                u.decideLinkage(), u.exerciseRights(), u.auditLinkageLog(), u.platforms(),
                u.reportProject(), u.publishProject()))) {
            String etag = api.register("kashiwanoha-frailty");
            return api.send("POST", "/projects/kashiwanoha-frailty/services", Role.ANALYST, SERVICE, etag);
        }
    }

    @Test
    void addService_whenTheStoreSaysStaleForTheCurrentETag_shouldAnswer412() {
        HttpResponse<String> r = addServiceWhenTheStoreAnswers(Result.stale("changed by someone else meanwhile"));

        assertEquals(412, r.statusCode(), r.body());
        assertEquals("/problems/precondition-failed", ApiFixture.json(r).get("type").asText());
        assertTrue(ApiFixture.json(r).get("detail").asText().contains("meanwhile"), r.body());
    }

    @Test
    void addService_whenTheStoreSaysConflict_shouldAnswer409() {
        HttpResponse<String> r = addServiceWhenTheStoreAnswers(Result.conflict("the service is in use"));

        assertEquals(409, r.statusCode(), r.body());
        assertEquals("/problems/conflict", ApiFixture.json(r).get("type").asText());
    }
}
