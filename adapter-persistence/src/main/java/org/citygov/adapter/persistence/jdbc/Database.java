package org.citygov.adapter.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import javax.sql.DataSource;

import org.citygov.adapter.persistence.file.OwnerOnlyFiles;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A CityGov database, opened, migrated to the latest schema, and pooled: an embedded H2 file database in a data
 * directory (the default, for one researcher on one machine), or any PostgreSQL reached by a JDBC URL (a city's
 * production store). Close it to release the pool; for H2 that also closes the database file.
 */
public final class Database implements AutoCloseable {

    /** Where the Flyway migrations live on the classpath. */
    static final String MIGRATIONS = "classpath:db/migration";

    private final HikariDataSource dataSource;
    private final String description;

    private Database(HikariDataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
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
        return open(config, "H2 database in " + directory);
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
        return open(config, "PostgreSQL database " + jdbcUrl);
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

    private static Database open(HikariConfig config, String description) {
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, description);
    }

    /** Applies every migration not yet applied. */
    public static void migrate(DataSource dataSource) {
        flyway(dataSource).load().migrate();
    }

    /** Applies the migrations up to and including {@code version}, no further (for tests of upgrades). */
    static void migrateTo(DataSource dataSource, String version) {
        flyway(dataSource).target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations(MIGRATIONS)
                .failOnMissingLocations(true);
    }

    /** The projects, and their audit trail, kept in this database. */
    public JdbcProjects projects() {
        return new JdbcProjects(dataSource);
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
