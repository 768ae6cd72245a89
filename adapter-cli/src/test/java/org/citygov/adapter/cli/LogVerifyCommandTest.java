package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out, true), new PrintWriter(err, true),
                args);
    }

    /** The linkage log's head as an auditor saves it: the body of GET /linkage-log/head, served from {@code data}. */
    private Path saveHeadFromTheAuditorsRoute() throws Exception {
        StringWriter issued = new StringWriter();
        assertEquals(0, CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(issued, true),
                new PrintWriter(new StringWriter()), "token", "create", "--role", "AUDITOR", "--name", "auditor",
                "--data", data.toString()));
        String token = issued.toString().strip();
        try (CompositionRoot root = CompositionRoot.embedded(data)) {
            CompositionRoot.HttpServer server = root.startHttp("127.0.0.1", 0, 1 << 20, List.of(), line -> { },
                    () -> true);
            try {
                HttpResponse<String> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.port() + "/linkage-log/head"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, head.statusCode(), head.body());
                return Files.writeString(data.resolve("auditor-head.json"), head.body());
            } finally {
                server.stop();
            }
        }
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

    @Test
    void logVerify_whenTheTailWasCutWithItsSignedHeads_shouldExitOneOnlyAgainstTheTrustedHead() throws Exception {
        writeLog(10);
        Path head = saveHeadFromTheAuditorsRoute();
        tamper("DELETE FROM linkage_log WHERE seq >= 6");
        tamper("DELETE FROM linkage_tree_head WHERE tree_size > 6");

        int withoutTheHead = run("log", "verify", "--data", data.toString());
        String passed = out.toString();
        out.getBuffer().setLength(0);
        int withTheHead = run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString());

        // the store alone is consistent: six entries and the heads up to six all check. That is why an auditor keeps
        // a head outside the store and passes it.
        assertEquals(0, withoutTheHead, passed);
        assertTrue(passed.contains("intact: 6 entries"), passed);
        assertEquals(1, withTheHead, out.toString());
        assertTrue(out.toString().contains("TAMPERED: entry 6 REMOVED: entries 6 to 9 are missing: the trusted tree"
                + " head 10 "), out.toString());
    }

    @Test
    void logVerify_whenTheTrustedHeadIsCoveredByTheLog_shouldExitZeroCountingIt() throws Exception {
        writeLog(4);
        Path head = saveHeadFromTheAuditorsRoute();
        writeLog(3);

        int status = run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString());

        assertEquals(0, status, out.toString());
        assertTrue(out.toString().contains("intact: 7 entries"), out.toString());
        assertTrue(out.toString().contains("the trusted one of 4 entries among them"), out.toString());
    }

    @Test
    void logVerify_whenTheTrustedHeadFileIsInvalid_shouldExitTwoNamingTheFieldsAndVerifyNothing() throws Exception {
        writeLog(2);
        Path head = Files.writeString(data.resolve("head.json"), "{\"treeSize\": -1, \"at\": \"yesterday\","
                + " \"rootHash\": \"abc\", \"signature\": \"c2ln\", \"algorithm\": \"RSA\", \"publicKey\": \"a2V5\"}");

        int status = run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString());

        assertEquals(2, status, err.toString());
        for (String field : List.of("treeSize", "at", "rootHash", "algorithm")) {
            assertTrue(err.toString().contains("  " + field), field + " not named in " + err);
        }
        assertEquals("", out.toString());
    }

    @Test
    void logVerify_whenTheTrustedHeadNamesAnotherKey_shouldSaySoAndCheckItWithTheGivenKey() throws Exception {
        writeLog(3);
        Path head = saveHeadFromTheAuditorsRoute();
        Path otherKey = data.resolve("other.key");
        SigningKeys.loadOrCreate(otherKey);

        int status = run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString(),
                "--public-key", SigningKeys.publicFile(otherKey).toString());

        assertEquals(1, status, out.toString());
        assertTrue(out.toString().startsWith("note: " + head + " names another public key"), out.toString());
        assertTrue(out.toString().contains("BAD_TREE_HEAD"), out.toString());
    }
}
