package org.citygov.adapter.persistence.jdbc;

import static org.citygov.adapter.persistence.ProjectSamples.ALICE;
import static org.citygov.adapter.persistence.ProjectSamples.BOB;
import static org.citygov.adapter.persistence.ProjectSamples.REGISTERED_AT;
import static org.citygov.adapter.persistence.ProjectSamples.newProject;
import static org.citygov.adapter.persistence.ProjectSamples.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** A database created at schema version 1 and filled with data upgrades to the latest version with the data intact. */
class MigrationTest {

    @TempDir
    Path temp;

    @Test
    void migrate_whenH2DatabaseWasFilledAtVersion1_shouldUpgradeWithDataIntact() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(Database.h2Url(temp));
        upgradeKeepsData(h2);
    }

    @Test
    void migrate_whenPostgresDatabaseWasFilledAtVersion1_shouldUpgradeWithDataIntact() throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(EmbeddedPostgresServer.newDatabase("migration"));
        pg.setUser(EmbeddedPostgresServer.user());
        pg.setPassword(EmbeddedPostgresServer.password());
        upgradeKeepsData(pg);
    }

    private static void upgradeKeepsData(DataSource dataSource) throws SQLException {
        Database.migrateTo(dataSource, "1");
        assertEquals(List.of("1"), appliedVersions(dataSource));
        JdbcProjects atVersion1 = new JdbcProjects(dataSource);
        ProjectId id = uniqueId("migrated");
        GovernanceProject v1 = atVersion1.save(newProject(id), new ProjectChange(ALICE, REGISTERED_AT, "registered"))
                .orElseThrow();
        Instant later = REGISTERED_AT.plusSeconds(3600);
        GovernanceProject v2 = atVersion1.save(v1.advanceCycle(BOB, later, "overview agreed").orElseThrow(),
                new ProjectChange(BOB, later, "advanced the cycle")).orElseThrow();
        List<AuditEntry> trail = atVersion1.history(id, Instant.MIN, Instant.MAX);

        Database.migrate(dataSource);

        assertEquals(List.of("1", "2", "3", "4", "5", "6", "9"), appliedVersions(dataSource));
        JdbcProjects latest = new JdbcProjects(dataSource);
        assertEquals(v2, latest.find(id).orElseThrow());
        assertEquals(trail, latest.history(id, Instant.MIN, Instant.MAX));
        assertEquals(2, trail.size());
        assertEquals(List.of(v2), latest.all());
    }

    private static List<String> appliedVersions(DataSource dataSource) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT \"version\" FROM"
                     + " \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                     + " ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
