package org.citygov.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.adapter.persistence.linkage.InMemoryLinkageLog;
import org.citygov.adapter.persistence.linkage.JdbcLinkageLog;
import org.citygov.adapter.persistence.linkage.SigningKeys;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LinkageChain;
import org.citygov.domain.linkage.LinkageRecord;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.linkage.LogVerifier;
import org.citygov.domain.linkage.Obligation;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;
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

/**
 * Data-linkage enforcement: decision latency over 1,000 rules (a synthetic project of 1,000 flows, each with one
 * consent rule) and 100,000 consent records; linkage-log appends in memory and durable (H2, PostgreSQL) with group
 * commit; full verification of 1,000,000 entries. Run with 1 and 2 threads:
 * {@code scripts/bench LinkageBenchmark -f 1 -wi 2 -i 3 -t 1} and {@code -t 2}; decision latency with
 * {@code -bm sample -tu ns}.
 */
public class LinkageBenchmark {

    /** The compiled policy of 1,000 rules and the 100,000 consents; requests cycle over permits and denials. */
    @State(Scope.Benchmark)
    public static class Policy {
        DecisionPoint point;
        LinkageRequest[] requests;

        @Setup(Level.Trial)
        public void compile() {
            SyntheticCity city = SyntheticCity.of(1000);
            point = new DecisionPoint(new ConsentRegistry());
            point.compile(city.project(), ProjectAssessment.of(city.project(), city.edition()));
            for (int s = 0; s < 100_000; s++) {
                int flow = s % 1000;
                point.consents().grant(SubjectId.of("subject-" + s), city.project().id(), SyntheticCity.asset(flow),
                        PurposeKind.RESEARCH, Instant.EPOCH);
            }
            requests = new LinkageRequest[4096];
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < requests.length; i++) {
                int s = random.nextInt(120_000);
                int flow = s % 1000;
                requests[i] = LinkageRequest.forSubject(city.project().id(), SyntheticCity.party(flow),
                        SyntheticCity.asset(flow), PurposeKind.RESEARCH, SubjectId.of("subject-" + s),
                        Set.of("field"));
            }
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision decide(Policy policy, Cursor cursor) {
        LinkageRequest request = policy.requests[cursor.next++ & 4095];
        return policy.point.decide(request);
    }

    /** The log under appends: in memory, H2 file (WRITE_DELAY=0) or PostgreSQL (synchronous_commit=on). */
    @State(Scope.Benchmark)
    public static class Log {
        @Param({"memory", "h2", "postgresql"})
        public String store;

        org.citygov.application.port.out.LinkageLog log;
        Database database;
        EmbeddedPostgres postgres;
        Path directory;
        LinkageRecord record;

        @Setup(Level.Trial)
        public void open() throws Exception {
            KeyPair keys = SigningKeys.generate();
            switch (store) {
                case "memory" -> log = new InMemoryLinkageLog(keys, Instant::now);
                case "h2" -> {
                    directory = Files.createTempDirectory("citygov-linkage-bench");
                    database = Database.embedded(directory);
                    log = JdbcLinkageLog.open(database.dataSource(), keys, Instant::now);
                }
                default -> {
                    postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
                    database = Database.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                            "postgres");
                    log = JdbcLinkageLog.open(database.dataSource(), keys, Instant::now);
                }
            }
            record = SyntheticCity.record(1);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            if (log instanceof JdbcLinkageLog jdbc) {
                jdbc.close();
            }
            if (database != null) {
                database.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** 64 appends in flight per thread, then wait for all: what a busy city OS does with group commit. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @org.openjdk.jmh.annotations.OperationsPerInvocation(64)
    public void append(Log log) {
        List<CompletableFuture<LogEntry>> inFlight = new ArrayList<>(64);
        for (int i = 0; i < 64; i++) {
            inFlight.add(log.log.append(log.record));
        }
        inFlight.forEach(CompletableFuture::join);
    }

    /** 1,000,000 entries with a signed head every 10,000, to be verified whole. */
    @State(Scope.Benchmark)
    public static class FullLog {
        List<LogEntry> entries;
        List<SignedTreeHead> heads;
        KeyPair keys;

        @Setup(Level.Trial)
        public void fill() {
            keys = SigningKeys.generate();
            LinkageChain chain = new LinkageChain();
            entries = new ArrayList<>(1_000_000);
            heads = new ArrayList<>();
            for (int batch = 0; batch < 100; batch++) {
                List<LinkageRecord> records = new ArrayList<>(10_000);
                for (int i = 0; i < 10_000; i++) {
                    records.add(SyntheticCity.record(batch * 10_000 + i));
                }
                List<LogEntry> prepared = chain.prepare(records);
                chain.commit(prepared);
                entries.addAll(prepared);
                heads.add(chain.signHead(Instant.now(), keys.getPrivate()));
            }
        }
    }

    /**
     * The whole check of 1,000,000 entries (leaf and chain hashes, links, Merkle root, 100 signed heads), in parallel on
     * the common fork-join pool, so on every core the JVM is given. For the one-core figure run the same benchmark
     * under {@code taskset -c 0} (docs/benchmarks.md).
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object verifyMillion(FullLog log) {
        return LogVerifier.verify(log.entries, log.heads, log.keys.getPublic(), Optional.empty());
    }

    /** A project of n flows, each to its own party, each with a consent rule in force and a retention rule. */
    record SyntheticCity(org.citygov.domain.project.GovernanceProject project,
                         org.citygov.domain.catalogue.CatalogueEdition edition) {

        static StakeholderId party(int i) {
            return StakeholderId.of("party-" + i);
        }

        static DataAssetId asset(int i) {
            return DataAssetId.of("asset-" + i);
        }

        static LinkageRecord record(int i) {
            LinkageRequest request = LinkageRequest.forSubject(ProjectId.of("city"), party(i % 1000), asset(i % 1000),
                    PurposeKind.RESEARCH, SubjectId.of("subject-" + i), Set.of("age", "score"));
            Decision decision = new Decision(Decision.Outcome.PERMIT, List.of(Obligation.pseudonymize()),
                    Optional.of(DataFlowId.of("flow-" + (i % 1000))), List.of(), List.of(), "benchmark", 1);
            return LinkageRecord.decision(request, decision, Instant.EPOCH.plusSeconds(i));
        }

        static SyntheticCity of(int n) {
            return SyntheticCityBuilder.build(n);
        }
    }
}
