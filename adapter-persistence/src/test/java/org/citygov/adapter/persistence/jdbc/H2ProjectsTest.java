package org.citygov.adapter.persistence.jdbc;

import java.nio.file.Path;

import org.citygov.adapter.persistence.AbstractProjectsContractTest;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

class H2ProjectsTest extends AbstractProjectsContractTest {

    @TempDir
    static Path dataDirectory;

    private static Database database;
    private static JdbcProjects store;

    @BeforeAll
    static void open() {
        database = Database.embedded(dataDirectory);
        store = database.projects();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Projects projects() {
        return store;
    }

    @Override
    protected ProjectHistory history() {
        return store;
    }
}
