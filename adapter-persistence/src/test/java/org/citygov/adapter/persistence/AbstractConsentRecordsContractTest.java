package org.citygov.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.citygov.application.port.out.ConsentRecords;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * What every {@link ConsentRecords} store must do, run in memory, on H2 and on PostgreSQL: append-only grant and
 * withdrawal events, given back exactly and in order, a withdrawal only of a granted consent and only once. A store
 * may be shared by the tests of a class, so each test uses subjects and consent ids of its own.
 */
public abstract class AbstractConsentRecordsContractTest {

    private static final AtomicInteger IDS = new AtomicInteger();
    /** An instant with nanoseconds, which a store must give back exactly. */
    private static final Instant GRANTED = Instant.parse("2026-05-01T08:30:00.123456789Z");

    protected abstract ConsentRecords consents();

    private static String unique(String prefix) {
        return prefix + "-" + IDS.incrementAndGet() + "-" + System.nanoTime();
    }

    private static ConsentEvent grant(SubjectId subject, Instant at) {
        return new ConsentEvent(ConsentEvent.Kind.GRANTED, new ConsentId(unique("consent")), subject,
                ProjectId.of("kashiwanoha-frailty"), DataAssetId.of("research-dataset"), PurposeKind.RESEARCH, at);
    }

    private static ConsentEvent withdrawal(ConsentEvent grant, Instant at) {
        return new ConsentEvent(ConsentEvent.Kind.WITHDRAWN, grant.consent(), grant.subject(), grant.project(),
                grant.asset(), grant.purpose(), at);
    }

    private static Result.Reason reason(Result<?> result) {
        return assertInstanceOf(Result.Failure.class, result).reason();
    }

    @Test
    void append_whenGrantedThenWithdrawn_shouldKeepBothEventsExactlyInOrder() {
        SubjectId subject = SubjectId.of(unique("resident"));
        ConsentEvent grant = grant(subject, GRANTED);
        ConsentEvent withdrawal = withdrawal(grant, GRANTED.plusSeconds(60).plusNanos(1));

        assertEquals(Result.success(grant), consents().append(grant));
        assertEquals(Result.success(withdrawal), consents().append(withdrawal));

        assertEquals(List.of(grant, withdrawal), consents().ofSubject(subject));
        List<ConsentEvent> all = consents().all();
        assertEquals(List.of(grant, withdrawal), all.stream().filter(e -> e.subject().equals(subject)).toList());
    }

    @Test
    void append_whenTheConsentIsWithdrawnAlready_shouldBeConflictAndStoreNothing() {
        SubjectId subject = SubjectId.of(unique("resident"));
        ConsentEvent grant = grant(subject, GRANTED);
        consents().append(grant);
        consents().append(withdrawal(grant, GRANTED.plusSeconds(1)));

        Result<ConsentEvent> again = consents().append(withdrawal(grant, GRANTED.plusSeconds(2)));

        assertEquals(Result.Reason.CONFLICT, reason(again));
        assertEquals(2, consents().ofSubject(subject).size());
    }

    @Test
    void append_whenTheGrantIdIsTaken_shouldBeConflict() {
        ConsentEvent grant = grant(SubjectId.of(unique("resident")), GRANTED);
        consents().append(grant);

        assertEquals(Result.Reason.CONFLICT, reason(consents().append(grant)));
    }

    @Test
    void append_whenAWithdrawalNamesAConsentNeverGranted_shouldBeNotFound() {
        SubjectId subject = SubjectId.of(unique("resident"));
        ConsentEvent never = withdrawal(grant(subject, GRANTED), GRANTED.plusSeconds(1));

        assertEquals(Result.Reason.NOT_FOUND, reason(consents().append(never)));
        assertEquals(List.of(), consents().ofSubject(subject));
    }

    @Test
    void ofSubject_whenAnotherSubjectHasConsents_shouldListOnlyTheSubjects() {
        SubjectId mine = SubjectId.of(unique("resident"));
        SubjectId theirs = SubjectId.of(unique("resident"));
        ConsentEvent my = grant(mine, GRANTED);
        consents().append(my);
        consents().append(grant(theirs, GRANTED));

        assertEquals(List.of(my), consents().ofSubject(mine));
    }

    @Test
    void all_whenReplayedIntoARegistry_shouldRebuildWhatWasWithdrawn() {
        SubjectId subject = SubjectId.of(unique("resident"));
        ConsentEvent kept = grant(subject, GRANTED);
        ConsentEvent stopped = new ConsentEvent(ConsentEvent.Kind.GRANTED, new ConsentId(unique("consent")), subject,
                ProjectId.of("kashiwanoha-frailty"), DataAssetId.of("frailty-records"), PurposeKind.RESEARCH,
                GRANTED.plusSeconds(5));
        consents().append(kept);
        consents().append(stopped);
        consents().append(withdrawal(stopped, GRANTED.plusSeconds(10)));

        ConsentRegistry registry = new ConsentRegistry();
        consents().all().forEach(registry::apply);

        assertEquals(true, registry.byId(kept.consent()).orElseThrow().active());
        assertEquals(false, registry.byId(stopped.consent()).orElseThrow().active());
        assertEquals(2, registry.of(subject).size());
    }

    @Test
    void after_whenEventsWereStoredSinceAPosition_shouldGiveExactlyThoseInOrderWithRisingPositions() {
        ConsentRecords store = consents();
        long start = store.after(0).stream().mapToLong(ConsentRecords.Positioned::position).max().orElse(0);
        SubjectId subject = SubjectId.of(unique("resident"));
        ConsentEvent grant = grant(subject, GRANTED);
        ConsentEvent withdrawn = withdrawal(grant, GRANTED.plusSeconds(60));
        store.append(grant).orElseThrow();
        store.append(withdrawn).orElseThrow();

        java.util.List<ConsentRecords.Positioned> later = store.after(start);

        assertEquals(java.util.List.of(grant, withdrawn), later.stream().map(ConsentRecords.Positioned::event)
                .toList());
        assertEquals(true, later.get(0).position() > start && later.get(1).position() > later.get(0).position());
        assertEquals(java.util.List.of(withdrawn), store.after(later.get(0).position()).stream()
                .map(ConsentRecords.Positioned::event).toList());
        assertEquals(java.util.List.of(), store.after(later.get(1).position()));
    }
}
