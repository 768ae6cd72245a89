package org.citygov.application.port.out;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogRecord;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;

/**
 * The tamper-evident linkage log (5.4 (3)): hash-chained entries in an RFC 6962 Merkle tree with Ed25519-signed tree
 * heads. An append completes only once its entry is durable in the store (a durable log commits appends in batches);
 * it fails, and nothing is acknowledged, when the store refuses the batch. It records the governance linkage's
 * decisions and transfers ({@code LinkageRecord}) and a data platform's agreements and delivery decisions
 * ({@code PlatformLogRecord}) in one chain.
 */
public interface LinkageLog {

    CompletableFuture<LogEntry> append(LogRecord record);

    Optional<LogEntry> entry(long sequence);

    /** Every entry about a subject's data, oldest first. */
    List<LogEntry> ofSubject(SubjectId subject);

    long size();

    /** A signed head of the log as it is now. */
    SignedTreeHead treeHead();

    /** The audit path of an entry in the tree of {@code treeSize} entries. */
    List<byte[]> inclusionProof(long sequence, long treeSize);

    /** The proof that the tree of {@code first} entries is a prefix of the tree of {@code second}. */
    List<byte[]> consistencyProof(long first, long second);

    /** The key the tree heads are signed with. */
    PublicKey publicKey();

    /** Checks every stored entry and signed tree head. */
    LogVerification verify();
}
