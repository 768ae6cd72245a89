package org.citygov.adapter.persistence;

import static org.citygov.adapter.persistence.ProjectSamples.ALICE;
import static org.citygov.adapter.persistence.ProjectSamples.BOB;
import static org.citygov.adapter.persistence.ProjectSamples.REGISTERED_AT;
import static org.citygov.adapter.persistence.ProjectSamples.newProject;
import static org.citygov.adapter.persistence.ProjectSamples.smallProject;
import static org.citygov.adapter.persistence.ProjectSamples.uniqueId;
import static org.citygov.domain.testing.ProjectBuilders.STANDARDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citygov.domain.project.AuditEntry;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.EngagementMethod;
import org.citygov.domain.stakeholder.StakeholderId;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Projects} and {@link ProjectHistory} out-ports, run against every implementation:
 * in memory, H2 and PostgreSQL. Tests use project ids of their own, so one database serves a whole class.
 */
public abstract class AbstractProjectsContractTest {

    /** The store under test; the same instance for every call within a test. */
    protected abstract Projects projects();

    /** The audit trail of {@link #projects()}. */
    protected abstract ProjectHistory history();

    private static ProjectChange change(String summary, Instant at) {
        return new ProjectChange(ALICE, at, summary);
    }

    private GovernanceProject saved(GovernanceProject project, String summary, Instant at) {
        return projects().save(project, change(summary, at)).orElseThrow();
    }

    private GovernanceProject registered(ProjectId id) {
        return saved(newProject(id), "registered", REGISTERED_AT);
    }

    private static Service service(String id) {
        return new Service(ServiceId.of(id), "Service " + id, ServiceField.TRANSPORT_AND_MOBILITY, Benefit.PUBLIC_INTEREST);
    }

    // ---- find, save, all ----------------------------------------------------------------------------------------

    @Test
    void find_whenNeverSaved_shouldBeEmpty() {
        assertEquals(Optional.empty(), projects().find(uniqueId("never-saved")));
    }

    @Test
    void save_whenNew_shouldReturnItAtVersionOne() {
        GovernanceProject project = newProject(uniqueId("new"));

        Result<GovernanceProject> result = projects().save(project, change("registered", REGISTERED_AT));

        assertEquals(Result.success(project.withVersion(1)), result);
    }

    @Test
    void find_afterSave_shouldReturnAnEqualProject() {
        GovernanceProject stored = registered(uniqueId("round-trip"));

        assertEquals(Optional.of(stored), projects().find(stored.id()));
    }

    @Test
    void find_afterCycleMovesAndRevision_shouldKeepEveryTransitionExactly() {
        // the builder's default project can reach implementation: its rules answer its risks and no flow is
        // UNSUITABLE (the rich sample's camera flow names a less intrusive alternative, so it never could)
        GovernanceProject project = saved(org.citygov.domain.testing.ProjectBuilders.aProject()
                .withId(uniqueId("cycle").value()).buildRegistered(), "registered", REGISTERED_AT);
        Instant at = REGISTERED_AT;
        for (int i = 0; i < 4; i++) {
            at = at.plus(Duration.ofMinutes(1)).plusNanos(7);
            project = saved(project.advanceCycle(BOB, at, "step " + i + " done", STANDARDS).orElseThrow(),
                    "advanced", at);
        }
        at = at.plusSeconds(60);
        project = saved(project.startNewRevision(BOB, at, "a KPI was breached").orElseThrow(), "revised", at);

        GovernanceProject found = projects().find(project.id()).orElseThrow();

        assertEquals(project, found);
        assertEquals(GovernanceStep.RISK_ANALYSIS, found.cycle().step());
        assertEquals(2, found.cycle().revision());
        assertEquals(6, found.cycle().history().size());
        assertEquals(CycleTransition.Kind.NEW_REVISION, found.cycle().history().getLast().kind());
    }

    @Test
    void save_whenChanged_shouldStoreTheNewPartsAndNextVersion() {
        GovernanceProject v1 = registered(uniqueId("changed"));
        GovernanceProject changed = v1.addService(service("bus-on-demand")).orElseThrow();

        GovernanceProject v2 = saved(changed, "added service bus-on-demand", REGISTERED_AT.plusSeconds(5));

        assertEquals(2, v2.version());
        assertEquals(Optional.of(v2), projects().find(v1.id()));
    }

    @Test
    void save_whenNewAndIdTaken_shouldBeConflictAndKeepTheStoredOne() {
        GovernanceProject stored = registered(uniqueId("taken"));

        Result<GovernanceProject> result = projects().save(smallProject(stored.id()), change("registered again",
                REGISTERED_AT));

        assertFailure(Result.Reason.CONFLICT, result);
        assertEquals(Optional.of(stored), projects().find(stored.id()));
    }

    @Test
    void save_whenStale_shouldBeStaleAndNeverLoseTheOtherUpdate() {
        GovernanceProject v1 = registered(uniqueId("stale"));
        GovernanceProject v2 = saved(v1.addService(service("first-writer")).orElseThrow(), "first", REGISTERED_AT);

        Result<GovernanceProject> stale = projects().save(v1.addService(service("second-writer")).orElseThrow(),
                change("second", REGISTERED_AT));

        assertFailure(Result.Reason.STALE, stale);
        assertEquals(Optional.of(v2), projects().find(v1.id()));
    }

    @Test
    void save_whenUpdatingAProjectNeverStored_shouldBeNotFound() {
        GovernanceProject ghost = smallProject(uniqueId("ghost")).withVersion(3);

        Result<GovernanceProject> result = projects().save(ghost, change("changed", REGISTERED_AT));

        assertFailure(Result.Reason.NOT_FOUND, result);
        assertEquals(Optional.empty(), projects().find(ghost.id()));
    }

    @Test
    void all_shouldHoldEveryStoredProjectOrderedById() {
        String prefix = uniqueId("all").value();
        List<ProjectId> ids = List.of(ProjectId.of(prefix + "-c"), ProjectId.of(prefix + "-a"),
                ProjectId.of(prefix + "-b"));
        for (ProjectId id : ids) {
            saved(smallProject(id), "registered", REGISTERED_AT);
        }

        List<GovernanceProject> all = projects().all();

        List<String> ours = all.stream().map(p -> p.id().value()).filter(v -> v.startsWith(prefix)).toList();
        assertEquals(List.of(prefix + "-a", prefix + "-b", prefix + "-c"), ours);
        List<String> everyId = all.stream().map(p -> p.id().value()).toList();
        assertEquals(everyId.stream().sorted().toList(), everyId);
        assertTrue(all.contains(projects().find(ids.getFirst()).orElseThrow()));
    }

    // ---- concurrency --------------------------------------------------------------------------------------------

    @Test
    void save_whenWritersRaceFromTheSameVersion_shouldLetExactlyOneWin() throws Exception {
        GovernanceProject current = registered(uniqueId("race"));
        int writers = 8;
        // many rounds, so that the writers' reads and writes really interleave in some of them
        for (int round = 0; round < 25; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Result<GovernanceProject>>> tasks = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                GovernanceProject mine = current.addService(service("round-" + round + "-writer-" + i)).orElseThrow();
                tasks.add(() -> {
                    start.await();
                    return projects().save(mine, change("writer", REGISTERED_AT));
                });
            }

            List<Result<GovernanceProject>> results = runTogether(tasks, start);

            List<GovernanceProject> winners = results.stream().filter(Result::isSuccess).map(Result::orElseThrow)
                    .toList();
            assertEquals(1, winners.size(), "round " + round + ": " + results);
            results.stream().filter(r -> !r.isSuccess()).forEach(r -> assertFailure(Result.Reason.STALE, r));
            current = projects().find(current.id()).orElseThrow();
            assertEquals(winners.getFirst(), current);
            assertEquals(round + 2, current.version());
        }
        assertEquals(26, history().history(current.id(), Instant.MIN, Instant.MAX).size());
    }

    @Test
    void save_whenWritersRetryOnConflict_shouldKeepEveryUpdate() throws Exception {
        ProjectId id = uniqueId("retry");
        registered(id);
        int writers = 4;
        int updatesEach = 5;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            tasks.add(() -> {
                start.await();
                int conflicts = 0;
                for (int u = 0; u < updatesEach; u++) {
                    EngagementActivity activity = new EngagementActivity(EngagementMethod.values()[0],
                            LocalDate.of(2026, 1, 1).plusDays(writer * 100L + u), "writer " + writer + " update " + u);
                    while (true) {
                        // a store that refuses every save would loop forever: give up after a generous bound
                        assertTrue(conflicts < 10_000, "writer " + writer + " never got a save through");
                        GovernanceProject current = projects().find(id).orElseThrow();
                        Result<GovernanceProject> saved = projects().save(
                                current.recordEngagement(StakeholderId.of("city-os"), activity).orElseThrow(),
                                change("writer " + writer + " update " + u, REGISTERED_AT));
                        if (saved.isSuccess()) {
                            break;
                        }
                        assertFailure(Result.Reason.STALE, saved);
                        conflicts++;
                    }
                }
                return conflicts;
            });
        }

        runTogether(tasks, start);

        GovernanceProject last = projects().find(id).orElseThrow();
        assertEquals(1 + writers * updatesEach, last.version());
        assertEquals(writers * updatesEach,
                last.stakeholder(StakeholderId.of("city-os")).orElseThrow().engagements().size());
        List<AuditEntry> trail = history().history(id, Instant.MIN, Instant.MAX);
        assertEquals(last.version(), trail.size());
        for (int i = 0; i < trail.size(); i++) {
            assertEquals(i + 1, trail.get(i).version());
        }
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- history ------------------------------------------------------------------------------------------------

    @Test
    void history_afterSaves_shouldHoldOneEntryPerSaveWithActorTimeSummaryAndState() {
        GovernanceProject v1 = registered(uniqueId("trail"));
        Instant later = REGISTERED_AT.plus(Duration.ofHours(2)).plusNanos(1);
        GovernanceProject v2 = projects().save(v1.advanceCycle(BOB, later, "overview complete").orElseThrow(),
                new ProjectChange(BOB, later, "advanced the cycle: overview complete")).orElseThrow();

        List<AuditEntry> trail = history().history(v1.id(), Instant.MIN, Instant.MAX);

        assertEquals(List.of(
                new AuditEntry(v1.id(), 1, ALICE, REGISTERED_AT, "registered", GovernanceStep.PROJECT_OVERVIEW, 1,
                        v1.parts()),
                new AuditEntry(v1.id(), 2, BOB, later, "advanced the cycle: overview complete",
                        GovernanceStep.LAWS_AND_REGULATIONS, 1, v2.parts())), trail);
    }

    @Test
    void history_whenTimeRange_shouldHoldOnlyEntriesFromStartInclusiveToEndExclusive() {
        GovernanceProject project = registered(uniqueId("range"));
        Instant t1 = REGISTERED_AT.plusSeconds(10).plusNanos(1);
        Instant t2 = t1.plusNanos(1);
        Instant t3 = t2.plusSeconds(3600);
        project = saved(project.addService(service("at-t1")).orElseThrow(), "t1", t1);
        project = saved(project.addService(service("at-t2")).orElseThrow(), "t2", t2);
        saved(project.addService(service("at-t3")).orElseThrow(), "t3", t3);

        List<String> between = history().history(project.id(), t1, t3).stream().map(AuditEntry::summary).toList();
        List<String> fromT2 = history().history(project.id(), t2, Instant.MAX).stream().map(AuditEntry::summary)
                .toList();
        List<String> beforeT1 = history().history(project.id(), Instant.MIN, t1).stream().map(AuditEntry::summary)
                .toList();

        assertEquals(List.of("t1", "t2"), between);
        assertEquals(List.of("t2", "t3"), fromT2);
        assertEquals(List.of("registered"), beforeT1);
    }

    @Test
    void history_afterLaterSaves_shouldKeepEarlierEntriesUnchanged() {
        GovernanceProject v1 = registered(uniqueId("append-only"));
        List<AuditEntry> before = history().history(v1.id(), Instant.MIN, Instant.MAX);

        GovernanceProject v2 = saved(v1.addService(service("later")).orElseThrow(), "later", REGISTERED_AT);
        saved(v2.removeService(ServiceId.of("later")).orElseThrow(), "removed again", REGISTERED_AT);

        List<AuditEntry> after = history().history(v1.id(), Instant.MIN, Instant.MAX);
        assertEquals(3, after.size());
        assertEquals(before, after.subList(0, 1));
        assertEquals(v2.parts(), after.get(1).parts());
    }

    @Test
    void history_whenASaveFails_shouldAppendNothing() {
        GovernanceProject v1 = registered(uniqueId("failed-save"));
        saved(v1.addService(service("winner")).orElseThrow(), "winner", REGISTERED_AT);

        projects().save(v1.addService(service("loser")).orElseThrow(), change("loser", REGISTERED_AT));
        projects().save(smallProject(v1.id()), change("duplicate", REGISTERED_AT));

        List<String> summaries = history().history(v1.id(), Instant.MIN, Instant.MAX).stream()
                .map(AuditEntry::summary).toList();
        assertEquals(List.of("registered", "winner"), summaries);
    }

    @Test
    void history_whenProjectUnknown_shouldBeEmpty() {
        assertEquals(List.of(), history().history(uniqueId("unknown"), Instant.MIN, Instant.MAX));
    }

    @Test
    void history_whenRangeIsEmpty_shouldBeEmpty() {
        GovernanceProject project = registered(uniqueId("empty-range"));

        assertFalse(history().history(project.id(), Instant.MIN, Instant.MAX).isEmpty());
        assertEquals(List.of(), history().history(project.id(), REGISTERED_AT, REGISTERED_AT));
    }

    private static void assertFailure(Result.Reason reason, Result<?> result) {
        Result.Failure<?> failure = assertInstanceOf(Result.Failure.class, result);
        assertEquals(reason, failure.reason(), failure::message);
    }
}
