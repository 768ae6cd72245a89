package org.citygov.domain.linkage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Consent per subject × project × data asset × purpose kind, granted and withdrawn with times (5.4 (2): stop use).
 * The latest record of each combination is what decisions consult, in one hash lookup; a withdrawal replaces it
 * before {@link #withdraw} returns, so the next decision sees it. Every record ever made stays, for the subject's
 * history. Thread-safe; decisions never lock.
 */
public final class ConsentRegistry {

    /** The combination one consent covers. */
    record Key(SubjectId subject, ProjectId project, DataAssetId asset, PurposeKind purpose) {
    }

    private final Map<Key, ConsentRecord> latest = new ConcurrentHashMap<>();
    private final Map<SubjectId, List<ConsentRecord>> history = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Records a grant; a second grant of the same combination starts a new record (the old one stays in history). */
    public ConsentRecord grant(SubjectId subject, ProjectId project, DataAssetId asset, PurposeKind purpose,
                               Instant at) {
        ConsentRecord record = new ConsentRecord(new ConsentId("consent-" + ids.incrementAndGet()), subject, project,
                asset, purpose, at, Optional.empty());
        Key key = new Key(subject, project, asset, purpose);
        synchronized (this) {
            latest.put(key, record);
            history.computeIfAbsent(subject, s -> new ArrayList<>()).add(record);
        }
        return record;
    }

    /** Withdraws the subject's active consent for the combination: NOT_FOUND when there is none. */
    public Result<ConsentRecord> withdraw(SubjectId subject, ProjectId project, DataAssetId asset,
                                          PurposeKind purpose, Instant at) {
        Key key = new Key(subject, project, asset, purpose);
        synchronized (this) {
            ConsentRecord current = latest.get(key);
            if (current == null || !current.active()) {
                return Result.notFound(subject + " has no active consent to " + asset + " of " + project + " for "
                        + purpose);
            }
            ConsentRecord withdrawn = current.withdrawn(at);
            latest.put(key, withdrawn);
            List<ConsentRecord> records = history.get(subject);
            records.set(records.indexOf(current), withdrawn);
            return Result.success(withdrawn);
        }
    }

    /** The latest record for the combination (active or withdrawn), or null: the decision's one lookup. */
    ConsentRecord latest(SubjectId subject, ProjectId project, DataAssetId asset, PurposeKind purpose) {
        return latest.get(new Key(subject, project, asset, purpose));
    }

    public Optional<ConsentRecord> find(SubjectId subject, ProjectId project, DataAssetId asset,
                                        PurposeKind purpose) {
        return Optional.ofNullable(latest(subject, project, asset, purpose));
    }

    /** Every consent record of a subject, oldest first. */
    public synchronized List<ConsentRecord> of(SubjectId subject) {
        return history.getOrDefault(subject, List.of()).stream()
                .sorted(Comparator.comparing(ConsentRecord::grantedAt)).toList();
    }

    /** How many combinations have a record. */
    public int size() {
        return latest.size();
    }
}
