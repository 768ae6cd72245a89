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
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citygov publish}: the static pages of a file's or a stored project's public disclosure. */
class PublishCommandTest {

    private static final Path CAMERAS = Path.of("..", "examples", "kashiwanoha-ai-cameras.json");

    @TempDir
    Path temp;

    private StringWriter err = new StringWriter();

    private int run(String... args) {
        err = new StringWriter();
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                args);
    }

    @Test
    void publish_whenGivenAStoredProject_shouldWriteBothLanguagesAndTheDpvRecord() throws IOException {
        Path data = temp.resolve("data");
        assertEquals(CityGovCli.OK, run("import", CAMERAS.toString(), "--data", data.toString(), "--actor",
                "secretariat"), err::toString);
        try (CompositionRoot stored = CompositionRoot.embedded(data)) {
            assertTrue(stored.publishProject().markPublished(ProjectId.of("kashiwanoha-ai-cameras"),
                    Actor.of("admin")) instanceof Result.Success<?>);
        }
        Path site = temp.resolve("site");

        int status = run("publish", "--project", "kashiwanoha-ai-cameras", "--data", data.toString(),
                "--out", site.toString());

        assertEquals(CityGovCli.OK, status, err::toString);
        Path folder = site.resolve("kashiwanoha-ai-cameras");
        String english = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        String japanese = Files.readString(folder.resolve("index.ja.html"), StandardCharsets.UTF_8);
        String record = Files.readString(folder.resolve("record.jsonld"), StandardCharsets.UTF_8);
        assertTrue(english.contains("Complaints about the plaza cameras per quarter"), "evaluation is promised");
        assertTrue(english.contains("href=\"index.ja.html\"") && japanese.contains("href=\"index.html\""));
        assertTrue(japanese.contains("データの取扱いについて"));
        assertTrue(record.contains("\"dpv\" : \"https://w3id.org/dpv#\""), "the context is inline");
        assertFalse(english.contains("secretariat") || japanese.contains("secretariat"), "no actor is published");
    }

    @Test
    void publish_whenTheStoredProjectIsNotMarkedPublished_shouldRefuseWithConflictAndWriteNothing() {
        Path data = temp.resolve("data");
        assertEquals(CityGovCli.OK, run("import", CAMERAS.toString(), "--data", data.toString(), "--actor",
                "secretariat"), err::toString);
        Path site = temp.resolve("site");

        int status = run("publish", "--project", "kashiwanoha-ai-cameras", "--data", data.toString(),
                "--out", site.toString());

        assertEquals(CityGovCli.CONFLICT, status, err::toString);
        assertTrue(err.toString().contains("project kashiwanoha-ai-cameras is not marked published"), err::toString);
        assertTrue(err.toString().contains("POST /projects/kashiwanoha-ai-cameras/publication"), err::toString);
        assertFalse(Files.exists(site.resolve("kashiwanoha-ai-cameras")), "nothing is written");
    }

    @Test
    void publish_whenGivenAFile_shouldWriteItsPages() {
        Path site = temp.resolve("site");

        assertEquals(CityGovCli.OK, run("publish", CAMERAS.toString(), "--out", site.toString()), err::toString);

        assertTrue(Files.exists(site.resolve("kashiwanoha-ai-cameras").resolve("record.jsonld")));
    }

    @Test
    void publish_whenTheProjectIsUnknownOrNoDirectoryIsGiven_shouldSaySo() {
        assertEquals(CityGovCli.NOT_FOUND, run("publish", "--project", "nowhere", "--data",
                temp.resolve("data").toString(), "--out", temp.resolve("site").toString()));
        assertTrue(err.toString().contains("no project \"nowhere\""), err::toString);
        assertEquals(CityGovCli.INVALID_INPUT, run("publish", CAMERAS.toString()));
    }
}
