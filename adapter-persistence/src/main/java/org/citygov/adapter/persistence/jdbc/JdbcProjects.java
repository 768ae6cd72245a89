package org.citygov.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.citygov.domain.project.AuditEntry;
import org.citygov.application.port.out.ProjectChange;
import org.citygov.application.port.out.ProjectHistory;
import org.citygov.application.port.out.Projects;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.CycleState;
import org.citygov.domain.project.CycleTransition;
import org.citygov.domain.project.GovernanceCycle;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.GovernanceStep;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * Projects and their audit trail in a relational database, H2 or PostgreSQL, through plain JDBC and the schema of
 * the Flyway migrations in {@code db/migration}.
 *
 * <p>A save is one transaction: the project row is inserted (a new project) or updated only where its version is
 * still the one the change was based on; the cycle transitions that are new are appended; one audit entry is
 * appended. A stale or concurrent save updates no row and becomes a CONFLICT, and the transaction writes nothing.
 */
public final class JdbcProjects implements Projects, ProjectHistory {

    /** SQL states that mean "someone else wrote first": unique key taken, serialization failure, deadlock. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");
    /** H2's "timeout trying to lock the table": a concurrent writer held the row for too long. */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final DataSource dataSource;
    private final ProjectDocuments documents;
    private final ProjectCache cache;

    /** Projects without a cache: every read loads and checks the stored document. */
    public JdbcProjects(DataSource dataSource) {
        this(dataSource, new ScenarioDocuments(), new ProjectCache(0));
    }

    /** Projects whose reads of an unchanged version come from {@code cache} (see {@link ProjectCache}). */
    public JdbcProjects(DataSource dataSource, ProjectCache cache) {
        this(dataSource, new ScenarioDocuments(), cache);
    }

    JdbcProjects(DataSource dataSource, ProjectDocuments documents) {
        this(dataSource, documents, new ProjectCache(0));
    }

    JdbcProjects(DataSource dataSource, ProjectDocuments documents, ProjectCache cache) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @Override
    public Optional<GovernanceProject> find(ProjectId id) {
        try (Connection connection = dataSource.getConnection()) {
            if (cache.capacity() > 0) {
                // the stored version, checked on every read: a save by any server is seen by the next read
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT version FROM project WHERE id = ?")) {
                    select.setString(1, id.value());
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            cache.evict(id);
                            return Optional.empty();
                        }
                        Optional<GovernanceProject> held = cache.get(id, rs.getLong(1));
                        if (held.isPresent()) {
                            return held;
                        }
                    }
                }
            }
            ProjectRow row;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version, cycle_step,"
                    + " cycle_revision, cycle_transitions, document FROM project WHERE id = ?")) {
                select.setString(1, id.value());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    row = ProjectRow.of(rs);
                }
            }
            List<CycleTransition> transitions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(TRANSITIONS
                    + " WHERE project_id = ? AND seq < ? ORDER BY seq")) {
                select.setString(1, id.value());
                select.setInt(2, row.transitions());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        transitions.add(transition(rs));
                    }
                }
            }
            GovernanceProject project = row.project(transitions, documents);
            cache.put(project);
            return Optional.of(project);
        } catch (SQLException e) {
            throw new StoreFailure("cannot read project " + id, e);
        }
    }

    @Override
    public List<GovernanceProject> all() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, ProjectRow> rows = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, version, cycle_step,"
                    + " cycle_revision, cycle_transitions, document FROM project ORDER BY id");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ProjectRow row = ProjectRow.of(rs);
                    rows.put(row.id(), row);
                }
            }
            Map<String, List<CycleTransition>> transitions = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(TRANSITIONS + " ORDER BY project_id, seq");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String projectId = rs.getString("project_id");
                    ProjectRow row = rows.get(projectId);
                    // rows written after the projects were read belong to a later version: leave them out
                    if (row != null && rs.getInt("seq") < row.transitions()) {
                        transitions.computeIfAbsent(projectId, k -> new ArrayList<>()).add(transition(rs));
                    }
                }
            }
            return rows.values().stream()
                    .map(row -> row.project(transitions.getOrDefault(row.id(), List.of()), documents))
                    .toList();
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the projects", e);
        }
    }

    @Override
    public List<AuditEntry> history(ProjectId project, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT version, actor, happened_at, happened_nanos, summary,"
                + " cycle_step, cycle_revision, document FROM audit_entry WHERE project_id = ?");
        // the columns hold microseconds: select generously by them, then exactly by the full instant
        boolean lower = Times.storable(from);
        boolean upper = Times.storable(to);
        if (lower) {
            sql.append(" AND happened_at >= ?");
        }
        if (upper) {
            sql.append(" AND happened_at <= ?");
        }
        sql.append(" ORDER BY version");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int i = 1;
            select.setString(i++, project.value());
            if (lower) {
                select.setObject(i++, Times.timestamp(from));
            }
            if (upper) {
                select.setObject(i, Times.timestamp(to));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant at = Times.instant(rs.getObject("happened_at", OffsetDateTime.class),
                            rs.getInt("happened_nanos"));
                    if (at.isBefore(from) || !at.isBefore(to)) {
                        continue;
                    }
                    entries.add(new AuditEntry(project, rs.getLong("version"), Actor.of(rs.getString("actor")), at,
                            rs.getString("summary"), GovernanceStep.valueOf(rs.getString("cycle_step")),
                            rs.getInt("cycle_revision"), documents.read(rs.getString("document"))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the history of project " + project, e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    @Override
    public Result<GovernanceProject> save(GovernanceProject project, ProjectChange change) {
        Objects.requireNonNull(change, "change");
        GovernanceProject next = project.withVersion(project.version() + 1);
        String document = documents.write(next.parts());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result<Integer> stored = project.version() == 0
                        ? insert(connection, next, change, document)
                        : update(connection, project, next, change, document);
                if (!(stored instanceof Result.Success<Integer>(Integer storedTransitions))) {
                    connection.rollback();
                    return stored.map(unused -> next);
                }
                appendTransitions(connection, next, storedTransitions);
                appendAuditEntry(connection, next, change, document);
                connection.commit();
                cache.evict(project.id());
                return Result.success(next);
            } catch (SQLException e) {
                connection.rollback();
                if (CONFLICT_STATES.contains(e.getSQLState()) || e.getErrorCode() == H2_LOCK_TIMEOUT) {
                    String message = project.version() == 0
                            ? "a project \"" + project.id() + "\" was registered by someone else at the same time"
                            : "project \"" + project.id() + "\" was changed by someone else at the same time";
                    return project.version() == 0 ? Result.conflict(message + "; nothing was saved")
                            : Result.stale(message + "; nothing was saved: read it again and reapply the change");
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot save project " + project.id(), e);
        }
    }

    /** Inserts a new project's row; the result is how many of its transitions were stored before (none). */
    private static Result<Integer> insert(Connection connection, GovernanceProject next, ProjectChange change,
                                          String document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO project (id, name, version,"
                + " cycle_step, cycle_revision, cycle_transitions, document, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, next.id().value());
            insert.setString(2, next.overview().name());
            insert.setLong(3, next.version());
            insert.setString(4, next.cycle().step().name());
            insert.setInt(5, next.cycle().revision());
            insert.setInt(6, next.cycle().history().size());
            insert.setString(7, document);
            insert.setObject(8, Times.timestamp(change.at()));
            insert.executeUpdate();
            return Result.success(0);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return Result.conflict("a project \"" + next.id() + "\" is already stored");
            }
            throw e;
        }
    }

    /**
     * Updates a stored project's row where its version is still the one {@code project} was read at; the result is
     * how many transitions that version had stored, or NOT_FOUND / CONFLICT.
     */
    private static Result<Integer> update(Connection connection, GovernanceProject project, GovernanceProject next,
                                          ProjectChange change, String document) throws SQLException {
        Long storedVersion = null;
        int storedTransitions = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, cycle_transitions FROM project WHERE id = ?")) {
            select.setString(1, project.id().value());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    storedVersion = rs.getLong(1);
                    storedTransitions = rs.getInt(2);
                }
            }
        }
        if (storedVersion == null) {
            return Result.notFound("no stored project \"" + project.id() + "\" to update");
        }
        if (storedVersion != project.version()) {
            return stale(project, storedVersion);
        }
        if (next.cycle().history().size() < storedTransitions) {
            throw new IllegalArgumentException("project " + project.id() + " has " + next.cycle().history().size()
                    + " cycle transitions, fewer than the " + storedTransitions + " stored: a history only grows");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE project SET name = ?, version = ?,"
                + " cycle_step = ?, cycle_revision = ?, cycle_transitions = ?, document = ?, updated_at = ?"
                + " WHERE id = ? AND version = ?")) {
            update.setString(1, next.overview().name());
            update.setLong(2, next.version());
            update.setString(3, next.cycle().step().name());
            update.setInt(4, next.cycle().revision());
            update.setInt(5, next.cycle().history().size());
            update.setString(6, document);
            update.setObject(7, Times.timestamp(change.at()));
            update.setString(8, project.id().value());
            update.setLong(9, project.version());
            if (update.executeUpdate() == 0) {
                // another writer stored a new version between our read and our update
                return stale(project, null);
            }
        }
        return Result.success(storedTransitions);
    }

    private static <T> Result<T> stale(GovernanceProject project, Long storedVersion) {
        return Result.stale("project \"" + project.id() + "\" was changed by someone else (stored version "
                + (storedVersion == null ? "newer" : storedVersion) + ", this change was based on version "
                + project.version() + ")");
    }

    private static void appendTransitions(Connection connection, GovernanceProject next, int alreadyStored)
            throws SQLException {
        List<CycleTransition> history = next.cycle().history();
        if (history.size() == alreadyStored) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cycle_transition (project_id, seq,"
                + " kind, from_step, to_step, revision, actor, happened_at, happened_nanos, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int seq = alreadyStored; seq < history.size(); seq++) {
                CycleTransition t = history.get(seq);
                insert.setString(1, next.id().value());
                insert.setInt(2, seq);
                insert.setString(3, t.kind().name());
                insert.setString(4, t.from().name());
                insert.setString(5, t.to().name());
                insert.setInt(6, t.revision());
                insert.setString(7, t.actor().name());
                insert.setObject(8, Times.timestamp(t.at()));
                insert.setInt(9, Times.nanos(t.at()));
                insert.setString(10, t.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void appendAuditEntry(Connection connection, GovernanceProject next, ProjectChange change,
                                         String document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (project_id, version,"
                + " actor, happened_at, happened_nanos, summary, cycle_step, cycle_revision, document)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, next.id().value());
            insert.setLong(2, next.version());
            insert.setString(3, change.actor().name());
            insert.setObject(4, Times.timestamp(change.at()));
            insert.setInt(5, Times.nanos(change.at()));
            insert.setString(6, change.summary());
            insert.setString(7, next.cycle().step().name());
            insert.setInt(8, next.cycle().revision());
            insert.setString(9, document);
            insert.executeUpdate();
        }
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    private static final String TRANSITIONS = "SELECT project_id, seq, kind, from_step, to_step, revision, actor,"
            + " happened_at, happened_nanos, reason FROM cycle_transition";

    private static CycleTransition transition(ResultSet rs) throws SQLException {
        return new CycleTransition(CycleTransition.Kind.valueOf(rs.getString("kind")),
                GovernanceStep.valueOf(rs.getString("from_step")), GovernanceStep.valueOf(rs.getString("to_step")),
                rs.getInt("revision"), Actor.of(rs.getString("actor")),
                Times.instant(rs.getObject("happened_at", OffsetDateTime.class), rs.getInt("happened_nanos")),
                rs.getString("reason"));
    }

    /** The columns of one project row, before its document is parsed. */
    private record ProjectRow(String id, long version, GovernanceStep step, int revision, int transitions,
                              String document) {

        static ProjectRow of(ResultSet rs) throws SQLException {
            return new ProjectRow(rs.getString("id"), rs.getLong("version"),
                    GovernanceStep.valueOf(rs.getString("cycle_step")), rs.getInt("cycle_revision"),
                    rs.getInt("cycle_transitions"), rs.getString("document"));
        }

        GovernanceProject project(List<CycleTransition> history, ProjectDocuments documents) {
            GovernanceCycle cycle = new GovernanceCycle(CycleState.of(step, revision), history);
            return GovernanceProject.reconstitute(documents.read(document), cycle, version);
        }
    }
}
