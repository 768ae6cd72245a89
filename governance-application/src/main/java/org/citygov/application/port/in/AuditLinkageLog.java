package org.citygov.application.port.in;

import java.util.List;

import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.shared.Result;

/** What an auditor asks of the linkage log: signed heads, inclusion and consistency proofs, a full check. */
public interface AuditLinkageLog {

    record InclusionProof(LogEntry entry, SignedTreeHead head, List<byte[]> path) {
    }

    /** A proof from {@code firstSize} to {@code secondSize} entries; {@code head} is the current signed head. */
    record ConsistencyProof(long firstSize, long secondSize, SignedTreeHead head, List<byte[]> path) {
    }

    SignedTreeHead treeHead();

    /** The proof that an entry is in the log's current signed tree. */
    Result<InclusionProof> inclusionProof(long sequence);

    /** The proof that the log of {@code firstSize} entries is a prefix of the current signed tree. */
    Result<ConsistencyProof> consistencyProof(long firstSize);

    /**
     * The proof that the log of {@code firstSize} entries is a prefix of the log of {@code secondSize} entries (an
     * auditor holds signed heads of both sizes), with the current signed head: NOT_FOUND unless
     * {@code 0 <= firstSize <= secondSize <= } the current head's size.
     */
    Result<ConsistencyProof> consistencyProof(long firstSize, long secondSize);

    /** The key the tree heads are signed with, for auditors who have no copy yet. */
    java.security.PublicKey publicKey();

    LogVerification verify();
}
