package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.adapter.persistence.linkage.JdbcLinkageLog;
import org.citygov.adapter.persistence.linkage.SigningKeys;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citygov log verify} on an embedded database: exit 0 for an intact log, 1 naming a tampered entry. */
class LogVerifyCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                args);
    }

    private void writeLog(int entries) {
        KeyPair keys = SigningKeys.loadOrCreate(CompositionRoot.linkageKeyFile(data));
        try (Database database = Database.embedded(data);
             JdbcLinkageLog log = JdbcLinkageLog.open(database.dataSource(), keys, Instant::now)) {
            for (int i = 0; i < entries; i++) {
                LinkageRequest request = LinkageRequest.aggregate(ProjectId.of("p"), StakeholderId.of("party-" + i),
                        DataAssetId.of("a"), PurposeKind.RESEARCH, Set.of("f"));
                log.append(LinkageRecord.decision(request, new Decision(Decision.Outcome.DENY, List.of(),
                        Optional.empty(), List.of(), List.of(), "no flow", 1), Instant.now())).join();
            }
            log.treeHead();
        }
    }

    private void tamper(String sql) throws Exception {
        try (Database database = Database.embedded(data);
             Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void logVerify_whenTheLogIsIntact_shouldExitZero() {
        writeLog(10);
        assertEquals(0, run("log", "verify", "--data", data.toString()), out.toString());
        assertTrue(out.toString().contains("intact: 10 entries"), out.toString());
    }

    @Test
    void logVerify_whenAnEntryWasDeleted_shouldExitOneNamingIt() throws Exception {
        writeLog(10);
        tamper("DELETE FROM linkage_log WHERE seq = 4");
        assertEquals(1, run("log", "verify", "--data", data.toString()));
        assertTrue(out.toString().contains("TAMPERED: entry 4 REMOVED"), out.toString());
    }

    @Test
    void logVerify_whenSignedByAnotherKeyThanTheAuditorsOne_shouldExitOne() throws Exception {
        writeLog(3);
        Path otherKey = data.resolve("other.key");
        SigningKeys.loadOrCreate(otherKey);
        assertEquals(1, run("log", "verify", "--data", data.toString(), "--public-key",
                SigningKeys.publicFile(otherKey).toString()));
        assertTrue(out.toString().contains("BAD_TREE_HEAD"), out.toString());
    }
}
