package org.citygov.application.port.in;

import java.util.List;
import java.util.Objects;

import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.shared.Result;

/**
 * Who received whose data under which terms: a platform's agreements and delivery decisions as the tamper-evident
 * linkage log holds them, with inclusion proofs against its signed head. A PROVIDER sees the entries about its own
 * offers, a USER those about itself, ADMIN, AUDITOR and the platform's OPERATOR all of the platform's. What an entry
 * says, and so who may see it, is read from the log's hashed text, never from the index that finds it.
 */
public interface TracePlatformLog {

    /** One entry: where it is in the log and what it records. */
    record Traced(LogEntry entry, PlatformLogRecord record) {
        public Traced {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(record, "record");
        }
    }

    /** The platform's entries the caller may see, oldest first. */
    Result<List<Traced>> entries(PlatformId platform, Authenticate.Caller caller);

    /** The proof that entry {@code sequence} — one the caller may see — is in the log's signed tree. */
    Result<AuditLinkageLog.InclusionProof> proof(PlatformId platform, long sequence, Authenticate.Caller caller);
}
