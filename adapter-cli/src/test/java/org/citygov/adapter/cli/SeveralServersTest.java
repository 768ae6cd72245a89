package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.application.input.Parsed;
import org.citygov.application.input.Syntax;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.DecideLinkage;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.scenario.PartReader;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.access.Role;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentRecord;
import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Several servers in front of one PostgreSQL (issue 16): two composition roots that share nothing but the database
 * (and the signing key file) decide, log and follow each other's consents and rules; a server in a child process
 * killed with SIGKILL mid-stream loses nothing it acknowledged. The servers log in as a role that may read and write
 * rows but not create or alter tables; the schema is migrated by the owner with {@code citygov db migrate}.
 */
class SeveralServersTest {

    private static final ProjectId FRAILTY = ProjectId.of("kashiwanoha-frailty");
    private static final ProjectId CAMERAS = ProjectId.of("kashiwanoha-ai-cameras");
    private static final SubjectId HANAKO = SubjectId.of("resident-0042");
    private static final DataAssetId RESEARCH = DataAssetId.of("research-dataset");
    private static final Authenticate.Caller OPERATOR = new Authenticate.Caller("operator", Role.ADMIN);
    private static final String SERVER_ROLE_PASSWORD = "server-secret";
    /** A bound against a hang, never a measure of speed: changes usually arrive within milliseconds. */
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgres postgres;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on").start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    /** A new database, migrated by its owner, and a server role (no DDL rights) granted what a server needs. */
    private static String[] migratedDatabaseAndServerRole() throws SQLException {
        int n = DATABASES.incrementAndGet();
        String database = "several_" + n;
        String role = "citygov_server_" + n;
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + SERVER_ROLE_PASSWORD + "'");
        }
        String url = url(database);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out, true), new PrintWriter(err, true),
                "db", "migrate", "--jdbc-url", url, "--jdbc-user", "postgres", "--grant-to", role);
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("migrated: schema version"), out.toString());
        return new String[] {url, role};
    }

    /** The database's URL naming no user (the zonky URL carries user=postgres, which would win over --jdbc-user). */
    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static CompositionRoot server(String url, String role, Path keyFile) {
        return CompositionRoot.postgres(url, role, SERVER_ROLE_PASSWORD, keyFile, false);
    }

    private static void register(CompositionRoot root, String example) throws IOException {
        ScenarioReading.Valid valid = assertInstanceOf(ScenarioReading.Valid.class, new ScenarioLoader().read(
                Files.readString(Path.of("..", "examples", example + ".json")), Syntax.JSON));
        root.importScenario().importScenario(new ImportScenario.Command(valid.scenario(), Actor.of("admin"), Role.ADMIN))
                .orElseThrow();
    }

    private static LinkageRequest research(SubjectId subject) {
        return LinkageRequest.forSubject(FRAILTY, StakeholderId.of("university"), RESEARCH, PurposeKind.RESEARCH,
                subject, Set.of("age", "frailty-score"));
    }

    private static LinkageRequest plazaImage() {
        return LinkageRequest.forSubject(CAMERAS, StakeholderId.of("developer"), DataAssetId.of("plaza-images"),
                PurposeKind.URBAN_PLANNING, SubjectId.of("visitor-1"), Set.of("image"));
    }

    private static Decision decided(CompositionRoot root, LinkageRequest request) {
        return root.linkage().decide().decide(request, OPERATOR).orElseThrow().decision();
    }

    /** Asks until the answer is {@code expected}, within a generous bound (the change is announced, or polled). */
    private static void eventually(Supplier<Decision.Outcome> decision, Decision.Outcome expected, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        Decision.Outcome last = null;
        while (System.nanoTime() < deadline) {
            last = decision.get();
            if (last == expected) {
                return;
            }
            Thread.sleep(20);
        }
        fail(what + ": still " + last + " after " + GENEROUS);
    }

    @Test
    void serve_whenTwoServersShareOneDatabase_shouldLogEveryDecisionOnceAndFollowEachOthersConsentsAndRules()
            throws Exception {
        String[] db = migratedDatabaseAndServerRole();
        Path keyFile = temp.resolve("shared").resolve("linkage-signing.key");
        try (CompositionRoot first = server(db[0], db[1], keyFile);
             CompositionRoot second = server(db[0], db[1], keyFile)) {
            first.linkage();
            second.linkage();

            // a project registered and a consent granted on the first server govern the second's decisions
            register(first, "kashiwanoha-frailty");
            ConsentRecord consent = first.linkage().rights().grantConsent(HANAKO, FRAILTY, RESEARCH,
                    PurposeKind.RESEARCH).orElseThrow();
            eventually(() -> decided(second, research(HANAKO)).outcome(), Decision.Outcome.PERMIT,
                    "the second server after the first registered the project and stored the consent");

            // decisions on both at once: every one acknowledged, each logged once, in one order the database decided
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<DecideLinkage.Logged>> decisions = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                CompositionRoot server = i % 2 == 0 ? first : second;
                decisions.add(clients.submit(() -> server.linkage().decide().decide(research(HANAKO), OPERATOR)
                        .orElseThrow()));
            }
            List<Long> sequences = new ArrayList<>();
            for (Future<DecideLinkage.Logged> decision : decisions) {
                DecideLinkage.Logged logged = decision.get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
                assertEquals(Decision.Outcome.PERMIT, logged.decision().outcome());
                sequences.add(logged.entry().sequence());
            }
            clients.shutdown();
            Collections.sort(sequences);
            assertEquals(80, sequences.stream().distinct().count(), "each decision has its own entry");
            long before = sequences.getFirst();
            assertEquals(before + 79, sequences.getLast().longValue(), "no gaps between them: " + sequences);

            // a withdrawal on the second server (of the consent granted on the first) is honoured by the first
            second.linkage().rights().withdrawConsent(HANAKO, consent.id()).orElseThrow();
            eventually(() -> decided(first, research(HANAKO)).outcome(), Decision.Outcome.DENY,
                    "the first server after the second stored the withdrawal");

            // a rule put in force on the first server governs the second's next decisions
            register(first, "kashiwanoha-ai-cameras");
            eventually(() -> decided(second, plazaImage()).outcome(), Decision.Outcome.PERMIT,
                    "the second server after the cameras project was registered on the first");
            putConsentRuleInForce(first);
            eventually(() -> decided(second, plazaImage()).outcome(), Decision.Outcome.DENY,
                    "the second server after a consent rule was put in force on the first");

            // both servers give the same signed head, and the whole log verifies with the one shared key
            assertEquals(first.linkage().audit().treeHead(), second.linkage().audit().treeHead());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out, true), new PrintWriter(err, true),
                "log", "verify", "--jdbc-url", db[0], "--jdbc-user", db[1], "--public-key",
                keyFile.resolveSibling("linkage-signing.key.pub").toString());
        assertEquals(0, status, out + "\n" + err);
        assertTrue(out.toString().startsWith("intact: "), out.toString());
    }

    private static void putConsentRuleInForce(CompositionRoot root) {
        Rule consentRule = assertInstanceOf(Parsed.Ok.class, new PartReader().rule("""
                {"id": "plaza-consent", "version": 1, "level": "PROGRAM", "kind": "CONSENT",
                 "text": "Images of visitors are taken only from visitors who opted in at the plaza kiosk.",
                 "appliesTo": ["capture-plaza"], "mitigates": ["SURVEILLANCE"], "status": "DRAFT",
                 "consentScope": ["COLLECTION"]}""", Syntax.JSON)).value() instanceof Rule r ? r : null;
        RuleId id = RuleId.of("plaza-consent");
        for (DesignRules.Change change : List.of(new DesignRules.Change.AddRule(consentRule),
                new DesignRules.Change.ApproveRule(id, LocalDate.of(2026, 6, 1)),
                new DesignRules.Change.PutInForce(id))) {
            root.designRules().design(new DesignRules.Command(CAMERAS, change, Actor.of("committee"),
                    Role.APPROVER, OptionalLong.empty())).orElseThrow();
        }
    }

    @Test
    void serverRole_whenGrantedByDbMigrate_shouldWriteRowsButNeitherCreateTablesNorRewriteTheAuditTrail()
            throws Exception {
        String[] db = migratedDatabaseAndServerRole();
        try (Connection server = DriverManager.getConnection(db[0], db[1], SERVER_ROLE_PASSWORD);
             Statement statement = server.createStatement()) {
            for (String ddl : List.of("CREATE TABLE intruder (id INTEGER)", "ALTER TABLE project ADD COLUMN x INTEGER",
                    "DROP TABLE linkage_log", "ALTER TABLE linkage_log DISABLE TRIGGER citygov_append_only",
                    "DELETE FROM project", "UPDATE audit_entry SET actor = 'nobody'",
                    "UPDATE consent_event SET subject = 'nobody'", "DELETE FROM linkage_tree_head")) {
                assertThrows(SQLException.class, () -> statement.execute(ddl), ddl);
            }
        }
        // the role can serve: open without migrating, store a project, decide and log
        try (CompositionRoot root = server(db[0], db[1], temp.resolve("linkage-signing.key"))) {
            register(root, "kashiwanoha-frailty");
            assertTrue(root.linkage().decide().decide(research(HANAKO), OPERATOR).isSuccess());
        }
    }

    @Test
    void serve_whenTheSchemaIsNotMigratedAndServeMayNotMigrate_shouldRefuseWithOneLineAndExit78()
            throws SQLException {
        String database = "unmigrated_" + DATABASES.incrementAndGet();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        StringWriter err = new StringWriter();

        int status = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "serve", "--port", "0", "--no-migrate", "--jdbc-url",
                url(database), "--jdbc-user", "postgres", "--signing-key",
                temp.resolve("k").toString());

        assertEquals(ServeCommand.SCHEMA_NOT_MIGRATED, status, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("run citygov db migrate"), err.toString());
    }

    @Test
    void dbMigrate_whenTheRoleMayNotCreateTablesOrTheGrantedRoleIsMissing_shouldSayWhyInOneLineAndExit73()
            throws SQLException {
        int n = DATABASES.incrementAndGet();
        String database = "refused_" + n;
        String role = "citygov_weak_" + n;
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + SERVER_ROLE_PASSWORD + "'");
            statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
        }
        // the role logs in (password in the URL) but owns nothing and may not create tables in schema public
        StringWriter weakErr = new StringWriter();
        int weak = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(weakErr, true), "db", "migrate", "--jdbc-url", url(database) + "?user=" + role
                        + "&password=" + SERVER_ROLE_PASSWORD, "--jdbc-user", role);
        StringWriter missingErr = new StringWriter();
        int missing = CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(missingErr, true), "db", "migrate", "--jdbc-url", url(database), "--jdbc-user",
                "postgres", "--grant-to", "no_such_role_" + n);

        assertEquals(CityGovCli.MIGRATION_FAILED, weak, weakErr.toString());
        assertEquals(1, weakErr.toString().strip().lines().count(), weakErr.toString());
        assertTrue(weakErr.toString().contains("could not be migrated"), weakErr.toString());
        assertEquals(CityGovCli.MIGRATION_FAILED, missing, missingErr.toString());
        assertEquals(1, missingErr.toString().strip().lines().count(), missingErr.toString());
        assertTrue(missingErr.toString().contains("no_such_role_" + n), missingErr.toString());
    }

    // ---- a server killed mid-stream --------------------------------------------------------------------------------

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String DECIDE = "{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\","
            + " \"asset\": \"research-dataset\", \"purpose\": \"RESEARCH\", \"subject\": \"resident-0042\","
            + " \"fields\": [\"age\", \"frailty-score\"]}";
    /** Kill the child after it acknowledged this many decisions: enough that it is killed while deciding. */
    private static final int ACKS_BEFORE_KILL = 30;

    @Test
    void serve_whenOneOfTwoServersIsKilledMidStream_shouldKeepEveryDecisionEitherAcknowledgedAndVerify()
            throws Exception {
        String[] db = migratedDatabaseAndServerRole();
        Path keyFile = temp.resolve("shared").resolve("linkage-signing.key");
        try (CompositionRoot survivor = server(db[0], db[1], keyFile)) {
            register(survivor, "kashiwanoha-frailty");
            survivor.linkage().rights().grantConsent(HANAKO, FRAILTY, RESEARCH, PurposeKind.RESEARCH).orElseThrow();
            String token = survivor.issueToken().issue(new IssueToken.Command("gateway", Role.ADMIN)).orElseThrow()
                    .token();
            CompositionRoot.HttpServer survivorHttp = survivor.startHttp("127.0.0.1", 0, 1 << 20, List.of(),
                    line -> { }, () -> true);
            Process child = startServer(db, keyFile);
            ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicInteger childAcks = new AtomicInteger();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            try {
                int childPort = port(child);
                // two clients per server, each sending one decision after another
                List<CompletableFuture<Void>> streams = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    streams.add(CompletableFuture.runAsync(() -> stream(client, childPort, token, acknowledged,
                            childAcks, Integer.MAX_VALUE)));
                    streams.add(CompletableFuture.runAsync(() -> stream(client, survivorHttp.port(), token,
                            acknowledged, new AtomicInteger(), 60)));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (childAcks.get() < ACKS_BEFORE_KILL) {
                    if (System.nanoTime() > deadline || !child.isAlive()) {
                        fail("the child server acknowledged only " + childAcks.get() + "; alive " + child.isAlive());
                    }
                    Thread.sleep(5);
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no drain, a batch may be cut mid-transaction
                assertEquals(137, child.waitFor(), "the child server was killed by SIGKILL");
                CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new)).get(180, TimeUnit.SECONDS);

                // the survivor goes on appending after the killed server's last commit
                long after = survivor.linkage().decide().decide(research(HANAKO), OPERATOR).orElseThrow().entry()
                        .sequence();
                assertTrue(acknowledged.stream().allMatch(s -> s < after), "appended after every acknowledged one");
            } finally {
                child.destroyForcibly();
                survivorHttp.stop(Duration.ZERO);
            }

            assertTrue(childAcks.get() >= ACKS_BEFORE_KILL);
            assertEquals(acknowledged.size(), acknowledged.stream().distinct().count(), "no entry acknowledged twice");
            for (long sequence : acknowledged) {
                var entry = survivor.linkage().audit().inclusionProof(sequence).orElseThrow().entry();
                assertEquals(HANAKO, entry.record().subject().orElseThrow(), "entry " + sequence);
            }
            assertEquals(LogVerification.Intact.class, survivor.linkage().audit().verify().getClass(),
                    "every stored entry, the killed server's included, is sealed and verifies");
        }
    }

    /** Sends decisions to one server until it fails (it was killed) or {@code limit} were acknowledged. */
    private static void stream(HttpClient client, int port, String token, ConcurrentLinkedQueue<Long> acknowledged,
                               AtomicInteger acks, int limit) {
        ObjectMapper json = new ObjectMapper();
        while (acks.get() < limit) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/linkage-decisions")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(DECIDE)).build();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                return; // the server is gone: nothing unacknowledged counts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (response.statusCode() != 200) {
                return;
            }
            try {
                JsonNode answer = json.readTree(response.body());
                acknowledged.add(answer.get("sequence").asLong());
                acks.incrementAndGet();
            } catch (IOException e) {
                throw new IllegalStateException(response.body(), e);
            }
        }
    }

    private Process startServer(String[] db, Path keyFile) throws IOException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), CityGovCli.class.getName(), "serve", "--port", "0",
                "--jdbc-url", db[0], "--jdbc-user", db[1], "--no-migrate", "--signing-key", keyFile.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(StoreOptions.PASSWORD_VARIABLE, SERVER_ROLE_PASSWORD);
        builder.environment().put("CITYGOV_DATA", temp.resolve("child-data").toString());
        return builder.start();
    }

    /** The port the child server says it serves on (its first line on standard error). */
    private static int port(Process child) throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    seen.add(line);
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        port.complete(Integer.parseInt(serving.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            port.completeExceptionally(new AssertionError("the child server did not start: " + seen));
        });
        return port.get(180, TimeUnit.SECONDS);
    }
}
