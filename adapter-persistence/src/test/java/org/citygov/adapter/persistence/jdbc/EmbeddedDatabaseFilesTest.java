package org.citygov.adapter.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.citygov.adapter.persistence.ProjectSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's directory and files are readable by their owner only, from their creation. */
class EmbeddedDatabaseFilesTest {

    @TempDir
    Path temp;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void embedded_whenTheDataDirectoryIsNew_shouldCreateItAndEveryDatabaseFileOwnerOnly() throws Exception {
        Path data = temp.resolve("city").resolve("data");
        try (Database database = Database.embedded(data)) {
            database.projects().save(ProjectSamples.newProject(ProjectSamples.uniqueId("perm")),
                    new org.citygov.application.port.out.ProjectChange(ProjectSamples.ALICE,
                            ProjectSamples.REGISTERED_AT, "registered")).orElseThrow();
        }

        assertEquals("rwx------", mode(temp.resolve("city")));
        assertEquals("rwx------", mode(data));
        assertEquals("rw-------", mode(data.resolve("citygov.mv.db")));
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                assertTrue(mode(file).endsWith("------"), file + " is " + mode(file));
            }
        }
    }

    @Test
    void embedded_whenTheDatabaseFileWasLeftWorldReadable_shouldMakeItOwnerOnly() throws Exception {
        Path data = temp.resolve("old");
        Database.embedded(data).close();
        Files.setPosixFilePermissions(data.resolve("citygov.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.embedded(data)) {
            assertEquals(List.of(), database.projects().all());
        }

        assertEquals("rw-------", mode(data.resolve("citygov.mv.db")));
    }
}
