package org.citygov.adapter.persistence.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.LogVerification.Tampering;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.merkle.MerkleProofs;
import org.citygov.domain.merkle.Sha256;
import org.junit.jupiter.api.Test;

/**
 * The durable linkage log on a database: group commit, reopening, proofs, and tampering with the stored rows in each
 * way (alter, remove, reorder, rewrite with hashes) caught by verification at the first tampered entry.
 */
abstract class AbstractJdbcLinkageLogTest {

    private final KeyPair keys = SigningKeys.generate();

    /** A fresh, migrated, empty database. */
    protected abstract DataSource freshDatabase();

    private JdbcLinkageLog filled(DataSource db, int n) {
        JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now);
        List<CompletableFuture<LogEntry>> appends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            appends.add(log.append(LinkageRecords.permit(i, "subject-" + (i % 3))));
        }
        appends.forEach(CompletableFuture::join);
        log.treeHead();
        return log;
    }

    /** A log whose entries were appended one at a time: each is its own batch, sealed by its own head. */
    private JdbcLinkageLog appendedOneByOne(DataSource db, int n) {
        JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now);
        for (int i = 0; i < n; i++) {
            log.append(LinkageRecords.permit(i, "subject-" + (i % 3))).join();
        }
        return log;
    }

    /**
     * What a careful attacker with write access to the database does: replaces entry {@code k} by a record of their
     * own (its subject index to match) and rewrites the hashes of every entry from {@code k} on, so that the chain
     * checks again.
     */
    private static void rewriteWithTheChain(DataSource db, int k) {
        List<LogEntry> stored = JdbcLinkageLog.entries(db);
        List<LinkageRecord> records = new ArrayList<>(stored.stream().map(LogEntry::record).toList());
        records.set(k, LinkageRecords.permit(99, "subject-forged"));
        List<LogEntry> forged = LinkageChain.of(List.of()).prepare(records);
        List<String> updates = new ArrayList<>();
        for (int i = k; i < forged.size(); i++) {
            LogEntry entry = forged.get(i);
            updates.add("UPDATE linkage_log SET body = '" + entry.body().replace("'", "''") + "', subject = '"
                    + records.get(i).subject().orElseThrow().value() + "', leaf_hash = '" + Sha256.hex(entry.leafHash())
                    + "', prev_hash = '" + Sha256.hex(entry.previousHash()) + "', chain_hash = '"
                    + Sha256.hex(entry.chainHash()) + "' WHERE seq = " + i);
        }
        sql(db, updates.toArray(String[]::new));
    }

    /** Appends a forged entry after the last, chained correctly, as anyone who can write the database can. */
    private static LogEntry appendForged(DataSource db, String sealFrom) {
        List<LogEntry> stored = JdbcLinkageLog.entries(db);
        LinkageChain chain = LinkageChain.of(stored);
        LogEntry entry = chain.prepare(List.of(LinkageRecords.permit(77, "subject-forged"))).getFirst();
        sql(db, "INSERT INTO linkage_log (seq, subject, body, leaf_hash, prev_hash, chain_hash, seal_size, seal_at,"
                + " seal_root, seal_signature) SELECT " + entry.sequence() + ", 'subject-forged', '"
                + entry.body().replace("'", "''") + "', '" + Sha256.hex(entry.leafHash()) + "', '"
                + Sha256.hex(entry.previousHash()) + "', '" + Sha256.hex(entry.chainHash()) + "', "
                + sealFrom + " FROM linkage_log WHERE seq = " + (entry.sequence() - 1));
        return entry;
    }

    /**
     * Runs an attacker's statements. On PostgreSQL the log's tables refuse UPDATE and DELETE (schema V11), so the
     * attacker here has the owner's rights and uses them: disables the append-only triggers, tampers, and enables them
     * again (what a server's role, which owns nothing, cannot do). The verifier must catch what is left either way.
     */
    private static void sql(DataSource db, String... statements) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) {
                s.execute("ALTER TABLE linkage_log DISABLE TRIGGER citygov_append_only");
                s.execute("ALTER TABLE linkage_tree_head DISABLE TRIGGER citygov_append_only");
            }
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
            if (postgres) {
                s.execute("ALTER TABLE linkage_log ENABLE TRIGGER citygov_append_only");
                s.execute("ALTER TABLE linkage_tree_head ENABLE TRIGGER citygov_append_only");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void append_whenManyConcurrentAppendsAreQueued_shouldNumberThemWithoutGapsAndVerifyIntact() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = filled(db, 500)) {
            assertEquals(500, log.size());
            assertInstanceOf(LogVerification.Intact.class, log.verify());
            assertEquals(167, log.ofSubject(SubjectId.of("subject-0")).size());
        }
    }

    @Test
    void open_whenTheLogWasWrittenBefore_shouldContinueTheChainAndKeepItVerifiable() {
        DataSource db = freshDatabase();
        SignedTreeHead first;
        try (JdbcLinkageLog log = filled(db, 20)) {
            first = log.treeHead();
        }
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            log.append(LinkageRecords.permit(20, "subject-9")).join();
            SignedTreeHead second = log.treeHead();
            assertEquals(21, second.treeSize());
            assertTrue(MerkleProofs.verifyConsistency(first.treeSize(), second.treeSize(), first.rootHash(),
                    second.rootHash(), log.consistencyProof(first.treeSize(), second.treeSize())));
            LogEntry entry = log.entry(7).orElseThrow();
            assertTrue(MerkleProofs.verifyInclusion(7, 21, entry.leafHash(), log.inclusionProof(7, 21),
                    second.rootHash()));
            assertInstanceOf(LogVerification.Intact.class, log.verify());
        }
    }

    /**
     * An append's future is completed off the writer thread, so whatever continues it (an HTTP answer) cannot hold up
     * the next commit: here the first continuation blocks, and the next append is still stored and sealed meanwhile.
     */
    @Test
    void append_whenAContinuationOfAnAcknowledgedAppendBlocks_shouldStillStoreTheNextAppends() throws Exception {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            CompletableFuture<String> continuedOn = new CompletableFuture<>();
            CompletableFuture<LogEntry> first = log.append(LinkageRecords.permit(0, "subject-0"));
            CompletableFuture<Void> blocked = first.thenRun(() -> {
                continuedOn.complete(Thread.currentThread().getName());
                try {
                    release.await(2, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                assertEquals("citygov-linkage-log-answers", continuedOn.get(1, java.util.concurrent.TimeUnit.MINUTES),
                        "an acknowledgement is continued on the answering thread, not the writer");

                CompletableFuture<LogEntry> second = log.append(LinkageRecords.permit(1, "subject-1"));
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
                while (JdbcLinkageLog.entries(db).size() < 2) {
                    assertTrue(System.nanoTime() < deadline, "the second append was not stored while the first"
                            + " one's continuation blocked");
                    Thread.sleep(10);
                }
                assertFalse(blocked.isDone());
                assertFalse(second.isDone(), "acknowledged on a blocked answering thread");

                release.countDown();
                assertEquals(1, second.get(1, java.util.concurrent.TimeUnit.MINUTES).sequence());
                assertInstanceOf(LogVerification.Intact.class, JdbcLinkageLog.verify(db, keys.getPublic()));
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void append_whenTheDatabaseRefusesTheBatch_shouldFailTheAppendAndLogNothing() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = filled(db, 3)) {
            sql(db, "INSERT INTO linkage_log (seq, subject, body, leaf_hash, prev_hash, chain_hash)"
                    + " VALUES (3, NULL, 'squatter', 'aa', 'aa', 'aa')");
            CompletableFuture<LogEntry> refused = log.append(LinkageRecords.permit(3, "subject-1"));
            assertThrows(CompletionException.class, refused::join);
            assertEquals(3, log.size());
        }
    }

    @Test
    void append_whenManyCallersAppendAtOnce_shouldCommitInGroupsAndAcknowledgeOnlyWhatAnotherReaderFindsStored()
            throws Exception {
        DataSource db = freshDatabase();
        int callers = 8;
        int each = 40;
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<LogEntry>>> done = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                done.add(pool.submit(() -> {
                    start.await();
                    List<CompletableFuture<LogEntry>> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(log.append(LinkageRecords.permit(caller * each + i, "subject-" + caller)));
                    }
                    return mine.stream().map(CompletableFuture::join).toList();
                }));
            }
            start.countDown();
            List<LogEntry> acknowledged = new ArrayList<>();
            for (var f : done) {
                acknowledged.addAll(f.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            pool.shutdown();

            // another reader of the database (as another server would be) finds every acknowledged entry as answered
            List<LogEntry> stored = JdbcLinkageLog.entries(db);
            assertEquals(callers * each, stored.size());
            assertEquals(callers * each, acknowledged.stream().map(LogEntry::sequence).distinct().count());
            for (LogEntry entry : acknowledged) {
                assertEquals(entry.body(), stored.get(Math.toIntExact(entry.sequence())).body());
            }
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet batches = s.executeQuery("SELECT COUNT(DISTINCT seal_size) FROM linkage_log")) {
                batches.next();
                assertTrue(batches.getLong(1) < callers * each, "appends waiting together were committed together,"
                        + " in " + batches.getLong(1) + " batches");
            }
            assertInstanceOf(LogVerification.Intact.class, JdbcLinkageLog.verify(db, keys.getPublic()));
        }
    }

    @Test
    void append_whenTheDatabaseRefusesABatchOfManyAppends_shouldFailEveryOneAndAcknowledgeNone() throws SQLException {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = filled(db, 3)) {
            sql(db, "INSERT INTO linkage_log (seq, subject, body, leaf_hash, prev_hash, chain_hash)"
                    + " VALUES (3, NULL, 'squatter', 'aa', 'aa', 'aa')");
            List<CompletableFuture<LogEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                appends.add(log.append(LinkageRecords.permit(3 + i, "subject-" + (i % 3))));
            }

            for (CompletableFuture<LogEntry> append : appends) {
                CompletionException refused = assertThrows(CompletionException.class, append::join);
                assertInstanceOf(IllegalStateException.class, refused.getCause());
            }
            assertEquals(3, log.size());
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM linkage_log")) {
                rows.next();
                assertEquals(4, rows.getLong(1), "the three entries and the squatter, nothing else");
            }
        }
    }

    /** A platform's delivery decision (MARKET.md), the other kind of record the log holds. */
    private static org.citygov.domain.platform.PlatformLogRecord delivery(int i) {
        var platform = org.citygov.domain.platform.RegisteredPlatform.reconstitute(
                org.citygov.domain.testing.PlatformBuilders.aMarket().build(), 1, List.of());
        var decision = platform.decideDelivery(org.citygov.domain.platform.AgreementId.of(
                org.citygov.domain.testing.PlatformBuilders.AGREEMENT), java.time.LocalDate.of(2025, 6, 1))
                .orElseThrow();
        return org.citygov.domain.platform.PlatformLogRecord.delivery(platform.market().platform(), decision,
                Instant.parse("2025-06-01T00:00:00Z").plusSeconds(i), org.citygov.domain.project.Actor.of("lab"));
    }

    @Test
    void append_whenPlatformRecordsAreInterleavedWithLinkages_shouldVerifyAfterReopenAndCatchARewrittenRecipient() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            for (int i = 0; i < 6; i++) {
                log.append(i % 2 == 0 ? LinkageRecords.permit(i, "subject-1") : delivery(i)).join();
            }
            assertEquals(3, log.ofSubject(SubjectId.of("subject-1")).size());
        }
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            assertInstanceOf(LogVerification.Intact.class, log.verify());
            assertTrue(org.citygov.domain.platform.PlatformLogRecord.isPlatformRecord(log.entry(3).orElseThrow()
                    .body()));
        }
        sql(db, "UPDATE linkage_log SET body = REPLACE(body, 'user=research-lab', 'user=someone-else')"
                + " WHERE seq = 3");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.ALTERED, found.how());
        assertEquals(3, found.sequence());
    }

    @Test
    void verify_whenAStoredEntryIsAltered_shouldNameItAsAltered() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        sql(db, "UPDATE linkage_log SET body = REPLACE(body, 'outcome=PERMIT', 'outcome=DENY') WHERE seq = 12");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.ALTERED, found.how());
        assertEquals(12, found.sequence());
    }

    @Test
    void verify_whenAStoredEntryIsRemoved_shouldNameItAsRemoved() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        sql(db, "DELETE FROM linkage_log WHERE seq = 17");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.REMOVED, found.how());
        assertEquals(17, found.sequence());
    }

    @Test
    void verify_whenAnEntryIsRemovedAndTheRestRenumbered_shouldNameTheRemovedOne() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        sql(db, "DELETE FROM linkage_log WHERE seq = 17", "UPDATE linkage_log SET seq = seq - 1 WHERE seq > 17");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.REMOVED, found.how());
        assertEquals(17, found.sequence());
    }

    @Test
    void verify_whenTwoStoredEntriesAreSwapped_shouldNameTheFirstAsReordered() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        sql(db, "UPDATE linkage_log SET seq = -1 WHERE seq = 8", "UPDATE linkage_log SET seq = 8 WHERE seq = 9",
                "UPDATE linkage_log SET seq = 9 WHERE seq = -1");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.REORDERED, found.how());
        assertEquals(8, found.sequence());
    }

    @Test
    void verify_whenTheLastEntriesAreCutOff_shouldSayTheSignedHeadCoversMore() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        sql(db, "DELETE FROM linkage_log WHERE seq >= 25");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.REMOVED, found.how());
        assertEquals(25, found.sequence());
    }

    @Test
    void verify_whenTheTailIsCutWithItsSignedHeads_shouldBeCaughtOnlyAgainstATrustedHead() {
        DataSource db = freshDatabase();
        JdbcLinkageLog log = appendedOneByOne(db, 30);
        SignedTreeHead kept = log.treeHead();
        log.close();
        sql(db, "DELETE FROM linkage_log WHERE seq >= 25", "DELETE FROM linkage_tree_head WHERE tree_size > 25");

        LogVerification storeAlone = JdbcLinkageLog.verify(db, keys.getPublic());
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic(), java.util.Optional.of(kept)));

        assertInstanceOf(LogVerification.Intact.class, storeAlone);
        assertEquals(Tampering.REMOVED, found.how());
        assertEquals(25, found.sequence());
        assertTrue(found.detail().startsWith("entries 25 to 29 are missing: the trusted tree head 30 "),
                found.detail());
    }

    @Test
    void verify_whenAnEntryIsRewrittenWithConsistentHashes_shouldBeCaughtByTheSignedTreeHead() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        List<LogEntry> stored = JdbcLinkageLog.entries(db);
        List<LinkageRecord> records = new ArrayList<>(stored.stream().map(LogEntry::record).toList());
        records.set(29, LinkageRecords.permit(99, "subject-forged"));
        List<LogEntry> forged = org.citygov.domain.linkage.LinkageChain.of(List.of()).prepare(records);
        LogEntry last = forged.get(29);
        sql(db, "UPDATE linkage_log SET body = '" + last.body().replace("'", "''") + "', leaf_hash = '"
                + org.citygov.domain.merkle.Sha256.hex(last.leafHash()) + "', chain_hash = '"
                + org.citygov.domain.merkle.Sha256.hex(last.chainHash()) + "' WHERE seq = 29");
        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.ALTERED, found.how());
    }

    // ---- what the log stores beside the hashed text, and heads deleted or missing (issue 15) ----------------------

    @Test
    void verify_whenTheSubjectColumnIsRewritten_shouldNameTheEntryAndNotListItForTheOtherSubject() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        sql(db, "UPDATE linkage_log SET subject = 'subject-1' WHERE seq = 12");

        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        assertEquals(Tampering.ALTERED, found.how());
        assertEquals(12, found.sequence());
        assertTrue(found.detail().contains("subject column was rewritten"), found.detail());
        LogVerification.Tampered againstTheTrustedHead = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic(), java.util.Optional.of(JdbcLinkageLog.heads(db).getLast())));
        assertEquals(12, againstTheTrustedHead.sequence());
        assertThrows(IllegalStateException.class, () -> JdbcLinkageLog.open(db, keys, Instant::now));
    }

    @Test
    void ofSubject_whenTheSubjectColumnIsRewritten_shouldNotListTheEntryForTheSubjectItWasMovedTo() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = filled(db, 30)) {
            sql(db, "UPDATE linkage_log SET subject = 'subject-1' WHERE seq = 12");

            List<Long> listed = log.ofSubject(SubjectId.of("subject-1")).stream().map(LogEntry::sequence).toList();

            assertEquals(10, listed.size(), listed.toString());
            assertTrue(listed.stream().allMatch(seq -> seq % 3 == 1), listed.toString());
        }
    }

    @Test
    void verify_whenTheHeadsAreDeletedAfterARewriteWithTheChain_shouldNameTheRewrittenEntry() {
        DataSource db = freshDatabase();
        JdbcLinkageLog log = appendedOneByOne(db, 30);
        SignedTreeHead kept = log.treeHead();
        log.close();
        rewriteWithTheChain(db, 17);
        sql(db, "DELETE FROM linkage_tree_head");

        LogVerification.Tampered alone = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        LogVerification.Tampered trusted = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic(), java.util.Optional.of(kept)));

        assertEquals(Tampering.ALTERED, alone.how());
        assertEquals(17, alone.sequence(), alone.detail());
        assertTrue(alone.detail().startsWith("entry 17 was rewritten with its hashes"), alone.detail());
        assertEquals(Tampering.ALTERED, trusted.how());
        assertEquals(17, trusted.sequence(), trusted.detail());
    }

    @Test
    void verify_whenEveryHeadAndSealIsDeletedAfterARewriteWithTheChain_shouldNotCallTheLogIntact() {
        DataSource db = freshDatabase();
        JdbcLinkageLog log = appendedOneByOne(db, 30);
        SignedTreeHead kept = log.treeHead();
        log.close();
        rewriteWithTheChain(db, 17);
        sql(db, "DELETE FROM linkage_tree_head", "UPDATE linkage_log SET seal_size = NULL, seal_at = NULL,"
                + " seal_root = NULL, seal_signature = NULL");

        LogVerification.Unsigned alone = assertInstanceOf(LogVerification.Unsigned.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        LogVerification.Tampered trusted = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic(), java.util.Optional.of(kept)));

        assertEquals(30, alone.size());
        assertEquals(0, alone.firstUnsigned());
        assertEquals(0, alone.treeHeadsChecked());
        // nothing the store still holds is signed, so the rewritten entry cannot be told from the others: the trusted
        // head shows that one of all of them was rewritten, from the first
        assertEquals(Tampering.ALTERED, trusted.how());
        assertTrue(trusted.detail().startsWith("one of entries 0 to 29 was rewritten"), trusted.detail());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> JdbcLinkageLog.open(db, keys, Instant::now));
        assertTrue(refused.getMessage().startsWith("entries 0 to 29 are covered by no signed tree head"),
                refused.getMessage());
    }

    @Test
    void verify_whenTheSealsAfterARewrittenEntryAreDeleted_shouldNameItAsTheFirstUnsigned() {
        DataSource db = freshDatabase();
        appendedOneByOne(db, 30).close();
        rewriteWithTheChain(db, 17);
        sql(db, "DELETE FROM linkage_tree_head WHERE tree_size > 17", "UPDATE linkage_log SET seal_size = NULL,"
                + " seal_at = NULL, seal_root = NULL, seal_signature = NULL WHERE seq >= 17");

        LogVerification.Unsigned found = assertInstanceOf(LogVerification.Unsigned.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));

        assertEquals(17, found.firstUnsigned());
    }

    @Test
    void verify_whenAForgedEntryIsAppendedWithACorrectChainHash_shouldReportItUnsignedAndOpenShouldRefuse() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        appendForged(db, "NULL, NULL, NULL, NULL");

        LogVerification.Unsigned found = assertInstanceOf(LogVerification.Unsigned.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> JdbcLinkageLog.open(db, keys, Instant::now));

        assertEquals(31, found.size());
        assertEquals(30, found.firstUnsigned());
        assertTrue(refused.getMessage().startsWith("entry 30 is covered by no signed tree head"),
                refused.getMessage());
        assertEquals(30, JdbcLinkageLog.heads(db).getLast().treeSize(), "nothing was signed over the forged entry");
    }

    @Test
    void verify_whenAForgedEntryCarriesTheSealOfTheEntryBefore_shouldNameItAsAltered() {
        DataSource db = freshDatabase();
        filled(db, 30).close();
        appendForged(db, "seal_size, seal_at, seal_root, seal_signature");

        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));

        assertEquals(Tampering.ALTERED, found.how());
        assertEquals(30, found.sequence());
        assertTrue(found.detail().contains("does not cover it"), found.detail());
    }

    @Test
    void verify_whenASealIsReSignedWithAnotherKey_shouldNameTheEntryItIsStoredWith() {
        DataSource db = freshDatabase();
        appendedOneByOne(db, 10).close();
        SignedTreeHead other = LinkageChain.of(JdbcLinkageLog.entries(db).subList(0, 5))
                .signHead(Instant.now(), SigningKeys.generate().getPrivate());
        sql(db, "UPDATE linkage_log SET seal_signature = '" + java.util.Base64.getEncoder().encodeToString(
                other.signature()) + "', seal_at = " + other.at().toEpochMilli() + " WHERE seq = 4");

        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class,
                JdbcLinkageLog.verify(db, keys.getPublic()));

        assertEquals(Tampering.ALTERED, found.how());
        assertEquals(4, found.sequence());
    }

    @Test
    void sealUnsignedTail_whenTheOperatorNamesTheUnsignedEntries_shouldSignThemAndOpenAgain() {
        DataSource db = freshDatabase();
        appendedOneByOne(db, 10).close();
        // what a crash of a CityGov before schema V7 left: entries committed, no head over them
        sql(db, "DELETE FROM linkage_tree_head WHERE tree_size > 7", "UPDATE linkage_log SET seal_size = NULL,"
                + " seal_at = NULL, seal_root = NULL, seal_signature = NULL WHERE seq >= 7");

        LogVerification otherRange = JdbcLinkageLog.sealUnsignedTail(db, keys, Instant::now, 6, 9);
        LogVerification stillUnsigned = JdbcLinkageLog.verify(db, keys.getPublic());
        LogVerification sealed = JdbcLinkageLog.sealUnsignedTail(db, keys, Instant::now, 7, 9);

        assertInstanceOf(LogVerification.Unsigned.class, otherRange);
        assertEquals(7, assertInstanceOf(LogVerification.Unsigned.class, stillUnsigned).firstUnsigned());
        assertInstanceOf(LogVerification.Unsigned.class, sealed);
        assertInstanceOf(LogVerification.Intact.class, JdbcLinkageLog.verify(db, keys.getPublic()));
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            log.append(LinkageRecords.permit(10, "subject-1")).join();
            assertInstanceOf(LogVerification.Intact.class, log.verify());
            assertEquals(11, log.treeHead().treeSize());
        }
    }

    @Test
    void sealUnsignedTail_whenTheLogIsTampered_shouldSignNothing() {
        DataSource db = freshDatabase();
        appendedOneByOne(db, 10).close();
        sql(db, "DELETE FROM linkage_log WHERE seq = 3");
        int heads = JdbcLinkageLog.heads(db).size();

        LogVerification result = JdbcLinkageLog.sealUnsignedTail(db, keys, Instant::now, 3, 9);

        assertInstanceOf(LogVerification.Tampered.class, result);
        assertEquals(heads, JdbcLinkageLog.heads(db).size());
    }

    @Test
    void append_whenABatchIsCommitted_shouldStoreEveryEntryWithASealThatCoversIt() {
        DataSource db = freshDatabase();
        filled(db, 200).close();
        sql(db, "DELETE FROM linkage_tree_head");

        assertInstanceOf(LogVerification.Intact.class, JdbcLinkageLog.verify(db, keys.getPublic()));
        for (org.citygov.domain.linkage.StoredLogEntry row : JdbcLinkageLog.rows(db)) {
            SignedTreeHead seal = row.seal().orElseThrow();
            assertTrue(seal.treeSize() > row.entry().sequence(), row.entry() + " sealed by " + seal);
            assertTrue(seal.verify(keys.getPublic()));
        }
    }

    @Test
    void open_whenTheStoredLogWasTamperedWith_shouldRefuseToAppend() {
        DataSource db = freshDatabase();
        filled(db, 5).close();
        sql(db, "DELETE FROM linkage_log WHERE seq = 2");
        assertThrows(IllegalStateException.class, () -> JdbcLinkageLog.open(db, keys, Instant::now));
    }

    // ---- several writers, one key, key rotation --------------------------------------------------------------------

    @Test
    void append_whenTwoWritersAppendToOneLogAtOnce_shouldNumberChainAndSealEveryEntryOnceInTheDatabase() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog first = JdbcLinkageLog.open(db, keys, Instant::now);
             JdbcLinkageLog second = JdbcLinkageLog.open(db, keys, Instant::now)) {
            List<CompletableFuture<LogEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                appends.add((i % 2 == 0 ? first : second).append(LinkageRecords.permit(i, "subject-" + (i % 5))));
            }
            List<Long> sequences = appends.stream().map(CompletableFuture::join).map(LogEntry::sequence).sorted()
                    .toList();

            assertEquals(java.util.stream.LongStream.range(0, 300).boxed().toList(), sequences,
                    "every append acknowledged, numbered once, no gaps");
            LogVerification verified = JdbcLinkageLog.verify(db, keys.getPublic());
            assertEquals(300, assertInstanceOf(LogVerification.Intact.class, verified).size());
            // each writer's view catches up with the other's appends: the latest head, and proofs under it
            SignedTreeHead head = second.treeHead();
            assertEquals(300, head.treeSize());
            assertEquals(head, first.treeHead());
            LogEntry byFirst = first.entry(0).orElseThrow();
            assertTrue(MerkleProofs.verifyInclusion(0, head.treeSize(), byFirst.leafHash(),
                    second.inclusionProof(0, head.treeSize()), head.rootHash()));
            assertEquals(300, first.size());
        }
    }

    @Test
    void append_whenWritersTakeTurns_shouldNumberEachAppendAfterTheOtherWritersEntries() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog first = JdbcLinkageLog.open(db, keys, Instant::now);
             JdbcLinkageLog second = JdbcLinkageLog.open(db, keys, Instant::now)) {
            for (int i = 0; i < 10; i++) {
                // each writer last committed before the other's append: its view of the end is stale every time
                LogEntry entry = (i % 2 == 0 ? first : second).append(LinkageRecords.permit(i, "subject-" + i)).join();
                assertEquals(i, entry.sequence(), "append " + i);
            }
            assertEquals(10, assertInstanceOf(LogVerification.Intact.class,
                    JdbcLinkageLog.verify(db, keys.getPublic())).size());
        }
    }

    @Test
    void append_whenTheHeadRowNamesAnotherChainHash_shouldRefuseAndAppendNothing() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, keys, Instant::now)) {
            log.append(LinkageRecords.permit(0, "subject-0")).join();
            sql(db, "UPDATE linkage_log_head SET chain_hash = '" + "ab".repeat(32) + "' WHERE id = 1");

            CompletionException refused = assertThrows(CompletionException.class,
                    () -> log.append(LinkageRecords.permit(1, "subject-1")).join());

            assertTrue(refused.getCause().getMessage().contains("names chain hash " + "ab".repeat(32)),
                    refused.getCause().getMessage());
            assertEquals(1, JdbcLinkageLog.entries(db).size(), "nothing appended after a head row that does not match");
        }
    }

    @Test
    void append_whenAnotherWriterSignsWithAKeyNotTrusted_shouldRefuseToSignOverItsEntries() {
        DataSource db = freshDatabase();
        try (JdbcLinkageLog honest = JdbcLinkageLog.open(db, keys, Instant::now)) {
            honest.append(LinkageRecords.permit(0, "subject-0")).join();
            // a writer must trust its own key
            assertThrows(IllegalArgumentException.class, () -> JdbcLinkageLog.open(db, SigningKeys.generate(),
                    org.citygov.domain.linkage.LogKeys.of(keys.getPublic()), Instant::now));
            KeyPair other = SigningKeys.generate();
            try (JdbcLinkageLog misconfigured = JdbcLinkageLog.open(db, other,
                    org.citygov.domain.linkage.LogKeys.of(List.of(keys.getPublic(), other.getPublic())),
                    Instant::now)) {
                misconfigured.append(LinkageRecords.permit(1, "subject-1")).join();
            }

            CompletionException refused = assertThrows(CompletionException.class,
                    () -> honest.append(LinkageRecords.permit(2, "subject-2")).join());

            assertTrue(refused.getCause().getMessage().contains("does not verify with the trusted keys"),
                    refused.getCause().getMessage());
            assertEquals(2, JdbcLinkageLog.entries(db).size(), "nothing appended over the unverified entry");
        }
    }

    @Test
    void verify_whenTheKeyWasRotated_shouldCheckOldHeadsWithTheOldKeyAndNewOnesWithTheNew(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) {
        DataSource db = freshDatabase();
        java.nio.file.Path keyFile = directory.resolve("linkage-signing.key");
        SigningKeys.KeyRing before = SigningKeys.loadOrCreateRing(keyFile);
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, before.current(), before.trusted(), Instant::now)) {
            for (int i = 0; i < 5; i++) {
                log.append(LinkageRecords.permit(i, "subject-" + i)).join();
            }
        }

        SigningKeys.KeyRing after = SigningKeys.rotate(keyFile);
        try (JdbcLinkageLog log = JdbcLinkageLog.open(db, after.current(), after.trusted(), Instant::now)) {
            for (int i = 5; i < 9; i++) {
                log.append(LinkageRecords.permit(i, "subject-" + i)).join();
            }
        }

        assertEquals(List.of(before.current().getPublic()), after.retired());
        assertEquals(after.currentId(), JdbcLinkageLog.heads(db).getLast().keyId().orElseThrow());
        assertEquals(before.currentId(), JdbcLinkageLog.heads(db).getFirst().keyId().orElseThrow());
        assertEquals(9, assertInstanceOf(LogVerification.Intact.class,
                JdbcLinkageLog.verify(db, after.trusted(), java.util.Optional.empty())).size());
        // the retired public key an auditor kept is written beside the key file
        assertEquals(before.current().getPublic(), SigningKeys.readPublic(
                directory.resolve("linkage-signing.key." + before.currentId() + ".pub")));
        // with the new public key alone, the heads signed before the rotation name a key the auditor did not give
        LogVerification newKeyOnly = JdbcLinkageLog.verify(db, after.current().getPublic());
        assertTrue(assertInstanceOf(LogVerification.Tampered.class, newKeyOnly).detail()
                .contains("not among the trusted keys"), newKeyOnly.toString());
    }

    @Test
    void update_whenTheLogsRowsAreChangedWithoutTheOwnersRights_shouldBeRefusedOnPostgres() throws SQLException {
        DataSource db = freshDatabase();
        filled(db, 3).close();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(c.getMetaData().getDatabaseProductName()
                    .equals("PostgreSQL"), "append-only triggers are PostgreSQL's (schema V11)");
            for (String statement : List.of("UPDATE linkage_log SET subject = 'subject-2' WHERE seq = 1",
                    "DELETE FROM linkage_log WHERE seq = 2", "DELETE FROM linkage_tree_head",
                    "TRUNCATE linkage_log")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(statement), statement);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertEquals(3, assertInstanceOf(LogVerification.Intact.class, JdbcLinkageLog.verify(db, keys.getPublic()))
                .size());
    }
}
