package org.citygov.adapter.persistence.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.citygov.adapter.persistence.AbstractPublicationsContractTest;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.Publications;

/** The publication marks' contract on H2. */
class H2PublicationsTest extends AbstractPublicationsContractTest {

    @TempDir
    static Path dataDirectory;

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.embedded(dataDirectory);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Publications publications() {
        return database.publications();
    }

    @Override
    protected Projects projects() {
        return database.projects();
    }
}
