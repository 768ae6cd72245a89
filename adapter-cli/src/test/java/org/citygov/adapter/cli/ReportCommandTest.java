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

import org.citygov.adapter.cli.root.CompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citygov report}: of a file and of a stored project, in both languages, and what it refuses. */
class ReportCommandTest {

    private static final Path FRAILTY = Path.of("..", "examples", "kashiwanoha-frailty.json");

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void report_whenGivenAFileInJapanese_shouldWriteOneSelfContainedJapaneseDocument() throws IOException {
        Path report = temp.resolve("report.html");

        int status = run("report", FRAILTY.toString(), "--lang", "ja", "--out", report.toString());

        assertEquals(CityGovCli.OK, status, err::toString);
        assertTrue(err.toString().contains("5 figures"), err::toString);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">"));
        assertTrue(html.contains("データガバナンス報告書：AI for frailty prevention"));
        assertTrue(html.contains("data-figure=\"risk-heat-map\""));
        assertTrue(html.contains("この報告書はシナリオファイルから作成しました"), "no history for an unstored file");
    }

    @Test
    void report_whenGivenAStoredProject_shouldShowItsRevisionHistoryWithWhoMovedIt() throws IOException {
        Path data = temp.resolve("data");
        assertEquals(CityGovCli.OK, run("import", FRAILTY.toString(), "--data", data.toString(), "--actor",
                "secretariat"), err::toString);

        int status = run("report", "--project", "kashiwanoha-frailty", "--data", data.toString(), "--lang", "en");

        assertEquals(CityGovCli.OK, status, err::toString);
        String html = out.toString();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Moves of the governance cycle"));
        assertTrue(html.contains("Audit trail (every stored change)"));
        assertTrue(html.contains("<td>secretariat</td>"), "the actor of the import");
        assertFalse(html.contains("was made from a scenario file"));
    }

    @Test
    void report_whenTheProjectIsUnknown_shouldExitNotFound() {
        int status = run("report", "--project", "no-such-project", "--data", temp.resolve("data").toString());

        assertEquals(CityGovCli.NOT_FOUND, status);
        assertTrue(err.toString().contains("no project \"no-such-project\""), err::toString);
    }

    @Test
    void report_whenGivenBothAFileAndAProject_shouldRefuseTheCommandLine() {
        assertEquals(CityGovCli.INVALID_INPUT, run("report", FRAILTY.toString(), "--project", "kashiwanoha-frailty"));
        assertEquals(CityGovCli.INVALID_INPUT, run("report"));
        assertEquals(CityGovCli.INVALID_INPUT, run("report", FRAILTY.toString(), "--lang", "fr"));
    }

    @Test
    void report_whenTheFileIsInvalid_shouldListItsProblemsAndWriteNothing() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, Files.readString(FRAILTY).replaceFirst("\"asset\": \"[a-z-]+\"",
                "\"asset\": \"no-such-asset\""));
        Path report = temp.resolve("report.html");

        int status = run("report", broken.toString(), "--out", report.toString());

        assertEquals(CityGovCli.INVALID_INPUT, status);
        assertTrue(err.toString().contains("no-such-asset"), err::toString);
        assertFalse(Files.exists(report));
    }
}
