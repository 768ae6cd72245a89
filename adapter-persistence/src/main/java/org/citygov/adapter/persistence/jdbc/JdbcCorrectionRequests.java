package org.citygov.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.citygov.application.port.out.CorrectionRequests;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.linkage.CorrectionRequest;
import org.citygov.domain.linkage.SubjectId;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Correction requests in the {@code correction_request} table (migration V5). An answer is one conditional update
 * ({@code WHERE state = 'OPEN'}), so of two processes answering at once exactly one succeeds.
 */
public final class JdbcCorrectionRequests implements CorrectionRequests {

    private static final String COLUMNS = "id, subject, project, asset, correction, filed_at, filed_nanos, state,"
            + " answer, answered_at, answered_nanos, answered_by";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String OPEN = CorrectionRequest.State.OPEN.name();
    private static final String RESOLVED = CorrectionRequest.State.RESOLVED.name();
    private static final String REJECTED = CorrectionRequest.State.REJECTED.name();

    private final DataSource dataSource;

    public JdbcCorrectionRequests(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Result<CorrectionRequest.Open> add(CorrectionRequest.Open request) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO correction_request (id, subject,"
                     + " project, asset, correction, filed_at, filed_nanos, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, request.id());
            insert.setString(2, request.subject().value());
            insert.setString(3, request.project().value());
            insert.setString(4, request.asset().value());
            insert.setString(5, request.correction());
            insert.setObject(6, Times.timestamp(request.filedAt()));
            insert.setInt(7, Times.nanos(request.filedAt()));
            insert.setString(8, OPEN);
            insert.executeUpdate();
            return Result.success(request);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Result.conflict("a correction request " + request.id() + " exists");
            }
            throw new StoreFailure("cannot store the correction request " + request.id(), e);
        }
    }

    @Override
    public Optional<CorrectionRequest> find(String id) {
        return query("SELECT " + COLUMNS + " FROM correction_request WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public Result<CorrectionRequest> answer(CorrectionRequest answered) {
        String state;
        String text;
        Instant at;
        Actor by;
        switch (answered) {
            case CorrectionRequest.Resolved r -> {
                state = RESOLVED;
                text = r.note();
                at = r.resolvedAt();
                by = r.resolvedBy();
            }
            case CorrectionRequest.Rejected r -> {
                state = REJECTED;
                text = r.reason();
                at = r.rejectedAt();
                by = r.rejectedBy();
            }
            case CorrectionRequest.Open o -> throw new IllegalArgumentException("an answer resolves or rejects a"
                    + " request");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE correction_request SET state = ?,"
                     + " answer = ?, answered_at = ?, answered_nanos = ?, answered_by = ? WHERE id = ? AND state = '" + OPEN
                     + "'")) {
            update.setString(1, state);
            update.setString(2, text);
            update.setObject(3, Times.timestamp(at));
            update.setInt(4, Times.nanos(at));
            update.setString(5, by.name());
            update.setString(6, answered.id());
            if (update.executeUpdate() == 1) {
                return Result.success(answered);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot store the answer to correction request " + answered.id(), e);
        }
        return find(answered.id()).isPresent()
                ? Result.conflict("correction request " + answered.id() + " is already answered")
                : Result.notFound("there is no correction request " + answered.id());
    }

    @Override
    public List<CorrectionRequest> ofSubject(SubjectId subject) {
        return query("SELECT " + COLUMNS + " FROM correction_request WHERE subject = ?"
                + " ORDER BY filed_at, filed_nanos, id", subject.value());
    }

    @Override
    public List<CorrectionRequest> inState(CorrectionRequest.State state) {
        return query("SELECT " + COLUMNS + " FROM correction_request WHERE state = ?"
                + " ORDER BY filed_at, filed_nanos, id", state.name());
    }

    private List<CorrectionRequest> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<CorrectionRequest> requests = new ArrayList<>();
                while (rows.next()) {
                    requests.add(request(rows));
                }
                return List.copyOf(requests);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the correction requests", e);
        }
    }

    private static CorrectionRequest request(ResultSet rows) throws SQLException {
        CorrectionRequest.Open open = CorrectionRequest.file(rows.getString("id"),
                SubjectId.of(rows.getString("subject")), ProjectId.of(rows.getString("project")),
                DataAssetId.of(rows.getString("asset")), rows.getString("correction"),
                Times.instant(rows.getObject("filed_at", OffsetDateTime.class), rows.getInt("filed_nanos")));
        String state = rows.getString("state");
        if (OPEN.equals(state)) {
            return open;
        }
        Instant at = Times.instant(rows.getObject("answered_at", OffsetDateTime.class), rows.getInt("answered_nanos"));
        Actor by = Actor.of(rows.getString("answered_by"));
        return RESOLVED.equals(state) ? new CorrectionRequest.Resolved(open, rows.getString("answer"), at, by)
                : new CorrectionRequest.Rejected(open, rows.getString("answer"), at, by);
    }
}
