package org.citygov.domain.linkage;

import org.citygov.domain.shared.Messages;
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

    private static final String ID_PREFIX = "consent-";

    private final Map<Key, ConsentRecord> latest = new ConcurrentHashMap<>();
    private final Map<SubjectId, List<ConsentRecord>> history = new ConcurrentHashMap<>();
    private final Map<ConsentId, ConsentRecord> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Records a grant; a second grant of the same combination starts a new record (the old one stays in history). */
    public ConsentRecord grant(SubjectId subject, ProjectId project, DataAssetId asset, PurposeKind purpose,
                               Instant at) {
        return apply(grantEvent(subject, project, asset, purpose, at));
    }

    /**
     * The event of a new grant, with a fresh id, not yet applied: a durable store appends it first and then
     * {@link #apply applies} it, so that nothing is published that was not stored.
     */
    public ConsentEvent grantEvent(SubjectId subject, ProjectId project, DataAssetId asset, PurposeKind purpose,
                                   Instant at) {
        return new ConsentEvent(ConsentEvent.Kind.GRANTED, new ConsentId(ID_PREFIX + ids.incrementAndGet()), subject,
                project, asset, purpose, at);
    }

    /**
     * The event withdrawing one of the subject's consents by its id, not yet applied: NOT_FOUND when the subject has
     * no consent of that id (another subject's consent does not exist for it), CONFLICT when it is withdrawn already.
     */
    public synchronized Result<ConsentEvent> withdrawalEvent(SubjectId subject, ConsentId consent, Instant at) {
        ConsentRecord current = byId.get(consent);
        if (current == null || !current.subject().equals(subject)) {
            return Result.notFound(Messages.text("refusal.consent.notFound", subject, consent));
        }
        if (!current.active()) {
            return Result.conflict(Messages.text("refusal.consent.withdrawn", consent,
                    current.withdrawnAt().orElseThrow()));
        }
        if (at.isBefore(current.grantedAt())) {
            return Result.conflict(Messages.text("refusal.consent.beforeGranted", consent));
        }
        return Result.success(ConsentEvent.withdrawn(current, at));
    }

    /** The event withdrawing the subject's active consent for the combination: NOT_FOUND when there is none. */
    public synchronized Result<ConsentEvent> withdrawalEvent(SubjectId subject, ProjectId project, DataAssetId asset,
                                                             PurposeKind purpose, Instant at) {
        ConsentRecord current = latest.get(new Key(subject, project, asset, purpose));
        if (current == null || !current.active()) {
            return Result.notFound(subject + " has no active consent to " + asset + " of " + project + " for "
                    + purpose);
        }
        return withdrawalEvent(subject, current.id(), at);
    }

    /**
     * Applies a stored event (or replays one at start): a grant adds a record and becomes the latest of its
     * combination; a withdrawal marks its consent withdrawn, and the next decision sees it. Returns the record as it
     * now stands. A withdrawal of a consent not granted here is a broken invariant of the store.
     */
    public synchronized ConsentRecord apply(ConsentEvent event) {
        Key key = new Key(event.subject(), event.project(), event.asset(), event.purpose());
        return switch (event.kind()) {
            case GRANTED -> {
                ConsentRecord record = new ConsentRecord(event.consent(), event.subject(), event.project(),
                        event.asset(), event.purpose(), event.at(), Optional.empty());
                if (byId.putIfAbsent(record.id(), record) != null) {
                    throw new IllegalStateException("consent " + record.id() + " is granted twice");
                }
                latest.put(key, record);
                history.computeIfAbsent(event.subject(), s -> new ArrayList<>()).add(record);
                bumpIds(record.id());
                yield record;
            }
            case WITHDRAWN -> {
                ConsentRecord current = byId.get(event.consent());
                if (current == null) {
                    throw new IllegalStateException("consent " + event.consent() + " is withdrawn but was never"
                            + " granted");
                }
                ConsentRecord withdrawn = current.withdrawn(event.at());
                byId.put(withdrawn.id(), withdrawn);
                latest.computeIfPresent(key, (k, now) -> now.id().equals(withdrawn.id()) ? withdrawn : now);
                List<ConsentRecord> records = history.get(event.subject());
                records.set(records.indexOf(current), withdrawn);
                yield withdrawn;
            }
        };
    }

    /**
     * Applies an event read back from the store unless this registry holds it already (it was made here and applied
     * when it was stored, or read before): how a process follows the events that other processes store. Returns
     * whether it was new.
     */
    public synchronized boolean applyIfNew(ConsentEvent event) {
        ConsentRecord known = byId.get(event.consent());
        boolean held = switch (event.kind()) {
            case GRANTED -> known != null;
            case WITHDRAWN -> known != null && !known.active();
        };
        if (!held) {
            apply(event);
        }
        return !held;
    }

    /** Ids replayed from a store are not handed out again. */
    private void bumpIds(ConsentId id) {
        String value = id.value();
        if (value.startsWith(ID_PREFIX)) {
            try {
                long n = Long.parseLong(value.substring(ID_PREFIX.length()));
                ids.accumulateAndGet(n, Math::max);
            } catch (NumberFormatException e) {
                // an id of another form cannot collide with ours
            }
        }
    }

    /** A consent record by its id, whoever's it is. */
    public Optional<ConsentRecord> byId(ConsentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Withdraws the subject's active consent for the combination: NOT_FOUND when there is none. */
    public Result<ConsentRecord> withdraw(SubjectId subject, ProjectId project, DataAssetId asset,
                                          PurposeKind purpose, Instant at) {
        synchronized (this) {
            return withdrawalEvent(subject, project, asset, purpose, at).map(this::apply);
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
