package org.citygov.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.citygov.application.port.out.StoreChanges;
import org.citygov.domain.project.ProjectId;
import org.postgresql.PGConnection;

/**
 * Changes stored by other processes, for {@link org.citygov.application.service.StoreFollower}. On PostgreSQL a
 * connection of its own listens on the channel {@value #CHANNEL}, on which the database itself notifies every commit
 * that stores a consent event or a project (triggers of schema V11, so changes made by any process, {@code citygov
 * import} included, are announced); the wait ends at the first notification. If the listening connection breaks, the
 * wait falls back to the poll interval and listens again next time. On H2 (one process) the wait is the poll interval.
 */
public final class JdbcStoreChanges implements StoreChanges {

    /** The notification channel the V11 triggers announce changes on. */
    public static final String CHANNEL = "citygov_changes";

    private final DataSource dataSource;
    private final boolean postgres;
    private Connection listening;

    JdbcStoreChanges(DataSource dataSource, boolean postgres) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.postgres = postgres;
    }

    @Override
    public void awaitChange(Duration timeout) throws InterruptedException {
        if (!postgres) {
            Thread.sleep(timeout);
            return;
        }
        try {
            PGConnection connection = listen();
            // returns at the first notification, or empty after the timeout
            connection.getNotifications((int) Math.max(1, timeout.toMillis()));
        } catch (SQLException e) {
            closeListening();
            Thread.sleep(timeout);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private synchronized PGConnection listen() throws SQLException {
        if (listening == null || listening.isClosed()) {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            listening = connection;
        }
        return listening.unwrap(PGConnection.class);
    }

    @Override
    public Map<ProjectId, Long> projectVersions() {
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, version FROM project")) {
            Map<ProjectId, Long> versions = new HashMap<>();
            while (rows.next()) {
                versions.put(ProjectId.of(rows.getString(1)), rows.getLong(2));
            }
            return Map.copyOf(versions);
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the projects' versions", e);
        }
    }

    private synchronized void closeListening() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                // it is broken already
            }
            listening = null;
        }
    }

    @Override
    public void close() {
        closeListening();
    }
}
