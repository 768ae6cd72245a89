package org.citygov.domain.linkage;

import java.util.Objects;
import java.util.Optional;

/**
 * A log entry as a store keeps it, with what the store keeps beside the hashed text: the subject it files the entry
 * under (its index for a subject's own listing, which must be the subject the text names) and the seal written in the
 * same commit as the entry (the signed tree head of the batch it was appended in, which must cover it). Neither is
 * trusted: {@link LogVerifier#verifyStored} checks both.
 *
 * @param entry      the entry: sequence, text and hashes
 * @param filedUnder the subject the store files it under (empty: under none)
 * @param seal       the signed head of its batch (empty for entries written before seals were stored)
 */
public record StoredLogEntry(LogEntry entry, Optional<String> filedUnder, Optional<SignedTreeHead> seal) {

    public StoredLogEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(filedUnder, "filedUnder");
        Objects.requireNonNull(seal, "seal");
    }
}
