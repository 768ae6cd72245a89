package org.citygov.domain.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log verifier checks ranges of entries in parallel: whatever the split, it must give the same outcome and detail
 * as one pass from the first entry, and name the same first bad position wherever the tampering is.
 */
class ParallelLogVerifierTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:00:00Z");
    private static final int SIZE = 1_000;
    private static final int BATCH = 25;
    /** One range for the whole log: the entries checked one after the other, as before. */
    private static final int ONE_PASS = Integer.MAX_VALUE;

    private static KeyPair keys;
    private static LogKeys trusted;
    private static List<StoredLogEntry> log;
    private static List<SignedTreeHead> heads;

    private record Text(String canonical, Optional<SubjectId> subject) implements LogRecord {
    }

    @BeforeAll
    static void sealedLog() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        trusted = LogKeys.of(keys.getPublic());
        LinkageChain chain = new LinkageChain();
        log = new ArrayList<>();
        heads = new ArrayList<>();
        for (int batch = 0; batch < SIZE / BATCH; batch++) {
            List<Text> records = new ArrayList<>();
            for (int i = batch * BATCH; i < (batch + 1) * BATCH; i++) {
                String subject = "resident-" + (i % 7);
                records.add(new Text("test-record/1\nn=" + i + "\nsubject=" + subject,
                        Optional.of(SubjectId.of(subject))));
            }
            List<LogEntry> prepared = chain.prepare(records);
            SignedTreeHead seal = chain.seal(prepared, AT.plusSeconds(batch), keys);
            chain.commit(prepared);
            for (LogEntry entry : prepared) {
                log.add(new StoredLogEntry(entry, LinkageRecord.subjectOf(entry.body()), Optional.of(seal)));
            }
            if (batch % 4 == 0) {
                heads.add(seal);
            }
        }
    }

    private static LogVerification verify(List<StoredLogEntry> entries, int chunk) {
        return LogVerifier.check(entries, true, heads, trusted, Optional.empty(), chunk);
    }

    private static List<StoredLogEntry> with(int position, UnaryOperator<StoredLogEntry> change) {
        List<StoredLogEntry> copy = new ArrayList<>(log);
        copy.set(position, change.apply(copy.get(position)));
        return copy;
    }

    private static StoredLogEntry rewrittenBody(StoredLogEntry stored) {
        LogEntry e = stored.entry();
        return new StoredLogEntry(new LogEntry(e.sequence(), e.body().replace("n=", "n=9"), e.leafHash(),
                e.previousHash(), e.chainHash()), stored.filedUnder(), stored.seal());
    }

    @Test
    void check_whenTheLogIsIntact_shouldGiveTheOnePassOutcomeWhateverTheRanges() {
        LogVerification onePass = verify(log, ONE_PASS);

        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, onePass);
        assertEquals(SIZE, intact.size());
        for (int chunk : new int[] {1, 7, 64, 333, SIZE}) {
            assertEquals(onePass, verify(log, chunk), "ranges of " + chunk);
        }
    }

    @Test
    void check_whenAnEntryAnywhereIsAlteredMovedRemovedOrRefiled_shouldNameTheSamePositionAsOnePass() {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20261129L);
        for (int round = 0; round < 12; round++) {
            int position = 1 + random.nextInt(SIZE - 2);
            List<List<StoredLogEntry>> tampered = new ArrayList<>();
            tampered.add(with(position, ParallelLogVerifierTest::rewrittenBody));
            tampered.add(with(position, stored -> new StoredLogEntry(stored.entry(), Optional.of("resident-99"),
                    stored.seal())));
            List<StoredLogEntry> removed = new ArrayList<>(log);
            removed.remove(position);
            tampered.add(removed);
            List<StoredLogEntry> swapped = new ArrayList<>(log);
            swapped.set(position, log.get(position + 1));
            swapped.set(position + 1, log.get(position));
            tampered.add(swapped);

            for (List<StoredLogEntry> entries : tampered) {
                LogVerification onePass = verify(entries, ONE_PASS);
                LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class, onePass);
                assertEquals(position, found.sequence(), found.toString());
                for (int chunk : new int[] {1, 3, 16, 100}) {
                    assertEquals(onePass, verify(entries, chunk), "ranges of " + chunk + ", " + found);
                }
            }
        }
    }

    @Test
    void check_whenSeveralEntriesInDifferentRangesAreAltered_shouldNameTheFirst() {
        List<StoredLogEntry> entries = new ArrayList<>(log);
        for (int position : new int[] {901, 517, 130}) {
            entries.set(position, rewrittenBody(entries.get(position)));
        }

        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class, verify(entries, 50));

        assertEquals(130, found.sequence());
        assertEquals(LogVerification.Tampering.ALTERED, found.how());
        assertEquals(verify(entries, ONE_PASS), found);
    }

    @Test
    void check_whenASealOrHeadDoesNotVerify_shouldGiveTheOnePassOutcome() throws GeneralSecurityException {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SignedTreeHead forged = SignedTreeHead.sign(SIZE, AT, new byte[32], other.getPrivate());
        List<SignedTreeHead> withForged = new ArrayList<>(heads);
        withForged.add(forged);

        LogVerification onePass = LogVerifier.check(log, true, withForged, trusted, Optional.empty(), ONE_PASS);
        LogVerification parallel = LogVerifier.check(log, true, withForged, trusted, Optional.empty(), 10);

        LogVerification.Tampered found = assertInstanceOf(LogVerification.Tampered.class, onePass);
        assertEquals(LogVerification.Tampering.BAD_TREE_HEAD, found.how());
        assertEquals(onePass, parallel);
    }
}
