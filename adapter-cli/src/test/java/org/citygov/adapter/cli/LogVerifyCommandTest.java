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
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.merkle.Sha256;
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

    /** The stored entries, read as an attacker with database access reads them. */
    private List<LinkageRecord> storedRecords() throws Exception {
        List<LinkageRecord> records = new java.util.ArrayList<>();
        try (Database database = Database.embedded(data);
             Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rows = s.executeQuery("SELECT body FROM linkage_log ORDER BY seq")) {
            while (rows.next()) {
                records.add(LinkageRecord.parse(rows.getString(1)));
            }
        }
        return records;
    }

    /** Replaces entry {@code k} by another decision and rewrites the hashes from it on, so that the chain checks. */
    private void rewriteWithTheChain(int k) throws Exception {
        List<LinkageRecord> records = storedRecords();
        LinkageRecord original = records.get(k);
        records.set(k, LinkageRecord.decision(original.request(), new Decision(Decision.Outcome.PERMIT, List.of(),
                Optional.empty(), List.of(), List.of(), "forged", 1), original.at()));
        List<LogEntry> forged = LinkageChain.of(List.of()).prepare(records);
        for (int i = k; i < forged.size(); i++) {
            LogEntry entry = forged.get(i);
            tamper("UPDATE linkage_log SET body = '" + entry.body().replace("'", "''") + "', leaf_hash = '"
                    + Sha256.hex(entry.leafHash()) + "', prev_hash = '" + Sha256.hex(entry.previousHash())
                    + "', chain_hash = '" + Sha256.hex(entry.chainHash()) + "' WHERE seq = " + i);
        }
    }

    /** Appends a decision after the last entry, chained correctly, without the signing key. */
    private void appendForged() throws Exception {
        List<LinkageRecord> records = storedRecords();
        LinkageChain chain = LinkageChain.of(List.of());
        chain.commit(chain.prepare(records));
        LogEntry entry = chain.prepare(List.of(records.getLast())).getFirst();
        tamper("INSERT INTO linkage_log (seq, subject, body, leaf_hash, prev_hash, chain_hash) VALUES ("
                + entry.sequence() + ", NULL, '" + entry.body().replace("'", "''") + "', '"
                + Sha256.hex(entry.leafHash()) + "', '" + Sha256.hex(entry.previousHash()) + "', '"
                + Sha256.hex(entry.chainHash()) + "')");
    }

    private static final String NO_SEALS = "UPDATE linkage_log SET seal_size = NULL, seal_at = NULL, seal_root = NULL,"
            + " seal_signature = NULL";

    @Test
    void logVerify_whenTheSubjectColumnWasRewritten_shouldExitOneNamingTheEntry() throws Exception {
        writeLog(10);
        tamper("UPDATE linkage_log SET subject = 'resident-0042' WHERE seq = 3");

        assertEquals(1, run("log", "verify", "--data", data.toString()), out.toString());
        assertTrue(out.toString().startsWith("TAMPERED: entry 3 ALTERED: it is filed under another subject"),
                out.toString());
    }

    @Test
    void logVerify_whenEveryStoredHeadIsDeletedAfterARewrite_shouldExitOneNamingTheRewrittenEntry() throws Exception {
        writeLog(10);
        Path head = saveHeadFromTheAuditorsRoute();
        rewriteWithTheChain(6);
        tamper("DELETE FROM linkage_tree_head");

        int alone = run("log", "verify", "--data", data.toString());
        String aloneOut = out.toString();
        out.getBuffer().setLength(0);
        int trusted = run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString());

        assertEquals(1, alone, aloneOut);
        assertTrue(aloneOut.startsWith("TAMPERED: entry 6 ALTERED: entry 6 was rewritten"), aloneOut);
        assertEquals(1, trusted, out.toString());
        assertTrue(out.toString().startsWith("TAMPERED: entry 6 ALTERED: entry 6 was rewritten"), out.toString());
    }

    @Test
    void logVerify_whenEveryHeadAndSealIsDeletedAfterARewrite_shouldExitFiveNotVerified() throws Exception {
        writeLog(10);
        rewriteWithTheChain(6);
        tamper("DELETE FROM linkage_tree_head");
        tamper(NO_SEALS);

        int status = run("log", "verify", "--data", data.toString());

        assertEquals(5, status, out.toString());
        assertTrue(out.toString().startsWith("NOT VERIFIED: entries 0 to 9 are covered by no signed tree head"),
                out.toString());
        assertTrue(out.toString().contains("0 signed tree heads checked"), out.toString());
    }

    @Test
    void logVerify_whenAForgedEntryWasAppended_shouldExitFiveNamingItAndServeShouldRefuseToStart() throws Exception {
        writeLog(10);
        appendForged();

        int verified = run("log", "verify", "--data", data.toString());
        String verifiedOut = out.toString();
        int served = run("serve", "--data", data.toString(), "--port", "0");

        assertEquals(5, verified, verifiedOut);
        assertTrue(verifiedOut.startsWith("NOT VERIFIED: entry 10 is covered by no signed tree head"), verifiedOut);
        assertTrue(verifiedOut.contains("citygov log seal-tail --entries 10-10"), verifiedOut);
        assertEquals(5, served, err.toString());
        assertTrue(err.toString().contains("citygov: not serving: entry 10 is covered by no signed tree head"),
                err.toString());
    }

    @Test
    void logSealTail_whenTheOperatorNamesTheUnsignedEntries_shouldSignThemAndVerifyAfterwards() throws Exception {
        writeLog(10);
        // what a crash of a CityGov older than schema V7 left: entries 8 and 9 committed, their head never signed
        tamper("DELETE FROM linkage_tree_head WHERE tree_size > 8");
        tamper(NO_SEALS + " WHERE seq >= 8");

        int wrongRange = run("log", "seal-tail", "--data", data.toString(), "--entries", "7-9");
        String wrongErr = err.toString();
        int sealed = run("log", "seal-tail", "--data", data.toString(), "--entries", "8-9");
        String sealedOut = out.toString();
        out.getBuffer().setLength(0);
        int verified = run("log", "verify", "--data", data.toString());

        assertEquals(4, wrongRange, wrongErr);
        assertTrue(wrongErr.contains("the unsigned entries are 8-9, not 7-9; nothing was signed"), wrongErr);
        assertEquals(0, sealed, sealedOut);
        assertTrue(sealedOut.contains("sealed: entries 8 to 9"), sealedOut);
        assertEquals(0, verified, out.toString());
        assertTrue(out.toString().contains("intact: 10 entries"), out.toString());
    }

    @Test
    void logSealTail_whenTheLogIsTampered_shouldExitOneAndSignNothing() throws Exception {
        writeLog(10);
        tamper("DELETE FROM linkage_log WHERE seq = 4");

        assertEquals(1, run("log", "seal-tail", "--data", data.toString(), "--entries", "4-9"), out.toString());
        assertTrue(out.toString().contains("TAMPERED: entry 4 REMOVED"), out.toString());
        assertTrue(out.toString().endsWith("nothing was signed" + System.lineSeparator()), out.toString());
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
    void logVerify_whenAskedForJapaneseAfterTheTailWasCut_shouldSayWhatIsMissingInJapanese() throws Exception {
        writeLog(10);
        Path head = saveHeadFromTheAuditorsRoute();
        tamper("DELETE FROM linkage_log WHERE seq >= 6");
        tamper("DELETE FROM linkage_tree_head WHERE tree_size > 6");

        int intact = run("log", "verify", "--data", data.toString(), "--lang", "ja");
        String alone = out.toString();
        out.getBuffer().setLength(0);
        int tampered = run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString(),
                "--lang", "ja");
        String ja = out.toString();
        out.getBuffer().setLength(0);
        run("log", "verify", "--data", data.toString(), "--trusted-head", head.toString(), "--lang", "en");

        assertEquals(0, intact, alone);
        assertTrue(alone.startsWith("改ざんなし：エントリ 6 件、ルート "), alone);
        assertTrue(alone.contains("保存先の外に保管されたヘッドはありません"), alone);
        assertEquals(1, tampered, ja);
        assertTrue(ja.startsWith("改ざんあり：エントリ 6（削除）：エントリ 6 から 9 がありません：信頼済みのツリーヘッド 10 "),
                ja);
        assertTrue(ja.contains("は 10 件のエントリを対象としていますが、保存されているのは 6 件だけです"), ja);
        assertTrue(out.toString().startsWith("TAMPERED: entry 6 REMOVED: entries 6 to 9 are missing: the trusted"
                + " tree head 10 "), out.toString());
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
