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

    record ConsistencyProof(long firstSize, SignedTreeHead head, List<byte[]> path) {
    }

    SignedTreeHead treeHead();

    /** The proof that an entry is in the log's current signed tree. */
    Result<InclusionProof> inclusionProof(long sequence);

    /** The proof that the log of {@code firstSize} entries is a prefix of the current signed tree. */
    Result<ConsistencyProof> consistencyProof(long firstSize);

    LogVerification verify();
}
