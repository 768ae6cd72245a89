package org.citygov.adapter.persistence.jdbc;

import static org.citygov.adapter.persistence.ProjectSamples.ALICE;
import static org.citygov.adapter.persistence.ProjectSamples.BOB;
import static org.citygov.adapter.persistence.ProjectSamples.REGISTERED_AT;
import static org.citygov.adapter.persistence.ProjectSamples.newProject;
import static org.citygov.adapter.persistence.ProjectSamples.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * Parsed projects are cached by id and version; every read checks the stored version first, so a save by this or
 * another server (another pool on the same PostgreSQL) is seen by the next read.
 */
class ProjectCacheTest {

    @TempDir
    Path temp;

    private static GovernanceProject register(JdbcProjects projects, ProjectId id) {
        return projects.save(newProject(id), new ProjectChange(ALICE, REGISTERED_AT, "registered")).orElseThrow();
    }

    private static GovernanceProject advance(JdbcProjects projects, GovernanceProject project) {
        Instant later = REGISTERED_AT.plusSeconds(3600);
        return projects.save(project.advanceCycle(BOB, later, "overview agreed").orElseThrow(),
                new ProjectChange(BOB, later, "advanced the cycle")).orElseThrow();
    }

    @Test
    void find_whenReadTwiceUnchanged_shouldParseOnceAndAnswerTheSecondFromTheCache() {
        ProjectCache cache = new ProjectCache(10);
        try (Database database = Database.embedded(temp)) {
            JdbcProjects projects = new JdbcProjects(database.dataSource(), cache);
            ProjectId id = uniqueId("cached");
            register(projects, id);

            GovernanceProject first = projects.find(id).orElseThrow();
            GovernanceProject second = projects.find(id).orElseThrow();

            assertEquals(1, cache.misses());
            assertEquals(1, cache.hits());
            assertSame(first, second);
        }
    }

    @Test
    void find_whenSavedSinceTheLastRead_shouldMissAndReturnTheNewVersion() {
        ProjectCache cache = new ProjectCache(10);
        try (Database database = Database.embedded(temp)) {
            JdbcProjects projects = new JdbcProjects(database.dataSource(), cache);
            ProjectId id = uniqueId("saved");
            GovernanceProject v1 = register(projects, id);
            projects.find(id).orElseThrow();

            advance(projects, v1);
            GovernanceProject read = projects.find(id).orElseThrow();

            assertEquals(2, read.version());
            assertEquals(2, cache.misses());
            assertEquals(0, cache.hits());
            assertEquals(projects.find(id).orElseThrow().cycle(), read.cycle());
            assertEquals(1, cache.hits());
        }
    }

    @Test
    void put_whenMoreProjectsThanTheCapacityAreRead_shouldEvictTheLeastRecentlyRead() {
        ProjectCache cache = new ProjectCache(2);
        try (Database database = Database.embedded(temp)) {
            JdbcProjects projects = new JdbcProjects(database.dataSource(), cache);
            ProjectId a = uniqueId("lru-a");
            ProjectId b = uniqueId("lru-b");
            ProjectId c = uniqueId("lru-c");
            for (ProjectId id : new ProjectId[] {a, b, c}) {
                register(projects, id);
            }
            projects.find(a);
            projects.find(b);
            projects.find(a);                 // a is now the most recently read
            projects.find(c);                 // evicts b

            assertEquals(2, cache.size());
            long misses = cache.misses();
            projects.find(a);
            assertEquals(misses, cache.misses(), "a was kept");
            projects.find(b);
            assertEquals(misses + 1, cache.misses(), "b was evicted");
        }
    }

    @Test
    void find_whenTheCapacityIsZero_shouldKeepNothing() {
        ProjectCache cache = new ProjectCache(0);
        try (Database database = Database.embedded(temp)) {
            JdbcProjects projects = new JdbcProjects(database.dataSource(), cache);
            ProjectId id = uniqueId("uncached");
            register(projects, id);

            assertEquals(projects.find(id), projects.find(id));
            assertEquals(0, cache.size());
            assertEquals(0, cache.hits());
        }
    }

    @Test
    void embedded_whenOpenedWithACacheSizeOrWithout_shouldUseItOrTheDefault(@TempDir
                                                                            Path dir) {
        try (Database sized = Database.embedded(dir.resolve("sized"), 25);
             Database plain = Database.embedded(dir.resolve("plain"))) {
            assertEquals(25, sized.projectCache().capacity());
            assertEquals(ProjectCache.DEFAULT_CAPACITY, plain.projectCache().capacity());
        }
        assertThrows(IllegalArgumentException.class, () -> new ProjectCache(-1));
    }

    @Test
    void find_whenAnotherServerSavesOnTheSamePostgres_shouldSeeItAtTheNextReadAndNotServeTheCachedVersion() {
        String url = EmbeddedPostgresServer.newDatabase("cache");
        try (Database serverA = Database.postgres(url, EmbeddedPostgresServer.user(),
                EmbeddedPostgresServer.password());
             Database serverB = Database.postgres(url, EmbeddedPostgresServer.user(),
                     EmbeddedPostgresServer.password())) {
            JdbcProjects onA = serverA.projects();
            JdbcProjects onB = serverB.projects();
            ProjectId id = uniqueId("shared");
            GovernanceProject v1 = register(onA, id);
            assertEquals(1, onB.find(id).orElseThrow().version());
            assertEquals(1, onB.find(id).orElseThrow().version());
            long hitsOnB = serverB.projectCache().hits();
            assertTrue(hitsOnB >= 1, "the second read on B came from its cache");

            GovernanceProject v2 = advance(onA, v1);
            GovernanceProject seenByB = onB.find(id).orElseThrow();

            assertEquals(2, seenByB.version());
            assertEquals(v2.cycle().step(), seenByB.cycle().step());
            assertEquals(hitsOnB, serverB.projectCache().hits(), "the version-1 entry was not served");

        }
    }
}
