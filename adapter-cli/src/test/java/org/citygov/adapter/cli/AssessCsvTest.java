package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code assess --format csv}: each table read back with a strict RFC 4180 reader equals the JSON assessment. */
class AssessCsvTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path temp;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
    }

    private JsonNode json(String example) throws IOException {
        run("assess", EXAMPLES.resolve(example + ".json").toString(), "--format", "json");
        return new ObjectMapper().readTree(out.toString());
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kashiwanoha-ai-cameras", "kashiwanoha-frailty", "education-data"})
    void assessCsv_whenOutDirectory_shouldWriteEveryTableMatchingTheJson(String example) throws IOException {
        JsonNode assessment = json(example);
        Path dir = temp.resolve("tables");

        int status = run("assess", EXAMPLES.resolve(example + ".json").toString(), "--format", "csv", "--out",
                dir.toString());

        assertEquals(assessment.get("rules") != null && !assessment.get("rules").get("approvable").asBoolean()
                ? CityGovCli.NOT_APPROVABLE : CityGovCli.OK, status, () -> err.toString());
        List<Map<String, String>> stakeholders = rows(dir, "stakeholders");
        assertEquals(assessment.get("stakeholders").size(), stakeholders.size());
        for (int i = 0; i < stakeholders.size(); i++) {
            JsonNode s = assessment.get("stakeholders").get(i);
            for (String column : List.of("id", "name", "category", "involvement", "score", "importance",
                    "engagement", "engagementHeld", "engagedAsRecommended")) {
                assertEquals(text(s.get(column)), stakeholders.get(i).get(column), column);
            }
        }
        List<Map<String, String>> laws = rows(dir, "laws");
        List<JsonNode> expectedLaws = new ArrayList<>();
        assessment.get("laws").forEach(expectedLaws::add);
        assessment.get("softLaws").forEach(expectedLaws::add);
        assertEquals(expectedLaws.size(), laws.size());
        for (int i = 0; i < laws.size(); i++) {
            JsonNode law = expectedLaws.get(i);
            assertEquals(i < assessment.get("laws").size() ? "LAW" : "SOFT_LAW", laws.get(i).get("kind"));
            assertEquals(law.get("id").asText(), laws.get(i).get("id"));
            assertEquals(law.get("label").get("ja").asText(), laws.get(i).get("label_ja"));
            assertEquals(text(law.get("standing")), laws.get(i).get("standing"));
            assertEquals(law.get("reason").asText(), laws.get(i).get("reason"));
        }
        List<Map<String, String>> tests = rows(dir, "legal-tests");
        assertEquals(assessment.get("legalTests").size(), tests.size());
        for (int i = 0; i < tests.size(); i++) {
            JsonNode t = assessment.get("legalTests").get(i);
            assertEquals(t.get("flow").asText(), tests.get(i).get("flow"));
            assertEquals(t.get("verdict").asText(), tests.get(i).get("verdict"));
            assertEquals(t.get("factors").get("purpose").asText(), tests.get(i).get("purpose"));
            assertEquals(t.get("standing").get("method").asText(), tests.get(i).get("standing_method"));
        }
        List<Map<String, String>> risks = rows(dir, "risks");
        assertEquals(assessment.get("risks").size(), risks.size());
        for (int i = 0; i < risks.size(); i++) {
            JsonNode r = assessment.get("risks").get(i);
            for (String column : List.of("id", "flow", "stage", "focalPoint", "harm", "severity", "likelihood",
                    "level", "rationale", "guidelineRef")) {
                assertEquals(text(r.get(column)), risks.get(i).get(column), column);
            }
            assertEquals(r.get("question").get("en").asText(), risks.get(i).get("question_en"));
        }
        assertCoverage(assessment, rows(dir, "coverage"));
    }

    /** Every risk of the JSON coverage has its rows, one per rule that mitigates it or cannot, or one NONE row. */
    private void assertCoverage(JsonNode assessment, List<Map<String, String>> coverage) {
        if (assessment.get("rules") == null) {
            assertTrue(coverage.isEmpty());
            return;
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode c : assessment.get("rules").get("coverage")) {
            int before = expected.size();
            c.get("mitigations").forEach(m -> expected.add(c.get("risk").asText() + "|" + m.get("rule").asText()
                    + "|MITIGATES|" + c.get("mitigated").asText()));
            c.get("cannotMitigate").forEach(m -> expected.add(c.get("risk").asText() + "|" + m.get("rule").asText()
                    + "|CANNOT_MITIGATE|" + c.get("mitigated").asText()));
            if (expected.size() == before) {
                expected.add(c.get("risk").asText() + "||NONE|" + c.get("mitigated").asText());
            }
        }
        assertEquals(expected, coverage.stream().map(r -> r.get("risk") + "|" + r.get("rule") + "|"
                + r.get("answers") + "|" + r.get("mitigated")).toList());
    }

    private static List<Map<String, String>> rows(Path dir, String table) throws IOException {
        return CsvRecords.rows(Files.readString(dir.resolve(table + ".csv"), StandardCharsets.UTF_8));
    }

    @Test
    void assessCsv_whenOneTableToStandardOutput_shouldWriteOnlyThatTable() throws IOException {
        JsonNode assessment = json("education-data");

        int status = run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "csv",
                "--table", "risks");

        assertEquals(CityGovCli.NOT_APPROVABLE, status, () -> err.toString());
        List<List<String>> records = CsvRecords.parse(out.toString());
        assertEquals(List.of("id", "flow", "stage", "focalPoint", "harm", "severity", "likelihood", "level",
                "rationale", "guidelineRef", "question_en", "question_ja"), records.getFirst());
        assertEquals(assessment.get("risks").size() + 1, records.size());
    }

    @Test
    void assessCsv_whenNoTableAndNoOut_shouldExitTwoNamingTheTables() {
        int status = run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "csv");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("stakeholders, laws, legal-tests, risks, coverage"), () -> err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void assessCsv_whenUnknownTable_shouldExitTwo() {
        int status = run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "csv",
                "--table", "harms");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("--table harms: no such table"), () -> err.toString());
    }

    @Test
    void assess_whenTableWithoutCsv_shouldExitTwo() {
        int status = run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "json",
                "--table", "risks");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertFalse(err.toString().isEmpty());
    }

    @Test
    void csvRecords_whenQuoteUnbalanced_shouldRefuse() {
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a,b\r\n\"x,y\r\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvRecords.parse("a,b\r\nx\r\n"));
    }
}
