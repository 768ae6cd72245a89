package org.citygov.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * What every {@link CorrectionRequests} store must do, run in memory, on H2 and on PostgreSQL: a request is kept as
 * filed, answered once, listed only to its subject, oldest first, and listed to operators by state.
 */
public abstract class AbstractCorrectionRequestsContractTest {

    private static final Actor OPERATOR = Actor.of("Sato (records office)");

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Instant FILED = Instant.parse("2026-05-02T10:00:00.987654321Z");

    protected abstract CorrectionRequests corrections();

    private static String unique(String prefix) {
        return prefix + "-" + IDS.incrementAndGet() + "-" + System.nanoTime();
    }

    private static CorrectionRequest.Open file(SubjectId subject, Instant at) {
        return CorrectionRequest.file(unique("correction"), subject, ProjectId.of("kashiwanoha-frailty"),
                DataAssetId.of("frailty-records"), "my birth year is 1951, not 1915", at);
    }

    private static Result.Reason reason(Result<?> result) {
        return assertInstanceOf(Result.Failure.class, result).reason();
    }

    @Test
    void add_whenNew_shouldBeFoundExactlyAsFiled() {
        CorrectionRequest.Open open = file(SubjectId.of(unique("resident")), FILED);

        assertEquals(Result.success(open), corrections().add(open));

        assertEquals(Optional.of(open), corrections().find(open.id()));
    }

    @Test
    void add_whenTheIdIsTaken_shouldBeConflict() {
        CorrectionRequest.Open open = file(SubjectId.of(unique("resident")), FILED);
        corrections().add(open);

        assertEquals(Result.Reason.CONFLICT, reason(corrections().add(open)));
    }

    @Test
    void answer_whenOpen_shouldStoreTheResolutionWithItsNoteTimeAndOperator() {
        CorrectionRequest.Open open = file(SubjectId.of(unique("resident")), FILED);
        corrections().add(open);
        CorrectionRequest resolved = open.resolve("corrected in the register", FILED.plusSeconds(3600).plusNanos(5), OPERATOR)
                .orElseThrow();

        assertEquals(Result.success(resolved), corrections().answer(resolved));

        assertEquals(Optional.of(resolved), corrections().find(open.id()));
        assertEquals(Optional.of(OPERATOR), corrections().find(open.id()).orElseThrow().answeredBy());
    }

    @Test
    void answer_whenAnsweredAlready_shouldBeConflictAndKeepTheFirstAnswer() {
        CorrectionRequest.Open open = file(SubjectId.of(unique("resident")), FILED);
        corrections().add(open);
        CorrectionRequest rejected = open.reject("the register is right", FILED.plusSeconds(60), OPERATOR).orElseThrow();
        corrections().answer(rejected);

        Result<CorrectionRequest> second = corrections().answer(open.resolve("fixed", FILED.plusSeconds(120), Actor.of("another operator"))
                .orElseThrow());

        assertEquals(Result.Reason.CONFLICT, reason(second));
        assertEquals(Optional.of(rejected), corrections().find(open.id()));
    }

    @Test
    void answer_whenThereIsNoSuchRequest_shouldBeNotFound() {
        CorrectionRequest.Open never = file(SubjectId.of(unique("resident")), FILED);

        assertEquals(Result.Reason.NOT_FOUND, reason(corrections().answer(never.resolve("fixed",
                FILED.plusSeconds(1), OPERATOR).orElseThrow())));
    }

    @Test
    void ofSubject_whenSeveralSubjectsFiled_shouldListOnlyTheSubjectsOldestFirst() {
        SubjectId mine = SubjectId.of(unique("resident"));
        CorrectionRequest.Open later = file(mine, FILED.plusSeconds(30));
        CorrectionRequest.Open earlier = file(mine, FILED);
        corrections().add(later);
        corrections().add(earlier);
        corrections().add(file(SubjectId.of(unique("resident")), FILED.minusSeconds(30)));

        assertEquals(List.of(earlier, later), corrections().ofSubject(mine));
    }

    @Test
    void inState_whenRequestsOfSeveralSubjectsAreOpenAndAnswered_shouldListExactlyThoseInTheStateOldestFirst() {
        CorrectionRequest.Open later = file(SubjectId.of(unique("resident")), FILED.plusSeconds(30));
        CorrectionRequest.Open earlier = file(SubjectId.of(unique("resident")), FILED.plusNanos(1));
        CorrectionRequest.Open toResolve = file(SubjectId.of(unique("resident")), FILED);
        CorrectionRequest.Open toReject = file(SubjectId.of(unique("resident")), FILED);
        List.of(later, earlier, toResolve, toReject).forEach(corrections()::add);
        CorrectionRequest resolved = toResolve.resolve("fixed", FILED.plusSeconds(60), OPERATOR).orElseThrow();
        CorrectionRequest rejected = toReject.reject("the register is right", FILED.plusSeconds(60), OPERATOR).orElseThrow();
        corrections().answer(resolved);
        corrections().answer(rejected);
        List<String> mine = List.of(later.id(), earlier.id(), toResolve.id(), toReject.id());

        assertEquals(List.of(earlier, later), ofMine(corrections().inState(CorrectionRequest.State.OPEN), mine));
        assertEquals(List.of(resolved), ofMine(corrections().inState(CorrectionRequest.State.RESOLVED), mine));
        assertEquals(List.of(rejected), ofMine(corrections().inState(CorrectionRequest.State.REJECTED), mine));
    }

    /** The store may hold other tests' requests (one database per class): only this test's, in the store's order. */
    private static List<CorrectionRequest> ofMine(List<CorrectionRequest> listed, List<String> ids) {
        return listed.stream().filter(r -> ids.contains(r.id())).toList();
    }
}
