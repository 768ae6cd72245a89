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

    private static Result<ConsentEvent> insert(Connection connection, ConsentEvent event) throws SQLException {
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
    public List<ConsentEvent> ofSubject(SubjectId subject) {
        return query("SELECT " + COLUMNS + " FROM consent_event WHERE subject = ? ORDER BY seq", subject.value());
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
                    events.add(new ConsentEvent(ConsentEvent.Kind.valueOf(rows.getString("kind")),
                            new ConsentId(rows.getString("consent_id")), SubjectId.of(rows.getString("subject")),
                            ProjectId.of(rows.getString("project")), DataAssetId.of(rows.getString("asset")),
                            PurposeKind.valueOf(rows.getString("purpose")),
                            Times.instant(rows.getObject("at_time", OffsetDateTime.class), rows.getInt("at_nanos"))));
                }
                return List.copyOf(events);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the consent events", e);
        }
    }
}
