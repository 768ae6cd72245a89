package org.citygov.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Result;

/**
 * Where stored data platforms are kept, each as its {@code citygov-platform/1} document with its withdrawn offers.
 * Saving is optimistic, as for projects: a platform carries the version it was read at (0 for a new one), and a save
 * succeeds only if the stored version is still that one (STALE otherwise; CONFLICT when a new platform's id is taken;
 * NOT_FOUND when a change names a platform that is not stored). Every successful save appends one entry to the
 * platform's audit trail — who, when, what, and the platform as it stood after — in the same transaction.
 *
 * <p>Beside the platforms, an append-only index of the platform's entries in the linkage log ({@link Receipt}): which
 * log entry records which agreement or delivery decision. The index only finds entries; what an entry says is read
 * from the log's hashed text.
 */
public interface Platforms {

    Optional<RegisteredPlatform> find(PlatformId id);

    /** All stored platforms, ordered by id. */
    List<RegisteredPlatform> all();

    /** Stores a new platform (version 0) or a change to a stored one, and returns it with its new version. */
    Result<RegisteredPlatform> save(RegisteredPlatform platform, Change change);

    /** The platform's audit trail, oldest first; empty for a platform never stored. */
    List<PlatformAuditEntry> history(PlatformId id);

    /** Adds an entry of the linkage-log index; a sequence already indexed is a broken invariant. */
    void addReceipt(Receipt receipt);

    /** The platform's linkage-log index, by sequence. */
    List<Receipt> receipts(PlatformId id);

    /** Who changed a platform, when, and what they did, in a sentence. */
    record Change(Actor actor, Instant at, String summary) {
        public Change {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(summary, "summary");
            if (summary.isBlank()) {
                throw new IllegalArgumentException("a change says what changed");
            }
        }
    }

    /** A platform's entry in the linkage log: its sequence and what it is about. */
    record Receipt(PlatformId platform, long sequence, PlatformLogRecord.Kind kind, OfferId offer,
                   ParticipantId provider, ParticipantId user, AgreementId agreement) {
        public Receipt {
            Objects.requireNonNull(platform, "platform");
            if (sequence < 0) {
                throw new IllegalArgumentException("a log sequence is 0 or more");
            }
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(agreement, "agreement");
        }

        public static Receipt of(long sequence, PlatformLogRecord record) {
            return new Receipt(record.platform(), sequence, record.kind(), record.offer(), record.provider(),
                    record.user(), record.agreement());
        }
    }
}
