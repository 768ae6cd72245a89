package org.citygov.domain.linkage;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.citygov.domain.merkle.Sha256;

/**
 * One entry of the linkage log as stored: its sequence number (its leaf index in the Merkle tree), the record's
 * canonical text, its RFC 6962 leaf hash {@code H(0x00 || text)}, the chain hash of the entry before it, and its own
 * chain hash {@code H(previous || leaf)}.
 */
public record LogEntry(long sequence, String body, byte[] leafHash, byte[] previousHash, byte[] chainHash) {

    public LogEntry {
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence number is 0 or more");
        }
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(chainHash, "chainHash");
    }

    /** The linkage record the entry holds; IllegalArgumentException for another kind of record ({@link #isLinkage}). */
    public LinkageRecord record() {
        return LinkageRecord.parse(body);
    }

    /** Whether the entry holds a linkage record (a decision or transfer), not another kind of {@link LogRecord}. */
    public boolean isLinkage() {
        return LinkageRecord.isLinkageRecord(body);
    }

    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "entry " + sequence + " (" + Sha256.hex(leafHash).substring(0, 12) + "…)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && e.sequence == sequence && e.body.equals(body)
                && java.util.Arrays.equals(e.leafHash, leafHash) && java.util.Arrays.equals(e.chainHash, chainHash)
                && java.util.Arrays.equals(e.previousHash, previousHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + body.hashCode();
    }
}
