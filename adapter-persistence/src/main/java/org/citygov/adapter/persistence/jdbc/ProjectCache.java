package org.citygov.adapter.persistence.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;

/**
 * Projects already read and checked, by id and version, so that a read of an unchanged project skips parsing and
 * validating its stored document. A version of a project never changes once stored (every save stores a new version),
 * so an entry is right for as long as its version is the stored one: {@link JdbcProjects#find} asks the database for
 * the stored version first (one indexed {@code SELECT version}) and uses the entry only when it matches. A save by this
 * process or any other that shares the database is therefore seen by the next read, here or on any other server;
 * saves here also evict their project at once.
 *
 * <p>Bounded: at most {@code capacity} projects, the least recently read evicted first. Capacity 0 turns caching off.
 * Thread-safe.
 */
public final class ProjectCache {

    /**
     * Projects kept unless configured otherwise (CityGov default; the CLI's {@code --project-cache-size}, environment
     * {@code CITYGOV_PROJECT_CACHE_SIZE} or config key {@code project-cache-size}).
     */
    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final Map<ProjectId, GovernanceProject> projects;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public ProjectCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache capacity is 0 or more, got " + capacity);
        }
        this.capacity = capacity;
        this.projects = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ProjectId, GovernanceProject> eldest) {
                return size() > ProjectCache.this.capacity;
            }
        };
    }

    /** The project at {@code version}, if it is held. */
    public Optional<GovernanceProject> get(ProjectId id, long version) {
        GovernanceProject held;
        synchronized (projects) {
            held = projects.get(id);
        }
        if (held != null && held.version() == version) {
            hits.increment();
            return Optional.of(held);
        }
        misses.increment();
        return Optional.empty();
    }

    /** Keeps a project as it was read from the database. */
    public void put(GovernanceProject project) {
        if (capacity == 0) {
            return;
        }
        synchronized (projects) {
            GovernanceProject held = projects.get(project.id());
            if (held == null || held.version() <= project.version()) {
                projects.put(project.id(), project);
            }
        }
    }

    /** Forgets a project (it was saved: its held version is no longer the stored one). */
    public void evict(ProjectId id) {
        synchronized (projects) {
            projects.remove(id);
        }
    }

    public int size() {
        synchronized (projects) {
            return projects.size();
        }
    }

    public int capacity() {
        return capacity;
    }

    /** Reads answered from the cache. */
    public long hits() {
        return hits.sum();
    }

    /** Reads that had to load and check the stored document. */
    public long misses() {
        return misses.sum();
    }
}
