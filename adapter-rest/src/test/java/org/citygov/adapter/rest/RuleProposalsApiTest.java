package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.domain.access.Role;
import org.citygov.domain.design.RuleSuggestions;
import org.citygov.domain.project.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /projects/{id}/rule-suggestions/proposals}: what {@code citygov suggest-rules} proposes instead of a rule
 * (changing or removing each UNSUITABLE flow, what the process must do), as JSON, equal to the domain's suggestions.
 */
class RuleProposalsApiTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void proposals_whenAProjectHasAnUnsuitableFlow_shouldProposeChangingOrRemovingItAsTheDomainDoes() {
        String etag = api.register("education-data");

        HttpResponse<String> r = api.get("/projects/education-data/rule-suggestions/proposals", Role.AUDITOR);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
        JsonNode body = ApiFixture.json(r);
        RuleSuggestions expected = RuleSuggestions.of(api.projects.find(ProjectId.of("education-data")).orElseThrow(),
                new BundledCatalogue().edition());
        assertEquals("education-data", body.get("project").asText());
        List<String> flows = new ArrayList<>();
        body.get("flowChanges").forEach(c -> flows.add(c.get("flow").asText()));
        assertEquals(expected.flowChanges().stream().map(c -> c.flow().value()).toList(), flows);
        assertTrue(flows.contains("predict-delinquency"), body::toString);
        JsonNode first = body.get("flowChanges").get(0);
        RuleSuggestions.FlowChange change = expected.flowChanges().getFirst();
        assertEquals(change.proposal(), first.get("proposal").asText());
        assertEquals(change.guidelineRef(), first.get("guidelineRef").asText());
        assertEquals(change.cautions().size(), first.get("cautions").size());
        assertFalse(change.cautions().isEmpty());
        List<String> process = new ArrayList<>();
        body.get("byTheProcess").forEach(p -> process.add(p.asText()));
        assertEquals(expected.byTheProcess(), process);
    }

    @Test
    void proposals_whenTheProjectIsUnknown_shouldAnswer404() {
        HttpResponse<String> r = api.get("/projects/nowhere/rule-suggestions/proposals", Role.ADMIN);

        assertEquals(404, r.statusCode(), r.body());
        assertEquals("/problems/not-found", ApiFixture.json(r).get("type").asText());
    }
}
