package org.citygov.domain.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citygov.domain.merkle.Sha256;
import org.junit.jupiter.api.Test;

/** Records hashed where they are made, then numbered and chained by the one writer. */
class LinkageChainTest {

    private record Text(String canonical, Optional<SubjectId> subject) implements LogRecord {
    }

    private static List<Text> records(int n) {
        List<Text> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new Text("test-record/1\nn=" + i + "\nnote=caf\u00e9 " + i, Optional.empty()));
        }
        return records;
    }

    @Test
    void prepareHashed_whenRecordsWereHashedOnOtherThreads_shouldGiveTheEntriesOfTheWholePreparation()
            throws Exception {
        List<Text> records = records(200);
        List<LinkageChain.Hashed> hashed = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<LinkageChain.Hashed>> futures = new ArrayList<>();
            for (Text record : records) {
                futures.add(threads.submit(() -> LinkageChain.hash(record)));
            }
            for (Future<LinkageChain.Hashed> future : futures) {
                hashed.add(future.get());
            }
        }
        LinkageChain chain = new LinkageChain();

        List<LogEntry> fromHashes = chain.prepareHashed(hashed);
        List<LogEntry> whole = chain.prepare(records);

        assertEquals(whole, fromHashes);
        byte[] previous = LinkageChain.GENESIS;
        for (int i = 0; i < records.size(); i++) {
            LogEntry entry = fromHashes.get(i);
            assertEquals(i, entry.sequence());
            assertArrayEquals(Sha256.leafHash(records.get(i).canonical().getBytes(StandardCharsets.UTF_8)),
                    entry.leafHash());
            assertArrayEquals(previous, entry.previousHash());
            assertArrayEquals(Sha256.chain(Sha256.newDigest(), previous, entry.leafHash()), entry.chainHash());
            previous = entry.chainHash();
        }
    }

    @Test
    void hashed_whenTheLeafHashIsNotThirtyTwoBytes_shouldBeRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LinkageChain.Hashed("x", new byte[31]));
    }
}
