package org.citygov.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import org.citygov.application.port.out.ConsentRecords;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.linkage.ConsentEvent;
import org.citygov.domain.linkage.ConsentId;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Consent events in the {@code consent_event} table (migration V5): inserted, never updated or deleted. The unique
 * {@code (consent_id, kind)} constraint refuses a second grant of an id or a second withdrawal even from another
 * process; a withdrawal is inserted only when its grant is there (checked in the same transaction).
 *
 * <p>On PostgreSQL each append takes a transaction-scoped advisory lock first, so events are committed in the order
 * of their {@code seq}: a server reading the events after the last {@code seq} it saw ({@link #after}) never misses
 * one that was numbered earlier but committed later. (Appends are rare beside decisions; H2 has one process.)
 */
public final class JdbcConsentRecords implements ConsentRecords {

    private static final String COLUMNS = "consent_id, kind, subject, project, asset, purpose, at_time, at_nanos";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JdbcConsentRecords(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Result<ConsentEvent> append(ConsentEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result<ConsentEvent> result = insert(connection, event);
                if (result.isSuccess()) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot store the consent event " + event.kind() + " of " + event.consent(), e);
        }
    }

    /** The advisory lock key that orders consent appends on PostgreSQL (any constant; this one spells "CONSENTS"). */
    private static final long APPEND_LOCK = 0x434F4E53454E5453L;

    private static Result<ConsentEvent> insert(Connection connection, ConsentEvent event) throws SQLException {
        if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, APPEND_LOCK);
                lock.execute();
            }
        }
        List<ConsentEvent.Kind> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT kind FROM consent_event WHERE"
                + " consent_id = ?")) {
            select.setString(1, event.consent().value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(ConsentEvent.Kind.valueOf(rows.getString(1)));
                }
            }
        }
        if (stored.contains(event.kind())) {
            return already(event);
        }
        if (event.kind() == ConsentEvent.Kind.WITHDRAWN && !stored.contains(ConsentEvent.Kind.GRANTED)) {
            return Result.notFound("consent " + event.consent() + " was never granted");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO consent_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, event.consent().value());
            insert.setString(2, event.kind().name());
            insert.setString(3, event.subject().value());
            insert.setString(4, event.project().value());
            insert.setString(5, event.asset().value());
            insert.setString(6, event.purpose().name());
            insert.setObject(7, Times.timestamp(event.at()));
            insert.setInt(8, Times.nanos(event.at()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // another process stored the same event between the check and the insert
                return already(event);
            }
            throw e;
        }
        return Result.success(event);
    }

    private static Result<ConsentEvent> already(ConsentEvent event) {
        return Result.conflict("consent " + event.consent() + " is " + event.kind().name().toLowerCase(Locale.ROOT)
                + " already");
    }

    @Override
    public List<ConsentEvent> all() {
        return query("SELECT " + COLUMNS + " FROM consent_event ORDER BY seq", null);
    }

    @Override
    public List<Positioned> after(long position) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, " + COLUMNS + " FROM consent_event"
                     + " WHERE seq > ? ORDER BY seq")) {
            select.setLong(1, position);
            try (ResultSet rows = select.executeQuery()) {
                List<Positioned> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new Positioned(rows.getLong("seq"), event(rows)));
                }
                return List.copyOf(events);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the consent events", e);
        }
    }

    @Override
    public List<ConsentEvent> ofSubject(SubjectId subject) {
        return query("SELECT " + COLUMNS + " FROM consent_event WHERE subject = ? ORDER BY seq", subject.value());
    }

    private static ConsentEvent event(ResultSet rows) throws SQLException {
        return new ConsentEvent(ConsentEvent.Kind.valueOf(rows.getString("kind")),
                new ConsentId(rows.getString("consent_id")), SubjectId.of(rows.getString("subject")),
                ProjectId.of(rows.getString("project")), DataAssetId.of(rows.getString("asset")),
                PurposeKind.valueOf(rows.getString("purpose")),
                Times.instant(rows.getObject("at_time", OffsetDateTime.class), rows.getInt("at_nanos")));
    }

    private List<ConsentEvent> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<ConsentEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(event(rows));
                }
                return List.copyOf(events);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the consent events", e);
        }
    }
}
