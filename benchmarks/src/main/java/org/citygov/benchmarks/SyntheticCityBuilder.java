package org.citygov.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;

/**
 * The frailty example grown to n research parties: n stakeholders, assets and flows (copies of the research-dataset
 * flow) and n consent rules in force, one per flow — so the policy holds n rules more than the example.
 */
final class SyntheticCityBuilder {

    private SyntheticCityBuilder() {
    }

    static LinkageBenchmark.SyntheticCity build(int n) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(Files.readString(Path.of("examples",
                    "kashiwanoha-frailty.json")));
            ObjectNode project = (ObjectNode) root.get("project");
            project.put("id", "city");
            ArrayNode stakeholders = (ArrayNode) root.get("stakeholders");
            ArrayNode assets = (ArrayNode) root.get("dataAssets");
            ArrayNode flows = (ArrayNode) root.get("dataFlows");
            ArrayNode rules = (ArrayNode) root.get("rules");
            ObjectNode university = find(stakeholders, "university");
            ObjectNode dataset = find(assets, "research-dataset");
            ObjectNode provide = find(flows, "provide-research-dataset");
            ObjectNode consent = find(rules, "city-consent");
            for (int i = 0; i < n; i++) {
                stakeholders.add(university.deepCopy().put("id", "party-" + i));
                assets.add(dataset.deepCopy().put("id", "asset-" + i));
                flows.add(provide.deepCopy().put("id", "flow-" + i).put("asset", "asset-" + i)
                        .put("to", "party-" + i));
                ObjectNode rule = consent.deepCopy().put("id", "consent-" + i).put("level", "PROGRAM");
                rule.putArray("appliesTo").add("flow-" + i);
                rules.add(rule);
            }
            ScenarioReading reading = new ScenarioLoader().read(json.writeValueAsString(root), Syntax.JSON);
            if (!(reading instanceof ScenarioReading.Valid valid)) {
                throw new IllegalStateException("synthetic city is invalid: " + reading);
            }
            GovernanceProject city = GovernanceProject.create(valid.scenario().parts(), Actor.of("benchmark"),
                    Instant.EPOCH).orElseThrow();
            return new LinkageBenchmark.SyntheticCity(city, new BundledCatalogue().edition());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode find(ArrayNode items, String id) {
        for (var item : items) {
            if (item.get("id").asText().equals(id)) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalStateException("no " + id + " in the example");
    }
}
