package org.citygov.adapter.persistence.jdbc;

import static org.citygov.adapter.persistence.ProjectSamples.ALICE;
import static org.citygov.adapter.persistence.ProjectSamples.BOB;
import static org.citygov.adapter.persistence.ProjectSamples.REGISTERED_AT;
import static org.citygov.adapter.persistence.ProjectSamples.newProject;
import static org.citygov.adapter.persistence.ProjectSamples.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.citygov.adapter.persistence.linkage.JdbcLinkageLog;
import org.citygov.adapter.persistence.linkage.SigningKeys;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.merkle.Sha256;
import org.citygov.domain.project.AuditEntry;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
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

        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"),
                appliedVersions(dataSource));
        JdbcProjects latest = new JdbcProjects(dataSource);
        assertEquals(v2, latest.find(id).orElseThrow());
        assertEquals(trail, latest.history(id, Instant.MIN, Instant.MAX));
        assertEquals(2, trail.size());
        assertEquals(List.of(v2), latest.all());
    }

    @Test
    void migrate_whenALinkageLogWasWrittenAtVersion6_shouldStayVerifiedAndReportAnUnsignedTailUntilSealed()
            throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(Database.h2Url(temp));
        linkageLogUpgrades(h2);
    }

    @Test
    void migrate_whenAPostgresLinkageLogWasWrittenAtVersion6_shouldStayVerifiedAndReportAnUnsignedTailUntilSealed()
            throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(EmbeddedPostgresServer.newDatabase("linkage-migration"));
        pg.setUser(EmbeddedPostgresServer.user());
        pg.setPassword(EmbeddedPostgresServer.password());
        linkageLogUpgrades(pg);
    }

    @Test
    void migrate_whenACorrectionRequestWasAnsweredBeforeVersion8_shouldSayItsActorWasNotRecorded() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(Database.h2Url(temp));
        Database.migrateTo(h2, "7");
        try (Connection connection = h2.getConnection()) {
            connection.createStatement().executeUpdate("INSERT INTO correction_request (id, subject, project, asset,"
                    + " correction, filed_at, filed_nanos, state, answer, answered_at, answered_nanos) VALUES ('c-1',"
                    + " 'resident-1', 'p', 'a', 'wrong year', TIMESTAMP WITH TIME ZONE '2026-04-01 09:00:00+00', 0,"
                    + " 'RESOLVED', 'fixed', TIMESTAMP WITH TIME ZONE '2026-04-02 09:00:00+00', 0)");
        }

        Database.migrate(h2);

        assertEquals(Optional.of(org.citygov.domain.project.Actor.of("(not recorded: answered before CityGov schema"
                + " V8)")), new JdbcCorrectionRequests(h2).find("c-1").orElseThrow().answeredBy());
    }

    /**
     * A log as CityGov wrote it before schema V7: entries without seals, heads signed after the commit — the last two
     * entries committed but never signed (a crash between the commit and the head).
     */
    private static void linkageLogUpgrades(DataSource dataSource) throws SQLException {
        Database.migrateTo(dataSource, "6");
        KeyPair keys = SigningKeys.generate();
        List<LinkageRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LinkageRequest request = LinkageRequest.aggregate(ProjectId.of("p"), StakeholderId.of("party-" + i),
                    DataAssetId.of("a"), PurposeKind.RESEARCH, Set.of("f"));
            records.add(LinkageRecord.decision(request, new Decision(Decision.Outcome.DENY, List.of(),
                    Optional.empty(), List.of(), List.of(), "no flow", 1), REGISTERED_AT.plusSeconds(i)));
        }
        LinkageChain chain = new LinkageChain();
        List<LogEntry> entries = chain.prepare(records);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO linkage_log (seq, subject, body,"
                     + " leaf_hash, prev_hash, chain_hash) VALUES (?, NULL, ?, ?, ?, ?)");
             PreparedStatement head = connection.prepareStatement("INSERT INTO linkage_tree_head (tree_size,"
                     + " signed_at, root_hash, signature) VALUES (?, ?, ?, ?)")) {
            for (LogEntry entry : entries) {
                insert.setLong(1, entry.sequence());
                insert.setString(2, entry.body());
                insert.setString(3, Sha256.hex(entry.leafHash()));
                insert.setString(4, Sha256.hex(entry.previousHash()));
                insert.setString(5, Sha256.hex(entry.chainHash()));
                insert.executeUpdate();
            }
            chain.commit(entries.subList(0, 8));
            SignedTreeHead signed = chain.signHead(REGISTERED_AT, keys.getPrivate());
            head.setLong(1, signed.treeSize());
            head.setLong(2, signed.at().toEpochMilli());
            head.setString(3, Sha256.hex(signed.rootHash()));
            head.setString(4, Base64.getEncoder().encodeToString(signed.signature()));
            head.executeUpdate();
        }

        Database.migrate(dataSource);

        LogVerification.Unsigned tail = assertInstanceOf(LogVerification.Unsigned.class,
                JdbcLinkageLog.verify(dataSource, keys.getPublic()));
        assertEquals(8, tail.firstUnsigned());
        assertThrows(IllegalStateException.class, () -> JdbcLinkageLog.open(dataSource, keys, Instant::now));
        assertInstanceOf(LogVerification.Unsigned.class,
                JdbcLinkageLog.sealUnsignedTail(dataSource, keys, Instant::now, 8, 9));
        try (JdbcLinkageLog log = JdbcLinkageLog.open(dataSource, keys, Instant::now)) {
            // V10 started the database's log head at the end of the stored entries
            assertEquals(10, log.append(records.getFirst()).join().sequence());
            assertInstanceOf(LogVerification.Intact.class, log.verify());
        }
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
