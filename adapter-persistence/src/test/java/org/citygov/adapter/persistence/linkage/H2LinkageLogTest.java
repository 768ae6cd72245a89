package org.citygov.adapter.persistence.linkage;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.citygov.adapter.persistence.jdbc.Database;
import org.h2.jdbcx.JdbcDataSource;

/** The durable linkage log on H2. */
class H2LinkageLogTest extends AbstractJdbcLinkageLogTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected DataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:linkage-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(h2);
        return h2;
    }
}
