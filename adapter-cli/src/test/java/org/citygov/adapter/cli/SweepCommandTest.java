package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citygov sweep}: one CSV row per run, agreeing with {@code citygov assess} on each scenario. */
class SweepCommandTest {

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

    private JsonNode assessed(Path file) throws IOException {
        run("assess", file.toString(), "--format", "json");
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void sweep_whenSeveralFiles_shouldWriteOneRowPerFileAgreeingWithAssess() throws IOException {
        List<Path> files = List.of(EXAMPLES.resolve("kashiwanoha-frailty.json"),
                EXAMPLES.resolve("education-data.json"));
        Path csv = temp.resolve("results.csv");

        int status = run("sweep", files.get(0).toString(), files.get(1).toString(), "--out", csv.toString());

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        assertTrue(err.toString().contains("2/2"), () -> err.toString());
        List<Map<String, String>> rows = CsvRecords.rows(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        for (int i = 0; i < 2; i++) {
            JsonNode assessment = assessed(files.get(i));
            Map<String, String> row = rows.get(i);
            assertEquals("ASSESSED", row.get("outcome"));
            assertEquals(assessment.get("project").asText(), row.get("project"));
            assertEquals(String.valueOf(assessment.get("risks").size()), row.get("risks"));
            long critical = 0;
            for (JsonNode r : assessment.get("risks")) {
                critical += r.get("level").asText().equals("CRITICAL") ? 1 : 0;
            }
            assertEquals(String.valueOf(critical), row.get("risksCritical"));
            boolean approvable = assessment.get("rules") == null || assessment.get("rules").get("approvable")
                    .asBoolean();
            assertEquals(String.valueOf(approvable), row.get("approvable"));
        }
    }

    @Test
    void sweep_whenVarying_shouldWriteOneRowPerValueNamingIt() {
        int status = run("sweep", EXAMPLES.resolve("kashiwanoha-frailty.json").toString(), "--vary",
                "stakeholders[3].impact=1,3,5");

        assertEquals(CityGovCli.OK, status, () -> err.toString());
        List<Map<String, String>> rows = CsvRecords.rows(out.toString());
        assertEquals(List.of("1", "3", "5"), rows.stream().map(r -> r.get("value")).toList());
        assertTrue(rows.stream().allMatch(r -> r.get("path").equals("stakeholders[3].impact")));
        assertTrue(err.toString().contains("3/3"), () -> err.toString());
    }

    @Test
    void sweep_whenPathWrong_shouldExitTwoNamingThePathAndWriteNothing() {
        Path csv = temp.resolve("results.csv");

        int status = run("sweep", EXAMPLES.resolve("kashiwanoha-frailty.json").toString(), "--vary",
                "dataFlows[99].covert=true", "--out", csv.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("dataFlows[99].covert"), () -> err.toString());
        assertFalse(Files.exists(csv));
    }

    @Test
    void sweep_whenARunIsInvalid_shouldWriteItsRowWithTheErrorAndExitTwo() throws IOException {
        Path csv = temp.resolve("results.csv");

        int status = run("sweep", EXAMPLES.resolve("kashiwanoha-frailty.json").toString(), "--vary",
                "dataFlows[0].legalBasis=CONSENT,WHIM", "--out", csv.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        List<Map<String, String>> rows = CsvRecords.rows(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals("ASSESSED", rows.get(0).get("outcome"));
        assertEquals("INVALID", rows.get(1).get("outcome"));
        assertTrue(rows.get(1).get("error").contains("dataFlows[0].legalBasis"), rows.get(1)::toString);
        assertTrue(err.toString().contains("1 invalid"), () -> err.toString());
    }

    @Test
    void sweep_whenNoFile_shouldExitTwo() {
        assertEquals(CityGovCli.INVALID_INPUT, run("sweep"));
    }
}
