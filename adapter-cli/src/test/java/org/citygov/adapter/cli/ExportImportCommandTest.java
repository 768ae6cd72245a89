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

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Syntax;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.project.ProjectParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code citygov import} and {@code citygov export} on an embedded database in a temporary data directory. */
class ExportImportCommandTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path data() {
        return temp.resolve("data");
    }

    private static ProjectParts parts(String text) {
        ScenarioReading reading = new ScenarioLoader().read(text, Syntax.JSON);
        return ((ScenarioReading.Valid) reading).scenario().parts();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kashiwanoha-ai-cameras", "kashiwanoha-frailty", "education-data"})
    void importThenExport_whenExample_shouldGiveBackTheSameScenario(String example) throws IOException {
        Path file = EXAMPLES.resolve(example + ".json");
        Path exported = temp.resolve("exported.json");

        int imported = run("import", file.toString(), "--data", data().toString(), "--actor", "tester");
        String importOutput = out.toString();
        int export = run("export", "--project", example, "--data", data().toString(), "--out", exported.toString());

        assertEquals(CityGovCli.OK, imported, err::toString);
        assertTrue(importOutput.contains("imported project " + example + " (version 1)"), importOutput);
        assertEquals(CityGovCli.OK, export, err::toString);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String roundTripped = Files.readString(exported, StandardCharsets.UTF_8);
        assertEquals(parts(original), parts(roundTripped));
        // and once more: exporting what was exported's import gives the very same text
        Path data2 = temp.resolve("data2");
        assertEquals(CityGovCli.OK, run("import", exported.toString(), "--data", data2.toString()), err::toString);
        assertEquals(CityGovCli.OK, run("export", "--project", example, "--data", data2.toString()), err::toString);
        assertEquals(roundTripped, out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kashiwanoha-ai-cameras", "kashiwanoha-frailty", "education-data"})
    void exportYaml_whenOutEndsInYaml_shouldWriteReadableYamlThatImportsToTheSameProject(String example)
            throws IOException {
        Path file = EXAMPLES.resolve(example + ".json");
        Path yaml = temp.resolve(example + ".yaml");
        assertEquals(CityGovCli.OK, run("import", file.toString(), "--data", data().toString()), err::toString);

        int export = run("export", "--project", example, "--data", data().toString(), "--out", yaml.toString());

        assertEquals(CityGovCli.OK, export, err::toString);
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        assertFalse(text.startsWith("---"), text);
        assertFalse(text.trim().startsWith("{"), "YAML, not JSON");
        assertTrue(text.contains("format: citygov/1"), text);
        assertTrue(text.contains("id: " + example), text);
        // YAML read back gives the same project as the JSON it came from
        ScenarioReading reading = new ScenarioLoader().read(text, Syntax.YAML);
        assertEquals(parts(Files.readString(file, StandardCharsets.UTF_8)),
                ((ScenarioReading.Valid) reading).scenario().parts());
        // and imported into another store, it exports as the same JSON
        Path data2 = temp.resolve("data2");
        assertEquals(CityGovCli.OK, run("import", yaml.toString(), "--data", data2.toString()), err::toString);
        assertEquals(CityGovCli.OK, run("export", "--project", example, "--data", data2.toString()), err::toString);
        String again = out.toString();
        assertEquals(CityGovCli.OK, run("export", "--project", example, "--data", data().toString()), err::toString);
        assertEquals(out.toString(), again);
    }

    @Test
    void export_whenFormatYamlAsked_shouldWriteYamlToStandardOutput() {
        run("import", EXAMPLES.resolve("education-data.json").toString(), "--data", data().toString());

        int status = run("export", "--project", "education-data", "--data", data().toString(), "--format", "yaml");

        assertEquals(CityGovCli.OK, status, err::toString);
        assertTrue(out.toString().startsWith("format: citygov/1"), out::toString);
    }

    @Test
    void import_whenFileInvalid_shouldListEveryProblemAndWriteNothing() throws IOException {
        String valid = Files.readString(EXAMPLES.resolve("kashiwanoha-frailty.json"), StandardCharsets.UTF_8);
        Path broken = temp.resolve("broken.json");
        // a flow naming an asset that does not exist: the file parses, and only the domain's checks refuse it
        Files.writeString(broken, valid.replaceFirst("\"asset\": \"[a-z-]+\"", "\"asset\": \"no-such-asset\""));

        int status = run("import", broken.toString(), "--data", data().toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        String problems = err.toString();
        assertTrue(problems.contains("dataFlows[0].asset"), problems);
        assertTrue(problems.contains("no-such-asset"), problems);
        assertTrue(problems.contains("line 58"), problems);
        assertFalse(Files.exists(data()), "an invalid import must not even create the database");
        try (CompositionRoot root = CompositionRoot.embedded(data())) {
            assertEquals(List.of(), root.viewProjects().list());
        }
    }

    @Test
    void import_whenProjectAlreadyStored_shouldBeConflictAndKeepTheStoredOne() {
        String file = EXAMPLES.resolve("kashiwanoha-frailty.json").toString();
        assertEquals(CityGovCli.OK, run("import", file, "--data", data().toString()), err::toString);

        int again = run("import", file, "--data", data().toString());

        assertEquals(CityGovCli.CONFLICT, again);
        assertTrue(err.toString().contains("already"), err::toString);
        try (CompositionRoot root = CompositionRoot.embedded(data())) {
            assertEquals(1, root.viewProjects().list().size());
            assertEquals(1, root.viewProjects().list().getFirst().version());
        }
    }

    @Test
    void export_whenProjectUnknown_shouldSaySoAndExitThree() {
        int status = run("export", "--project", "no-such-project", "--data", data().toString());

        assertEquals(CityGovCli.NOT_FOUND, status);
        assertTrue(err.toString().contains("no project \"no-such-project\""), err::toString);
        assertEquals("", out.toString());
    }

    @Test
    void export_whenBothStoresNamed_shouldBeAWrongCommandLine() {
        int status = run("export", "--project", "x", "--data", data().toString(), "--jdbc-url",
                "jdbc:postgresql://localhost/citygov");

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("choose one store"), err::toString);
    }

    @Test
    void import_shouldRecordTheImporterInTheAuditTrail() {
        run("import", EXAMPLES.resolve("education-data.json").toString(), "--data", data().toString(), "--actor",
                "Ms. Importer");

        try (CompositionRoot root = CompositionRoot.embedded(data())) {
            var trail = root.viewHistory().history(org.citygov.application.port.in.ViewHistory.Query.all(
                    org.citygov.domain.project.ProjectId.of("education-data"))).orElseThrow();
            assertEquals(1, trail.size());
            assertEquals("Ms. Importer", trail.getFirst().actor().name());
            // the file's rules arrive approved: the trail says they were imported, which ones, and who accepted them
            String summary = trail.getFirst().summary();
            assertTrue(summary.startsWith("imported from a scenario; 3 rule version(s) imported as already approved,"
                    + " accepted by Ms. Importer (ADMIN): city-retention v1 IN_FORCE (approved by city data governance"
                    + " council on 2023-10-01)"), summary);
        }
    }
}
