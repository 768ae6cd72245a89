package org.citygov.adapter.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.citygov.adapter.persistence.AbstractPublicationsContractTest;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.Publications;

/** The publication marks' contract on Postgres. */
class PostgresPublicationsTest extends AbstractPublicationsContractTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("publications"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
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
