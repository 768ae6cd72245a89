package org.citygov.adapter.persistence.linkage;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogRecord;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.LogVerifier;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;

/** The linkage log in memory, for one process's life: an append is "durable" once it returns. */
public final class InMemoryLinkageLog implements LinkageLog {

    private final LinkageChain chain = new LinkageChain();
    private final List<LogEntry> entries = new ArrayList<>();
    private final Map<SubjectId, List<LogEntry>> bySubject = new HashMap<>();
    private final List<SignedTreeHead> heads = new ArrayList<>();
    private final KeyPair keys;
    private final Clock clock;

    public InMemoryLinkageLog(KeyPair keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public synchronized CompletableFuture<LogEntry> append(LogRecord record) {
        LogEntry entry = chain.prepare(List.of(record)).getFirst();
        chain.commit(List.of(entry));
        entries.add(entry);
        record.subject().ifPresent(s -> bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(entry));
        return CompletableFuture.completedFuture(entry);
    }

    @Override
    public synchronized Optional<LogEntry> entry(long sequence) {
        return sequence >= 0 && sequence < entries.size() ? Optional.of(entries.get((int) sequence))
                : Optional.empty();
    }

    @Override
    public synchronized List<LogEntry> ofSubject(SubjectId subject) {
        return List.copyOf(bySubject.getOrDefault(subject, List.of()));
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized SignedTreeHead treeHead() {
        if (heads.isEmpty() || heads.getLast().treeSize() != chain.size()) {
            heads.add(chain.signHead(clock.now(), keys));
        }
        return heads.getLast();
    }

    @Override
    public List<byte[]> inclusionProof(long sequence, long treeSize) {
        return chain.inclusionProof(sequence, treeSize);
    }

    @Override
    public List<byte[]> consistencyProof(long first, long second) {
        return chain.consistencyProof(first, second);
    }

    @Override
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    @Override
    public synchronized LogVerification verify() {
        // only this process writes the log in memory, so its current head is signed before the check: otherwise every
        // entry appended since the last head would count as unsigned
        treeHead();
        return LogVerifier.verify(List.copyOf(entries), List.copyOf(heads), keys.getPublic(), Optional.empty());
    }
}
