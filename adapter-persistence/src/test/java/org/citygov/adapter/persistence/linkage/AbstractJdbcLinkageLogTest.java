package org.citygov.adapter.persistence.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.LogVerification.Tampering;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.merkle.MerkleProofs;
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

    private static void sql(DataSource db, String... statements) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
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
        JdbcLinkageLog log = filled(db, 30);
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

    @Test
    void open_whenTheStoredLogWasTamperedWith_shouldRefuseToAppend() {
        DataSource db = freshDatabase();
        filled(db, 5).close();
        sql(db, "DELETE FROM linkage_log WHERE seq = 2");
        assertThrows(IllegalStateException.class, () -> JdbcLinkageLog.open(db, keys, Instant::now));
    }
}
