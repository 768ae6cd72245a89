package org.citygov.adapter.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import javax.sql.DataSource;

import org.citygov.adapter.persistence.file.OwnerOnlyFiles;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A CityGov database, opened, migrated to the latest schema, and pooled: an embedded H2 file database in a data
 * directory (the default, for one researcher on one machine), or any PostgreSQL reached by a JDBC URL (a city's
 * production store). Close it to release the pool; for H2 that also closes the database file.
 */
public final class Database implements AutoCloseable {

    /** Where the Flyway migrations both databases share live on the classpath. */
    static final String MIGRATIONS = "classpath:db/migration";
    /** Migrations of one database only (same version numbers on both): PostgreSQL's triggers, H2's stand-ins. */
    static final String POSTGRESQL_MIGRATIONS = "classpath:db/postgresql";
    static final String H2_MIGRATIONS = "classpath:db/h2";

    /** What opening a database does to its schema. */
    public enum Schema {
        /** Creates or upgrades the schema (the user must own it, or be allowed to create and alter tables). */
        MIGRATE,
        /**
         * Changes nothing: checks that every migration is applied, unchanged, and refuses a database that is not
         * ({@link SchemaNotMigrated}); for servers running as a role that may not create or alter tables.
         */
        VALIDATE
    }

    /** A migration (or the grants after it) could not be applied; the message is one line and says what to do. */
    public static final class MigrationFailed extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        MigrationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The database's schema is not the one this CityGov needs, and it was opened without migrating. */
    public static final class SchemaNotMigrated extends IllegalStateException {
        SchemaNotMigrated(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HikariDataSource dataSource;
    private final ProjectCache projectCache;
    private final String description;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, String description, boolean postgres, ProjectCache projectCache) {
        this.projectCache = projectCache;
        this.dataSource = dataSource;
        this.description = description;
        this.postgres = postgres;
    }

    /** {@code ~/.citygov/data}: where the embedded database lives unless the user names another directory. */
    public static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".citygov", "data");
    }

    /**
     * The embedded H2 database {@code citygov.mv.db} in {@code dataDirectory} (created if missing). H2 writes every
     * commit to the file before the commit returns ({@code WRITE_DELAY=0}), so a killed process loses no
     * acknowledged save. One process at a time may open it.
     *
     * <p>Only its owner may read it: a data directory that does not exist is created {@code rwx------} (so nothing H2
     * writes in it later, trace or temporary files included, is reachable by others), and the database file is
     * created {@code rw-------} before H2 first opens it (H2 itself would create it with the umask's mode, usually
     * world-readable); a database file left readable by an earlier version is made owner-only.
     */
    public static Database embedded(Path dataDirectory) {
        return embedded(dataDirectory, ProjectCache.DEFAULT_CAPACITY);
    }

    /** As {@link #embedded(Path)}, its reads sharing a cache of {@code projectCacheSize} parsed projects (0: none). */
    public static Database embedded(Path dataDirectory, int projectCacheSize) {
        ProjectCache cache = new ProjectCache(projectCacheSize);
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            OwnerOnlyFiles.createDirectories(directory);
            OwnerOnlyFiles.createOrRestrict(directory.resolve(H2_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(h2Url(directory));
        config.setUsername("citygov");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setPoolName("citygov-h2");
        probe(config, failure -> StoreUnavailableException.embedded(failure, directory.toString()));
        return open(config, "H2 database in " + directory, false, Schema.MIGRATE, cache);
    }

    /** The embedded database's file in its data directory (H2's MVStore file of the database named citygov). */
    static final String H2_FILE = "citygov.mv.db";

    /** The H2 URL of the database in a data directory. */
    static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("citygov") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /**
     * A PostgreSQL database by JDBC URL ({@code jdbc:postgresql://host:5432/citygov}), pooled by HikariCP. The schema
     * is created or upgraded on open; the user needs the right to create tables in it.
     */
    public static Database postgres(String jdbcUrl, String user, String password) {
        return postgres(jdbcUrl, user, password, Schema.MIGRATE);
    }

    /**
     * A PostgreSQL database by JDBC URL, its schema migrated or only validated: {@code citygov db migrate} migrates as
     * the role that owns the tables, and servers may then open it with {@link Schema#VALIDATE} as a role that can
     * read and write rows but not create or alter tables.
     */
    public static Database postgres(String jdbcUrl, String user, String password, Schema schema) {
        return postgres(jdbcUrl, user, password, schema, ProjectCache.DEFAULT_CAPACITY);
    }

    /**
     * As {@link #postgres(String, String, String, Schema)}, its reads sharing a cache of {@code projectCacheSize}
     * parsed projects (0: none).
     */
    public static Database postgres(String jdbcUrl, String user, String password, Schema schema,
                                    int projectCacheSize) {
        ProjectCache cache = new ProjectCache(projectCacheSize);
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:, got " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("citygov-postgresql");
        probe(config, failure -> StoreUnavailableException.postgres(failure, jdbcUrl, user,
                password != null && !password.isEmpty()));
        return open(config, "PostgreSQL database " + jdbcUrl, true, schema, cache);
    }

    /**
     * Opens and closes one connection before the pool is made, so that a database that cannot be opened for a reason
     * of operation (unreachable, credentials refused, held by another process) is reported as such, in one sentence,
     * rather than as the pool's fault.
     */
    private static void probe(HikariConfig config,
                              Function<SQLException, Optional<StoreUnavailableException>> explain) {
        Properties properties = new Properties();
        properties.setProperty("user", config.getUsername());
        properties.setProperty("password", config.getPassword() == null ? "" : config.getPassword());
        if (config.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", "10");
        }
        try (Connection ignored = DriverManager.getConnection(config.getJdbcUrl(), properties)) {
            // reachable, and the credentials are accepted
        } catch (SQLException e) {
            throw explain.apply(e).orElseThrow(() -> new IllegalStateException("cannot open the database "
                    + config.getJdbcUrl() + ": " + e.getMessage(), e));
        }
    }

    private static Database open(HikariConfig config, String description, boolean postgres, Schema schema,
                                 ProjectCache cache) {
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            switch (schema) {
                case MIGRATE -> migrate(dataSource);
                case VALIDATE -> validate(dataSource);
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, description, postgres, cache);
    }

    /**
     * Applies every migration not yet applied; {@link MigrationFailed} (one line: the migration and the database's
     * reason) when one cannot be applied, e.g. because the role may not create or alter tables.
     */
    public static void migrate(DataSource dataSource) {
        try {
            flyway(dataSource).load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new MigrationFailed("the database's schema could not be migrated: "
                    + e.getMessage().strip().lines().filter(line -> !line.isBlank()).map(String::strip)
                    .limit(3).reduce((a, b) -> a + " " + b).orElse("Flyway failed")
                    + "; run citygov db migrate as the role that owns the tables", e);
        }
    }

    /**
     * Checks, changing nothing, that every migration is applied and unchanged: {@link SchemaNotMigrated} names the
     * schema version found, the one needed, and the command that migrates.
     */
    public static void validate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        if (current == null || pending.length > 0) {
            String needed = pending.length > 0 ? pending[pending.length - 1].getVersion().getVersion() : "?";
            throw new SchemaNotMigrated("the database's schema is " + (current == null ? "not created"
                    : "at version " + current.getVersion().getVersion()) + ", this CityGov needs version " + needed
                    + " (pending: " + Arrays.stream(pending).map(m -> "V" + m.getVersion().getVersion())
                    .toList() + "); run citygov db migrate as the role that owns the tables, then start again",
                    null);
        }
        try {
            flyway.validate();
        } catch (RuntimeException e) {
            throw new SchemaNotMigrated("the database's schema does not match this CityGov's migrations ("
                    + e.getMessage().strip().lines().findFirst().orElse("") + "); run citygov db migrate as the"
                    + " role that owns the tables", e);
        }
    }

    /** Applies the migrations up to and including {@code version}, no further (for tests of upgrades). */
    static void migrateTo(DataSource dataSource, String version) {
        flyway(dataSource).target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations(MIGRATIONS, isPostgres(dataSource) ? POSTGRESQL_MIGRATIONS : H2_MIGRATIONS)
                .failOnMissingLocations(true);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** The projects, and their audit trail, kept in this database. */
    public JdbcProjects projects() {
        return new JdbcProjects(dataSource, projectCache);
    }

    /**
     * The parsed projects this database's reads share (the capacity it was opened with, default
     * {@value ProjectCache#DEFAULT_CAPACITY}; the CLI's {@code --project-cache-size}; see {@link ProjectCache}).
     */
    public ProjectCache projectCache() {
        return projectCache;
    }

    /** The API tokens (their hashes) kept in this database. */
    public JdbcApiTokens apiTokens() {
        return new JdbcApiTokens(dataSource);
    }

    /** The consent events (append-only) kept in this database. */
    public JdbcConsentRecords consentRecords() {
        return new JdbcConsentRecords(dataSource);
    }

    /** The correction requests kept in this database. */
    public JdbcCorrectionRequests correctionRequests() {
        return new JdbcCorrectionRequests(dataSource);
    }

    /** The version of the schema as migrated, e.g. {@code 11}. */
    public String schemaVersion() {
        MigrationInfo current = flyway(dataSource).load().info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /**
     * The tables whose rows are only ever inserted (PostgreSQL refuses UPDATE and DELETE on them, schemas V11 and
     * V13).
     */
    static final java.util.List<String> APPEND_ONLY = java.util.List.of("audit_entry", "cycle_transition",
            "linkage_log", "linkage_tree_head", "consent_event", "platform_audit_entry", "monitoring_alert");
    /**
     * Grants a PostgreSQL role what a server needs and no more: to read every CityGov table, insert into the
     * append-only ones, insert into and update the others (tables added by later versions included, as they are
     * granted at each migration), and use their sequences; never to create, alter, drop, delete, truncate or own
     * anything, nor to write the schema history. Run by the role that owns the tables, after migrating. The role must
     * exist.
     */
    public void grantServerRights(String role) {
        if (!postgres) {
            throw new IllegalStateException("roles are PostgreSQL's; the embedded H2 database has one user");
        }
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a role name here is lowercase letters, digits and _, not longer than"
                    + " 63, starting with a letter or _: " + role);
        }
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement grant = connection.createStatement()) {
            String schema;
            try (java.sql.ResultSet row = grant.executeQuery("SELECT current_schema()")) {
                row.next();
                schema = row.getString(1);
            }
            grant.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            grant.execute("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            grant.execute("REVOKE INSERT, UPDATE ON flyway_schema_history FROM " + role);
            grant.execute("REVOKE UPDATE ON " + String.join(", ", APPEND_ONLY) + " FROM " + role);
            grant.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
        } catch (SQLException e) {
            throw new MigrationFailed("cannot grant the server's rights to role " + role + ": "
                    + e.getMessage().strip().lines().findFirst().orElse(""), e);
        }
    }

    /** Changes other processes store in this database, for servers that share it. */
    public JdbcStoreChanges storeChanges() {
        return new JdbcStoreChanges(dataSource, postgres);
    }

    /** Whether this is PostgreSQL (several processes may share it) rather than the embedded H2 file. */
    public boolean shared() {
        return postgres;
    }

    /** The stored data platforms, their audit trail and their linkage-log index, kept in this database. */
    public JdbcPlatforms platforms() {
        return new JdbcPlatforms(dataSource);
    }

    /** The monitoring alerts, append-only, each kept once by its id. */
    public JdbcAlerts alerts() {
        return new JdbcAlerts(dataSource);
    }

    /** Which projects' public pages are published. */
    public JdbcPublications publications() {
        return new JdbcPublications(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
