package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CityGovCliTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kashiwanoha-ai-cameras.json", "kashiwanoha-frailty.json", "education-data.json"})
    void validate_whenExample_shouldExitZero(String example) {
        int status = run("validate", EXAMPLES.resolve(example).toString());

        assertEquals(CityGovCli.OK, status, err::toString);
        assertTrue(out.toString().contains("valid"));
    }

    @Test
    void assess_whenJsonAsked_shouldPrintTheStakeholderAnalysis() throws IOException {
        int status = run("assess", EXAMPLES.resolve("kashiwanoha-frailty.json").toString(), "--format", "json");

        assertEquals(CityGovCli.OK, status, err::toString);
        JsonNode assessment = new ObjectMapper().readTree(out.toString());
        assertEquals("citygov/1", assessment.get("format").asText());
        assertEquals("kashiwanoha-frailty", assessment.get("project").asText());
        JsonNode residents = assessment.get("stakeholders").get(3);
        assertEquals("older-residents", residents.get("id").asText());
        // impact 5 x uncertainty 4 = 20: CRITICAL, which Table 5-1 pairs with involvement/cooperation
        assertEquals("CRITICAL", residents.get("importance").asText());
        assertEquals("INVOLVEMENT", residents.get("engagement").asText());
    }

    @Test
    void assess_whenTextAsked_shouldNameTheUnderEngagedStakeholders() {
        int status = run("assess", EXAMPLES.resolve("education-data.json").toString(), "--format", "text");

        assertEquals(CityGovCli.OK, status, err::toString);
        assertTrue(out.toString().contains("engaged less than recommended: board-of-education, schools,"
                + " pupils-and-parents, pta"), out::toString);
    }

    @Test
    void assess_whenFileInvalid_shouldExitTwoAndListEveryProblemOnStandardError(@TempDir Path dir)
            throws IOException {
        String broken = Files.readString(EXAMPLES.resolve("kashiwanoha-ai-cameras.json"))
                .replace("\"impact\": 5, \"uncertainty\": 2", "\"impact\": 8, \"uncertainty\": 2")
                .replace("\"stage\": \"COLLECTION\"", "\"stage\": \"GATHERING\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, broken);

        int status = run("assess", file.toString(), "--format", "json");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertEquals("", out.toString(), "nothing is assessed");
        assertTrue(err.toString().contains("2 problems"), err::toString);
        assertTrue(err.toString().contains("stakeholders[0].impact (line 22)"), err::toString);
        assertTrue(err.toString().contains("dataFlows[0].stage (line 49): \"GATHERING\" is not one of"),
                err::toString);
    }

    @Test
    void validate_whenJsonReportAsked_shouldGiveProblemsAsJson(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("not-an-object.json");
        Files.writeString(file, "[]");

        int status = run("validate", "--format", "json", file.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals(false, report.get("valid").asBoolean());
        assertTrue(report.get("problems").get(0).get("message").asText().contains("must be an object"));
    }

    @Test
    void run_whenCommandLineWrong_shouldExitTwo() {
        assertEquals(CityGovCli.INVALID_INPUT, run("assess"));
        assertEquals(CityGovCli.INVALID_INPUT, run("no-such-command"));
        assertEquals(CityGovCli.INVALID_INPUT, run("assess", "x.json", "--format", "xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "assess"})
    void help_onEveryCommand_shouldDescribeIt(String command) {
        int status = run(command, "--help");

        assertEquals(CityGovCli.OK, status);
        assertTrue(out.toString().contains("Usage: citygov " + command), out::toString);
        assertTrue(out.toString().contains("Exit status"), out::toString);
    }
}
