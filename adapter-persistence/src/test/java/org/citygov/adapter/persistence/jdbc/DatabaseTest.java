package org.citygov.adapter.persistence.jdbc;

import static org.citygov.adapter.persistence.ProjectSamples.ALICE;
import static org.citygov.adapter.persistence.ProjectSamples.REGISTERED_AT;
import static org.citygov.adapter.persistence.ProjectSamples.newProject;
import static org.citygov.adapter.persistence.ProjectSamples.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.project.GovernanceProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void defaultDataDirectory_shouldBeDotCitygovDataInTheUsersHome() {
        assertEquals(Path.of(System.getProperty("user.home"), ".citygov", "data"), Database.defaultDataDirectory());
    }

    @Test
    void embedded_whenDirectoryMissing_shouldCreateItWithTheDatabaseFile() {
        Path data = temp.resolve("a/b/data");

        try (Database database = Database.embedded(data)) {
            assertTrue(database.toString().contains(data.toString()), database::toString);
        }

        assertTrue(Files.isRegularFile(data.resolve("citygov.mv.db")));
    }

    @Test
    void embedded_whenReopened_shouldStillHoldWhatWasSaved() {
        GovernanceProject saved;
        try (Database database = Database.embedded(temp)) {
            saved = database.projects().save(newProject(uniqueId("reopened")),
                    new ProjectChange(ALICE, REGISTERED_AT, "registered")).orElseThrow();
        }

        try (Database database = Database.embedded(temp)) {
            assertEquals(Optional.of(saved), database.projects().find(saved.id()));
        }
    }

    @Test
    void postgres_whenUrlIsNotPostgres_shouldRefuseBeforeConnecting() {
        assertThrows(IllegalArgumentException.class, () -> Database.postgres("jdbc:h2:mem:x", "u", "p"));
    }
}
