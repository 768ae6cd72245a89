package org.citygov.adapter.cli.root;

import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.citygov.adapter.persistence.linkage.InMemoryLinkageLog;
import org.citygov.adapter.persistence.linkage.JdbcLinkageLog;
import org.citygov.adapter.persistence.linkage.SigningKeys;
import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.DecideLinkage;
import org.citygov.application.port.in.ExerciseRights;
import org.citygov.application.service.LinkageService;
import org.citygov.application.service.StoreFollower;
import org.citygov.domain.linkage.LogKeys;
import org.citygov.domain.linkage.ConsentRegistry;
import org.citygov.domain.linkage.DecisionPoint;
import org.citygov.domain.linkage.LogVerification;
import org.citygov.domain.linkage.SignedTreeHead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.citygov.adapter.persistence.file.FileApiTokens;
import org.citygov.adapter.persistence.memory.InMemoryApiTokens;
import org.citygov.adapter.rest.RestApi;
import org.citygov.adapter.rest.RestSettings;
import org.citygov.adapter.rest.UseCases;
import java.util.Objects;

import org.citygov.adapter.persistence.catalogue.BundledCatalogue;
import org.citygov.adapter.persistence.catalogue.FileCatalogue;
import org.citygov.adapter.persistence.jdbc.Database;
import org.citygov.adapter.persistence.jdbc.ProjectCache;
import org.citygov.adapter.persistence.memory.InMemoryConsentRecords;
import org.citygov.adapter.persistence.memory.InMemoryCorrectionRequests;
import org.citygov.adapter.persistence.memory.InMemoryAlerts;
import org.citygov.adapter.persistence.memory.InMemoryPlatforms;
import org.citygov.adapter.persistence.memory.InMemoryProjects;
import org.citygov.adapter.persistence.memory.InMemoryPublications;
import org.citygov.application.input.Problem;
import org.citygov.application.port.in.AssessPlatform;
import org.citygov.application.port.in.AssessProject;
import org.citygov.application.port.in.Authenticate;
import org.citygov.application.port.in.IssueToken;
import org.citygov.application.port.in.ManageTokens;
import org.citygov.application.port.in.ChangeProject;
import org.citygov.application.port.in.DesignRules;
import org.citygov.application.port.in.EvaluateProject;
import org.citygov.application.port.in.ImportScenario;
import org.citygov.application.port.in.MoveCycle;
import org.citygov.application.port.in.RecordEngagement;
import org.citygov.application.port.in.PublishProject;
import org.citygov.application.port.in.RegisterProject;
import org.citygov.application.port.in.ReportProject;
import org.citygov.application.port.in.ViewCatalogue;
import org.citygov.application.port.in.ViewHistory;
import org.citygov.application.port.in.ViewProjects;
import org.citygov.application.port.out.ApiTokens;
import org.citygov.application.port.out.Catalogue;
import org.citygov.application.port.out.Clock;
import org.citygov.application.port.out.ConsentRecords;
import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.application.port.out.LinkageLog;
import org.citygov.application.port.out.RuleChanges;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Alerts;
import org.citygov.application.port.out.Platforms;
import org.citygov.application.port.out.Projects;
import org.citygov.application.port.out.Publications;
import org.citygov.application.service.AssessmentService;
import org.citygov.application.service.CatalogueService;
import org.citygov.application.service.GovernanceService;
import org.citygov.application.service.HistoryService;
import org.citygov.application.service.PlatformMarketService;
import org.citygov.application.service.IncidentDeskService;
import org.citygov.application.service.IncidentService;
import org.citygov.application.service.MonitoringService;
import org.citygov.application.service.MonitoringSettings;
import org.citygov.application.port.in.HandleIncidents;
import org.citygov.application.port.in.RecordIncidents;
import org.citygov.application.port.in.WatchLinkage;
import org.citygov.domain.catalogue.MonitoringThresholds;
import org.citygov.application.service.PlatformService;
import org.citygov.application.service.ReportService;
import org.citygov.application.service.ProjectService;
import org.citygov.application.service.TokenService;

/**
 * The one place that chooses implementations and wires them: out-port adapters into services, services behind the
 * in-ports the commands use. Nothing else in the adapters knows the services' classes.
 */
public final class CompositionRoot implements AutoCloseable {

    private static final String LINKAGE_KEY_FILE = "linkage-signing.key";
    private static final String TOKENS_FILE = "tokens.json";

    /**
     * What one kind of store holds, by name: its projects (and their history, the same object), the data platforms and
     * publications kept beside them, the API tokens, what to close when done, a description for messages, and how to
     * open the stores of data-linkage enforcement it keeps.
     */
    private record Store(Projects projects, ProjectHistory history, Platforms platforms, Publications publications,
                         Alerts alerts, ApiTokens tokens, AutoCloseable resources, String description,
                         Supplier<LinkageStores> linkageStores) {
        Store {
            Objects.requireNonNull(projects, "projects");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(platforms, "platforms");
            Objects.requireNonNull(publications, "publications");
            Objects.requireNonNull(alerts, "alerts");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(resources, "resources");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(linkageStores, "linkageStores");
        }

        /** A store whose projects and tokens are the given ones and whose other parts live in memory. */
        static <S extends Projects & ProjectHistory> Store withMemoryParts(S projects, ApiTokens tokens,
                                                                          AutoCloseable resources, String description,
                                                                          Clock clock) {
            return new Store(projects, projects, new InMemoryPlatforms(), new InMemoryPublications(),
                    new InMemoryAlerts(), tokens,
                    resources, description, () -> inMemoryLinkageStores(clock));
        }
    }

    /** The services over one store, each built once, when the root is. */
    private record Services(ProjectService projects, AssessmentService assessment, GovernanceService governance,
                            HistoryService history, CatalogueService catalogue, TokenService tokens,
                            ReportService reports, PlatformService platforms,
                            IncidentService incidents) {
    }

    private final Store store;
    private final Clock clock;
    /**
     * Watches every decision the linkage services made here log (issue 13); its alerts are kept in the store's alerts.
     * The one part that may be replaced, by {@link #monitoringWith} and only before any linkage service is wired.
     */
    private volatile MonitoringService monitoring;
    private final Catalogue catalogue;
    private final Services services;
    /** Where saved rule and project changes are announced: every linkage service made here listens. */
    private final List<RuleChanges> ruleListeners = new CopyOnWriteArrayList<>();
    private final RuleChanges ruleChanges = project -> ruleListeners.forEach(l -> l.changed(project));
    /** The one part opened on first use, see {@link LinkagePart}. */
    private final LinkagePart linkagePart = new LinkagePart();

    /** Parsed projects a database's reads share unless told otherwise (a CityGov default; 0 turns the cache off). */
    public static final int DEFAULT_PROJECT_CACHE_SIZE = ProjectCache.DEFAULT_CAPACITY;

    /** How often a server on a shared database looks for changes other servers stored, when none was announced. */
    public static final java.time.Duration FOLLOW_POLL = java.time.Duration.ofMillis(500);

    /**
     * The stores of data-linkage enforcement, how to close them (before the database they live in), and, for a
     * database several processes share, the changes the others store.
     */
    private record LinkageStores(LinkageLog log, ConsentRecords consents, CorrectionRequests corrections,
                                 AutoCloseable closer, Optional<org.citygov.application.port.out.StoreChanges> shared) {
    }

    private CompositionRoot(Store store, Clock clock, Catalogue catalogue) {
        this.store = store;
        this.clock = clock;
        this.catalogue = catalogue;
        this.services = new Services(new ProjectService(store.projects(), clock, catalogue, ruleChanges),
                new AssessmentService(store.projects(), clock, catalogue),
                new GovernanceService(store.projects(), clock, catalogue, ruleChanges),
                new HistoryService(store.projects(), store.history()),
                new CatalogueService(catalogue),
                new TokenService(store.tokens(), clock),
                new ReportService(store.projects(), store.history(), clock, catalogue, store.publications()),
                new PlatformService(catalogue, clock),
                new IncidentService(store.projects(), catalogue, clock));
        this.monitoring = new MonitoringService(catalogue.edition().cityGovDefaults().monitoring(), store.alerts(),
                clock);
    }

    /** Projects kept in memory for the life of the process: enough for one-shot commands such as assess. */
    public static CompositionRoot inMemory() {
        return inMemory(Clock.system());
    }

    /** In memory, with a clock of the caller's: simulations drive time themselves (examples/simulation). */
    public static CompositionRoot inMemory(Clock clock) {
        return new CompositionRoot(Store.withMemoryParts(new InMemoryProjects(), new InMemoryApiTokens(), () -> { },
                "projects and API tokens in memory", clock), clock, new BundledCatalogue());
    }

    /**
     * Projects in the embedded H2 database in {@code dataDirectory}, created and migrated if need be; API tokens (their
     * hashes) in {@code dataDirectory/tokens.json}.
     */
    public static CompositionRoot embedded(Path dataDirectory) {
        return embedded(dataDirectory, ProjectCache.DEFAULT_CAPACITY);
    }

    /** As {@link #embedded(Path)}, reads sharing a cache of {@code projectCacheSize} parsed projects (0: none). */
    public static CompositionRoot embedded(Path dataDirectory, int projectCacheSize) {
        Database database = StartupFailure.translated(() -> Database.embedded(dataDirectory, projectCacheSize));
        Path tokens = dataDirectory.resolve(TOKENS_FILE);
        Clock clock = Clock.system();
        return new CompositionRoot(new Store(database.projects(), database.projects(), database.platforms(),
                database.publications(), database.alerts(), new FileApiTokens(tokens), database, database + ", API tokens in " + tokens,
                () -> durableLinkageStores(database, linkageKeyFile(dataDirectory), clock)), clock,
                new BundledCatalogue());
    }

    /**
     * The linkage log (opened, and verified, in the database; its tree heads signed with the key in
     * {@code signingKeyFile}, created with its {@code .pub} beside it if missing, and checked with that key and the
     * keys it replaced) and the consents and correction requests, all in {@code database}. On PostgreSQL, which
     * several servers share, also the changes the others store.
     */
    private static LinkageStores durableLinkageStores(Database database, Path signingKeyFile, Clock clock) {
        SigningKeys.KeyRing keys = SigningKeys.loadOrCreateRing(signingKeyFile);
        JdbcLinkageLog log = JdbcLinkageLog.open(database.dataSource(), keys.current(), keys.trusted(), clock);
        return new LinkageStores(log, database.consentRecords(), database.correctionRequests(), log,
                database.shared() ? Optional.of(database.storeChanges()) : Optional.empty());
    }

    private static LinkageStores inMemoryLinkageStores(Clock clock) {
        return new LinkageStores(new InMemoryLinkageLog(SigningKeys.generate(), clock), new InMemoryConsentRecords(),
                new InMemoryCorrectionRequests(), () -> { }, Optional.empty());
    }

    /**
     * Projects and API tokens (their hashes) in a PostgreSQL database, migrated to the latest schema on open: every
     * server in front of the database sees the same tokens, and {@code citygov token … --jdbc-url} manages them while
     * servers run.
     */
    public static CompositionRoot postgres(String jdbcUrl, String user, String password) {
        return postgres(jdbcUrl, user, password, linkageKeyFile(defaultDataDirectory()));
    }

    /**
     * As {@link #postgres(String, String, String)}, the linkage log's tree heads signed with the key in
     * {@code signingKeyFile} (created, with its {@code .pub}, if missing). The key stays outside the database, so
     * whoever can write the database cannot sign a rewritten log. One process appends to a log at a time.
     */
    public static CompositionRoot postgres(String jdbcUrl, String user, String password, Path signingKeyFile) {
        return postgres(jdbcUrl, user, password, signingKeyFile, true);
    }

    /**
     * As {@link #postgres(String, String, String, Path)}; with {@code migrate} false the schema is only validated
     * (nothing is created or altered), so the user may be a role that only reads and writes rows, the migrations
     * having been run by the owner ({@link #migrateDatabase}). Every server in front of one database must be given
     * the same signing key file; each follows the consents and rule changes the others store.
     */
    public static CompositionRoot postgres(String jdbcUrl, String user, String password, Path signingKeyFile,
                                           boolean migrate) {
        return postgres(jdbcUrl, user, password, signingKeyFile, migrate, ProjectCache.DEFAULT_CAPACITY);
    }

    /**
     * As {@link #postgres(String, String, String, Path, boolean)}, reads sharing a cache of {@code projectCacheSize}
     * parsed projects (0: none).
     */
    public static CompositionRoot postgres(String jdbcUrl, String user, String password, Path signingKeyFile,
                                           boolean migrate, int projectCacheSize) {
        Database database;
        try {
            database = StartupFailure.translated(() -> Database.postgres(jdbcUrl, user, password,
                    migrate ? Database.Schema.MIGRATE : Database.Schema.VALIDATE, projectCacheSize));
        } catch (Database.SchemaNotMigrated e) {
            throw new SchemaNotMigrated(e.getMessage(), e);
        } catch (Database.MigrationFailed e) {
            throw StartupFailure.migrationFailed(e);
        }
        Clock clock = Clock.system();
        return new CompositionRoot(new Store(database.projects(), database.projects(), database.platforms(),
                database.publications(), database.alerts(), database.apiTokens(), database, database + ", API tokens in the same database",
                () -> durableLinkageStores(database, signingKeyFile, clock)), clock, new BundledCatalogue());
    }

    /**
     * Only the API tokens of a PostgreSQL database, for {@code citygov token --jdbc-url}: the database is opened (and
     * migrated) like {@link #postgres}, and PostgreSQL, unlike the embedded H2 file, serves many processes at once.
     */
    public static CompositionRoot tokensOnlyPostgres(String jdbcUrl, String user, String password) {
        Database database = StartupFailure.translated(() -> Database.postgres(jdbcUrl, user, password));
        Clock clock = Clock.system();
        return new CompositionRoot(Store.withMemoryParts(new InMemoryProjects(), database.apiTokens(), database,
                "API tokens in " + database, clock), clock, new BundledCatalogue());
    }

    /**
     * Only the API tokens in {@code dataDirectory/tokens.json}, for {@code citygov token}: it must work while
     * {@code citygov serve} holds the embedded database open, so it does not open the database at all.
     */
    public static CompositionRoot tokensOnly(Path dataDirectory) {
        Path tokens = dataDirectory.resolve(TOKENS_FILE);
        Clock clock = Clock.system();
        return new CompositionRoot(Store.withMemoryParts(new InMemoryProjects(), new FileApiTokens(tokens), () -> { },
                "API tokens in " + tokens, clock), clock, new BundledCatalogue());
    }

    /** The file of the Ed25519 key that signs the linkage log's tree heads, in a data directory. */
    public static Path linkageKeyFile(Path dataDirectory) {
        return dataDirectory.resolve(LINKAGE_KEY_FILE);
    }

    /**
     * Checks the whole linkage log in the embedded database of {@code dataDirectory} (or in PostgreSQL, when
     * {@code jdbcUrl} is given) against {@code key} and, when given, a head kept outside the store ({@code trusted}).
     */
    public static LogVerification verifyLinkageLog(Path dataDirectory, Optional<String> jdbcUrl, String user,
                                                   String password, PublicKey key, Optional<SignedTreeHead> trusted) {
        return verifyLinkageLog(dataDirectory, jdbcUrl, user, password, LogKeys.of(key), trusted);
    }

    /** As {@link #verifyLinkageLog(Path, Optional, String, String, PublicKey, Optional)}, with several trusted keys. */
    public static LogVerification verifyLinkageLog(Path dataDirectory, Optional<String> jdbcUrl, String user,
                                                   String password, LogKeys keys, Optional<SignedTreeHead> trusted) {
        // verification only reads: it never migrates a shared database
        try (Database database = StartupFailure.translated(() -> jdbcUrl.isPresent()
                ? Database.postgres(jdbcUrl.get(), user, password, Database.Schema.VALIDATE)
                : Database.embedded(dataDirectory))) {
            return JdbcLinkageLog.verify(database.dataSource(), keys, trusted);
        }
    }

    /**
     * {@code citygov db migrate}: creates or upgrades the schema of a PostgreSQL database as {@code user} (the role
     * that owns the tables) and, when {@code serverRole} is given, grants that role what a server needs and no more:
     * reading and inserting rows, updating only the tables whose rows change. Returns the schema version.
     */
    public static String migrateDatabase(String jdbcUrl, String user, String password, Optional<String> serverRole) {
        try (Database database = StartupFailure.translated(() -> Database.postgres(jdbcUrl, user, password,
                Database.Schema.MIGRATE))) {
            serverRole.ifPresent(database::grantServerRights);
            return database.schemaVersion();
        } catch (Database.MigrationFailed e) {
            throw StartupFailure.migrationFailed(e);
        }
    }

    /**
     * Replaces the signing key in {@code keyFile} with a new one, keeping the old public keys in the file so that
     * every head signed so far still verifies; returns the ids of the new key and of the one it replaced.
     */
    public static List<String> rotateLinkageKey(Path keyFile) {
        String old = SigningKeys.loadRing(keyFile).currentId();
        return List.of(SigningKeys.rotate(keyFile).currentId(), old);
    }

    /**
     * The operator's explicit seal of an unsigned tail ({@code citygov log seal-tail}): signs, with the key in the data
     * directory, a head over the log in the embedded database (or PostgreSQL) when entries {@code first} to
     * {@code last}, and only they, are covered by no signed head. See {@link JdbcLinkageLog#sealUnsignedTail}.
     */
    public static LogVerification sealLinkageLogTail(Path dataDirectory, Optional<String> jdbcUrl, String user,
                                                     String password, long first, long last) {
        return sealLinkageLogTail(dataDirectory, linkageKeyFile(dataDirectory), jdbcUrl, user, password, first, last);
    }

    /** As {@link #sealLinkageLogTail(Path, Optional, String, String, long, long)}, with the key in {@code keyFile}. */
    public static LogVerification sealLinkageLogTail(Path dataDirectory, Path keyFile, Optional<String> jdbcUrl,
                                                     String user, String password, long first, long last) {
        SigningKeys.KeyRing keys = SigningKeys.loadRing(keyFile);
        try (Database database = jdbcUrl.isPresent() ? Database.postgres(jdbcUrl.get(), user, password)
                : Database.embedded(dataDirectory)) {
            return JdbcLinkageLog.sealUnsignedTail(database.dataSource(), keys.current(), keys.trusted(),
                    Clock.system(), first, last);
        }
    }

    /** The key the linkage log's heads are checked with: the auditor's file, else the data directory's. */
    public static PublicKey linkagePublicKey(Path dataDirectory, Optional<Path> publicKey) {
        return SigningKeys.readPublic(publicKey.orElseGet(() -> SigningKeys.publicFile(linkageKeyFile(dataDirectory))));
    }

    /**
     * The keys the linkage log's heads are checked with: the auditor's public key files when given (the current key
     * and those it replaced), else those in the signing key file (its key and the keys it replaced), else its
     * {@code .pub}.
     */
    public static LogKeys linkagePublicKeys(Path keyFile, List<Path> publicKeys) {
        if (!publicKeys.isEmpty()) {
            return LogKeys.of(publicKeys.stream().map(SigningKeys::readPublic).toList());
        }
        if (java.nio.file.Files.isReadable(keyFile)) {
            return SigningKeys.loadRing(keyFile).trusted();
        }
        return LogKeys.of(SigningKeys.readPublic(SigningKeys.publicFile(keyFile)));
    }

    /**
     * Data-linkage enforcement over this root's projects with a log, consents and corrections in memory (signing key
     * made for the process), for tests and scripts: the decision point, citizens' rights and the auditor's view, one
     * service behind three in-ports. Every project is compiled, and recompiled whenever a saved change may change
     * what its rules decide.
     */
    public LinkageApi linkageInMemory() {
        return wireLinkage(inMemoryLinkageStores(clock));
    }

    /**
     * This root's data-linkage enforcement, opened on first use: for {@link #embedded} and {@link #postgres} the
     * JDBC linkage log (verified on open) with its signing key, and the consents and correction requests in the
     * same database, replayed into the decision point; in memory for {@link #inMemory}. Closed by {@link #close}.
     */
    public LinkageApi linkage() {
        return linkagePart.opened().api();
    }

    /**
     * The data-linkage part of the wiring, the one part not built with the root: opening it opens and verifies the
     * JDBC log (which may refuse), creates the signing key if missing and, on a shared database, starts following the
     * other servers, none of which the commands that never decide a linkage (import, export, history, …) may pay for
     * or fail on. It is opened at most once, then immutable ({@link Opened}), and closed with the root.
     */
    private final class LinkagePart {
        /** The opened linkage wiring, by name. */
        private record Opened(LinkageStores stores, LinkageApi api, PlatformMarketService market,
                              Optional<StoreFollower> follower) {
        }

        private Opened opened;
        private boolean closed;

        /** Whether the linkage service has been wired (it then reports to the monitor it found). */
        synchronized boolean wired() {
            return opened != null;
        }

        synchronized Opened opened() {
            if (closed) {
                throw new IllegalStateException("the composition root over " + store.description() + " is closed");
            }
            if (opened == null) {
                LinkageStores stores = store.linkageStores().get();
                LinkageService service = linkageService(stores);
                Optional<StoreFollower> follower = stores.shared().map(changes -> new StoreFollower(changes, service,
                        FOLLOW_POLL, warning -> System.err.println("citygov: " + warning)));
                opened = new Opened(stores, new LinkageApi(service, service, service),
                        new PlatformMarketService(store.platforms(), stores.log(), catalogue, clock), follower);
            }
            return opened;
        }

        /** Stops following, then stops the log's writer (storing what has queued); nothing when never opened. */
        void close() throws Exception {
            Opened toClose;
            synchronized (this) {
                toClose = opened;
                opened = null;
                closed = true;
            }
            if (toClose != null) {
                if (toClose.follower().isPresent()) {
                    toClose.follower().get().close();
                }
                toClose.stores().closer().close();
            }
        }
    }

    private LinkageApi wireLinkage(LinkageStores stores) {
        LinkageService service = linkageService(stores);
        return new LinkageApi(service, service, service);
    }

    private LinkageService linkageService(LinkageStores stores) {
        LinkageService service = new LinkageService(store.projects(), catalogue, stores.log(), stores.consents(),
                stores.corrections(), clock, new DecisionPoint(new ConsentRegistry()), monitoring);
        ruleListeners.add(service);
        service.compileAll();
        return service;
    }

    /** A PostgreSQL schema opened without migrating is behind (or differs from) what this CityGov needs. */
    public static final class SchemaNotMigrated extends IllegalStateException {
        SchemaNotMigrated(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Stored data platforms over this root's store, appending their agreements and delivery decisions to this root's
     * linkage log (opened with {@link #linkage()}).
     */
    private PlatformMarketService platformMarket() {
        return linkagePart.opened().market();
    }

    /** The linkage in-ports. */
    public record LinkageApi(DecideLinkage decide, ExerciseRights rights, AuditLinkageLog audit) {
    }

    /** Where the embedded database and the tokens live when the user names no directory: {@code ~/.citygov/data}. */
    public static Path defaultDataDirectory() {
        return Database.defaultDataDirectory();
    }

    /** Where this root keeps what it keeps, for messages and the server's first line. */
    public String description() {
        return store.description();
    }

    /** Stops the linkage log's writer (storing what has queued), then releases the store (the pool, the file). */
    @Override
    public void close() {
        try {
            linkagePart.close();
            store.resources().close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close " + store.description(), e);
        }
    }

    /** A running HTTP API. */
    public interface HttpServer {
        int port();

        /** Stops gracefully, waiting up to 30 seconds for requests in progress. */
        void stop();

        /**
         * Stops gracefully: {@code /ready} answers 503 at once, requests in progress finish for at most {@code drain},
         * then the server stops. Returns whether they all finished in time.
         */
        boolean stop(java.time.Duration drain);
    }

    /** Starts the HTTP API on {@code host:port} (0 for any free port) over this root's use cases. */
    public HttpServer startHttp(String host, int port, long maxBodyBytes, List<String> corsOrigins,
                                Consumer<String> requestLog, BooleanSupplier ready) {
        LinkageApi linkage = linkage();
        PlatformMarketService market = platformMarket();
        UseCases useCases = new UseCases(services.projects(), services.projects(), services.projects(), services.projects(),
                services.projects(), services.assessment(), services.governance(), services.governance(), services.catalogue(),
                services.history(), services.tokens(), services.tokens(), services.tokens(), linkage.decide(), linkage.rights(),
                linkage.audit(), new UseCases.PlatformUseCases(assessPlatform(), market, market, market, market,
                market, recordIncidents()), services.reports(), services.reports());
        RestApi api = StartupFailure.translated(() -> new RestApi(useCases, new RestSettings(maxBodyBytes,
                corsOrigins, requestLog, ready)).start(host, port));
        return new HttpServer() {
            @Override
            public int port() {
                return api.port();
            }

            @Override
            public void stop() {
                api.stop();
            }

            @Override
            public boolean stop(java.time.Duration drain) {
                return api.stop(drain);
            }
        };
    }

    public IssueToken issueToken() {
        return services.tokens();
    }

    public ManageTokens manageTokens() {
        return services.tokens();
    }

    public Authenticate authenticate() {
        return services.tokens();
    }

    /**
     * Assessment by another catalogue edition than the default ({@code --catalog CATALOGUE}): a file a city supplies,
     * or, when no such file exists, an edition bundled with CityGov named like {@code jp-2023.02}; else the file's
     * problems, each with its path and line.
     */
    public CatalogueChoice assessProjectWith(Path catalogueFile) {
        if (!Files.exists(catalogueFile)) {
            Optional<Catalogue> bundled = BundledCatalogue.named(catalogueFile.toString());
            if (bundled.isPresent()) {
                return ready(bundled.get());
            }
        }
        return switch (FileCatalogue.open(catalogueFile)) {
            case FileCatalogue.Opened.Ok ok -> ready(ok.catalogue());
            case FileCatalogue.Opened.Problems problems -> new CatalogueChoice.Problems(problems.problems());
        };
    }

    private CatalogueChoice.Ready ready(Catalogue chosen) {
        return new CatalogueChoice.Ready(new AssessmentService(store.projects(), clock, chosen),
                new GovernanceService(store.projects(), clock, chosen, ruleChanges), chosen.edition().version());
    }

    /** The bundled edition's use cases, as a choice already made: what commands use without {@code --catalog}. */
    public CatalogueChoice.Ready catalogueInUse() {
        return new CatalogueChoice.Ready(services.assessment(), services.governance(), catalogue.edition().version());
    }

    /** What choosing a catalogue file gave: the assess use case applying its edition, or its problems. */
    public sealed interface CatalogueChoice {
        record Ready(AssessProject assessProject, DesignRules designRules, String edition) implements CatalogueChoice {
            public Ready {
                Objects.requireNonNull(assessProject, "assessProject");
                Objects.requireNonNull(designRules, "designRules");
                Objects.requireNonNull(edition, "edition");
            }
        }

        record Problems(List<Problem> problems) implements CatalogueChoice {
            public Problems {
                problems = List.copyOf(problems);
            }
        }
    }

    public RegisterProject registerProject() {
        return services.projects();
    }

    public ImportScenario importScenario() {
        return services.projects();
    }

    public ViewProjects viewProjects() {
        return services.projects();
    }

    public ChangeProject changeProject() {
        return services.projects();
    }

    public RecordEngagement recordEngagement() {
        return services.projects();
    }

    public MoveCycle moveCycle() {
        return services.projects();
    }

    /** A platform's incidents: what is due, and a reviewed incident fed back into this root's projects. */
    public HandleIncidents handleIncidents() {
        return services.incidents();
    }

    /** The monitoring of the decisions this root's linkage service logs (CityGov default thresholds unless set). */
    public synchronized WatchLinkage watchLinkage() {
        return monitoring;
    }

    /**
     * Watches the linkage decisions with {@code thresholds} instead of the CityGov defaults ({@code serve
     * --monitoring KEY=VALUE}); only before the linkage service is wired, which takes the monitor it finds.
     */
    public synchronized CompositionRoot monitoringWith(MonitoringThresholds thresholds) {
        if (linkagePart.wired()) {
            throw new IllegalStateException("the linkage service already reports to the monitor; set the thresholds"
                    + " before serving");
        }
        monitoring = new MonitoringService(thresholds, store.alerts(), clock);
        return this;
    }

    /**
     * The monitor's thresholds from {@code KEY=VALUE} settings (keys without the {@code monitoring.} prefix of
     * {@link MonitoringSettings}); each absent key the CityGov default of the bundled edition that {@code serve}
     * applies ({@code cityGovDefaults.monitoring}); INVALID with the key of each bad one.
     */
    public static org.citygov.domain.shared.Result<MonitoringThresholds> monitoringThresholds(
            java.util.Map<String, String> settings) {
        java.util.Properties properties = new java.util.Properties();
        settings.forEach((key, value) -> properties.setProperty("monitoring." + key, value));
        return MonitoringSettings.read(properties, new BundledCatalogue().edition().cityGovDefaults().monitoring());
    }

    /** A stored platform's incidents and the monitoring alerts, for the operator's desk (REST, CLI). */
    public synchronized RecordIncidents recordIncidents() {
        return new IncidentDeskService(store.platforms(), monitoring, handleIncidents(), catalogue, clock);
    }

    /** Platform assessments (MARKET.md) under the bundled catalogue edition; stores nothing. */
    public AssessPlatform assessPlatform() {
        return services.platforms();
    }

    public AssessProject assessProject() {
        return services.assessment();
    }

    /** Governance reports (HTML with SVG figures) in English or Japanese. */
    public ReportProject reportProject() {
        return services.reports();
    }

    /** What a project publishes to residents (its public page and record of processing). */
    public PublishProject publishProject() {
        return services.reports();
    }

    public DesignRules designRules() {
        return services.governance();
    }

    public EvaluateProject evaluateProject() {
        return services.governance();
    }

    public ViewHistory viewHistory() {
        return services.history();
    }

    public ViewCatalogue viewCatalogue() {
        return services.catalogue();
    }
}
