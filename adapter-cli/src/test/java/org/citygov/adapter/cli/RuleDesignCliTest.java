package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule design through the command line: approvability, conflicts, excessive rules, suggestions (5.4). */
class RuleDesignCliTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void assess_whenEducationExample_shouldBeNotApprovableNamingTheGapsAndTheConflict() throws IOException {
        int status = run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "json");

        assertEquals(CityGovCli.NOT_APPROVABLE, status, err::toString);
        JsonNode rules = JSON.readTree(out.toString()).path("rules");
        assertFalse(rules.path("approvable").asBoolean());
        List<String> unmitigated = texts(rules.path("unmitigated"));
        // predicting delinquency is UNSUITABLE under 5.3 (1) 3) and no rule answers it
        assertTrue(unmitigated.contains("predict-delinquency-legal-education"), unmitigated::toString);
        // the learning-log surveillance risk is answered by the framework's retention rule and the programme's
        assertFalse(unmitigated.contains("collect-learning-logs-surveillance"));
        // six years of learning logs loosen the framework's three years: both rules are named
        JsonNode conflict = rules.path("conflicts").get(0);
        assertEquals("city-retention", conflict.path("framework").asText());
        assertEquals("learning-log-retention", conflict.path("program").asText());
        assertTrue(conflict.path("explanation").asText().contains("2190 days, more than the framework's 1095"));
        // a rule for a harm the analysis did not find is possibly excessive (4.2)
        assertEquals("vendor-marketing-ban", rules.path("excessive").get(0).path("rule").asText());
        // early-warning benefits only the public interest: 5.4 (4) requires a measure (a committee's review or
        // information release; neither kind on its own)
        assertEquals(List.of("PUBLIC_INTEREST_REVIEW"), texts(rules.path("missingRequired"), "kind"));
        // the four-factor test finds two flows UNSUITABLE: no rule answers them
        assertEquals(List.of("record-attendance", "predict-delinquency"), texts(rules.path("unsuitableFlows"),
                "flow"));
    }

    @Test
    void assess_whenEducationKpiBreached_shouldReportTheTriggerReturningToRiskAnalysis() throws IOException {
        run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "json");

        JsonNode evaluation = JSON.readTree(out.toString()).path("evaluation");
        JsonNode kpi = evaluation.path("kpis").get(0);
        assertEquals("BREACHED", kpi.path("status").asText());
        assertEquals("WORSENING", kpi.path("trend").asText());
        JsonNode trigger = evaluation.path("triggers").get(0);
        assertEquals("KPI_BREACH", trigger.path("kind").asText());
        assertEquals("RISK_ANALYSIS", trigger.path("returnsTo").asText());
    }

    /** The example with only a framework retention rule, its suggestions written and then approved as they are. */
    private JsonNode approvedSuggestions(String example, Path dir) throws IOException {
        ObjectNode original = (ObjectNode) JSON.readTree(EXAMPLES.resolve(example + ".json").toFile());
        original.remove("rules");
        original.putArray("rules").addObject().put("id", "city-retention").put("version", 1)
                .put("level", "CITY_FRAMEWORK").put("kind", "RETENTION").put("text", "At most a year.")
                .put("status", "IN_FORCE").put("approvedBy", "council").put("approvedOn", "2024-01-01")
                .put("retentionDays", 365).putArray("appliesTo");
        ((ObjectNode) original.path("rules").get(0)).putArray("mitigates");
        Path bare = dir.resolve(example + "-framework-only.json");
        Files.writeString(bare, JSON.writeValueAsString(original));
        Path suggested = dir.resolve(example + "-suggested.json");
        assertEquals(CityGovCli.OK, run("suggest-rules", bare.toString(), "--out", suggested.toString()),
                err::toString);
        ObjectNode scenario = (ObjectNode) JSON.readTree(suggested.toFile());
        int drafts = 0;
        for (JsonNode rule : scenario.path("rules")) {
            if (rule.path("id").asText().startsWith("suggested-")) {
                assertEquals("DRAFT", rule.path("status").asText(), "suggestions are drafts");
                assertEquals("PROGRAM", rule.path("level").asText());
                ((ObjectNode) rule).put("status", "APPROVED").put("approvedBy", "expert committee")
                        .put("approvedOn", "2025-01-15");
                drafts++;
            }
        }
        assertTrue(drafts > 0, "every example needs at least the measure 5.4 (4) requires of public-interest"
                + " services");
        Path approved = dir.resolve(example + "-approved.json");
        Files.writeString(approved, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenario));
        out.getBuffer().setLength(0);
        return JSON.readTree(approved.toFile());
    }

    /** From no rules at all: suggestions, once approved, close every gap the analysis found. */
    @ParameterizedTest
    @ValueSource(strings = {"kashiwanoha-frailty", "kashiwanoha-ai-cameras"})
    void suggestRules_whenDraftsApproved_shouldReassessAsApprovable(String example, @TempDir Path dir)
            throws IOException {
        approvedSuggestions(example, dir);

        int status = run("assess", dir.resolve(example + "-approved.json").toString(), "--format", "json");

        JsonNode rules = JSON.readTree(out.toString()).path("rules");
        assertEquals(CityGovCli.OK, status, rules::toString);
        assertTrue(rules.path("approvable").asBoolean());
        assertEquals(0, rules.path("conflicts").size(), "suggested retention keeps to the framework's 365 days");
    }

    /**
     * The exploit of issue 11: approving every draft suggest-rules writes for the education example must not make
     * delinquency prediction approvable. The drafts answer what they name; the UNSUITABLE flows are proposed for
     * change or removal instead.
     */
    @Test
    void suggestRules_whenEducationDraftsApproved_shouldStillNotApproveDelinquencyPrediction(@TempDir Path dir)
            throws IOException {
        approvedSuggestions("education-data", dir);
        String summary = err.toString();

        int status = run("assess", dir.resolve("education-data-approved.json").toString(), "--format", "json");

        JsonNode rules = JSON.readTree(out.toString()).path("rules");
        assertEquals(CityGovCli.NOT_APPROVABLE, status, rules::toString);
        assertFalse(rules.path("approvable").asBoolean());
        assertTrue(texts(rules.path("unsuitableFlows"), "flow").contains("predict-delinquency"), rules::toString);
        assertTrue(summary.contains("change or remove flow predict-delinquency"), summary);
        for (JsonNode entry : rules.path("coverage")) {
            for (JsonNode cannot : entry.path("cannotMitigate")) {
                assertFalse(cannot.path("rule").asText().startsWith("suggested-")
                        && !cannot.path("why").asText().contains("UNSUITABLE"),
                        "an approved draft answers every risk it names: " + entry);
            }
        }
    }

    @Test
    void suggestRules_whenFileInvalid_shouldExitTwoAndWriteNothing(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"citygov/1\"}");
        Path target = dir.resolve("out.json");

        int status = run("suggest-rules", broken.toString(), "--out", target.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertFalse(Files.exists(target));
        assertTrue(err.toString().contains("project"), err::toString);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.path(field).asText()));
        return values;
    }
}
