package org.citygov.adapter.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.citygov.adapter.persistence.AbstractAlertsContractTest;
import org.citygov.application.port.out.Alerts;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.stakeholder.StakeholderId;

/** The monitoring alerts' contract on PostgreSQL, where the table is append-only in the database itself. */
class PostgresAlertsTest extends AbstractAlertsContractTest {

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.postgres(EmbeddedPostgresServer.newDatabase("alerts"), EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected Alerts alerts() {
        return database.alerts();
    }

    @Test
    void updateOrDelete_whenAttemptedInSql_shouldBeRefusedByTheDatabase() throws SQLException {
        Instant at = Instant.parse("2026-11-29T10:00:00Z");
        StakeholderId party = StakeholderId.of("tamper-party");
        Alert alert = new Alert(Alert.idOf(Alert.Kind.DENIAL_BURST, party, at), Alert.Kind.DENIAL_BURST, party, at,
                at.minusSeconds(60), 10, OptionalDouble.empty(), List.of(), "ten denials");
        assertTrue(database.alerts().add(alert));

        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE monitoring_alert SET text = 'nothing happened' WHERE party = 'tamper-party'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM monitoring_alert WHERE party = 'tamper-party'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals("ten denials", database.alerts().find(alert.id()).orElseThrow().text());
    }
}
