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
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.citygov.application.input.Syntax;
import org.citygov.application.platform.PlatformLoader;
import org.citygov.application.platform.PlatformReading;
import org.citygov.application.platform.PlatformWriter;
import org.citygov.application.port.out.Platforms;
import org.citygov.domain.platform.PlatformAuditEntry;
import org.citygov.domain.platform.AgreementId;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.OfferId;
import org.citygov.domain.platform.ParticipantId;
import org.citygov.domain.platform.PlatformId;
import org.citygov.domain.platform.PlatformLogRecord;
import org.citygov.domain.platform.RegisteredPlatform;
import org.citygov.domain.platform.Withdrawal;
import org.citygov.domain.project.Actor;
import org.citygov.domain.shared.Result;

/**
 * Stored platforms in a relational database, H2 or PostgreSQL (migration V11): each as its {@code citygov-platform/1}
 * document with its withdrawals, an audit entry per save in the save's transaction, and the index of the platform's
 * linkage-log entries. A save of a change updates the row only where its version is still the one the change was
 * based on; a stale or concurrent save writes nothing.
 */
public final class JdbcPlatforms implements Platforms {

    /** SQL states that mean "someone else wrote first": unique key taken, serialization failure, deadlock. */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01");
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final DataSource dataSource;
    private final PlatformWriter writer = new PlatformWriter();
    private final PlatformLoader loader = new PlatformLoader();
    private final ObjectMapper json = JsonMapper.builder().build();

    public JdbcPlatforms(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A withdrawal as the {@code withdrawals} column keeps it. */
    private record WithdrawalRow(String offer, String at, String by) {
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @Override
    public Optional<RegisteredPlatform> find(PlatformId id) {
        List<RegisteredPlatform> found = select("SELECT version, document, withdrawals FROM platform WHERE id = ?",
                id.value());
        return found.stream().findFirst();
    }

    @Override
    public List<RegisteredPlatform> all() {
        return select("SELECT version, document, withdrawals FROM platform ORDER BY id", null);
    }

    private List<RegisteredPlatform> select(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<RegisteredPlatform> platforms = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    platforms.add(RegisteredPlatform.reconstitute(market(rs.getString("document")),
                            rs.getLong("version"), withdrawals(rs.getString("withdrawals"))));
                }
            }
            return platforms;
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the platforms", e);
        }
    }

    private DataMarket market(String document) {
        return switch (loader.read(document, Syntax.JSON)) {
            case PlatformReading.Valid valid -> valid.market();
            case PlatformReading.Invalid invalid -> throw new IllegalStateException(
                    "a stored platform document is not a valid citygov-platform/1 document: " + invalid.problems());
        };
    }

    private List<Withdrawal> withdrawals(String text) {
        try {
            WithdrawalRow[] rows = json.readValue(text, WithdrawalRow[].class);
            List<Withdrawal> withdrawals = new ArrayList<>(rows.length);
            for (WithdrawalRow row : rows) {
                withdrawals.add(new Withdrawal(OfferId.of(row.offer()), Instant.parse(row.at()), Actor.of(row.by())));
            }
            return withdrawals;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored platform's withdrawals are not readable", e);
        }
    }

    private String withdrawals(RegisteredPlatform platform) {
        try {
            return json.writeValueAsString(platform.withdrawals().stream().map(w -> new WithdrawalRow(
                    w.offer().value(), w.at().toString(), w.by().name())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<PlatformAuditEntry> history(PlatformId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT version, actor, happened_at,"
                     + " happened_nanos, summary FROM platform_audit_entry WHERE platform_id = ? ORDER BY version")) {
            select.setString(1, id.value());
            List<PlatformAuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new PlatformAuditEntry(id, rs.getLong("version"), Actor.of(rs.getString("actor")),
                            Times.instant(rs.getObject("happened_at", OffsetDateTime.class),
                                    rs.getInt("happened_nanos")), rs.getString("summary")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the history of platform " + id, e);
        }
    }

    @Override
    public List<Receipt> receipts(PlatformId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq, kind, offer_id, provider, user_id,"
                     + " agreement_id FROM platform_log_receipt WHERE platform_id = ? ORDER BY seq")) {
            select.setString(1, id.value());
            List<Receipt> receipts = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    receipts.add(new Receipt(id, rs.getLong(1), PlatformLogRecord.Kind.valueOf(rs.getString(2)),
                            OfferId.of(rs.getString(3)), ParticipantId.of(rs.getString(4)),
                            ParticipantId.of(rs.getString(5)), AgreementId.of(rs.getString(6))));
                }
            }
            return receipts;
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the log index of platform " + id, e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    @Override
    public void addReceipt(Receipt receipt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO platform_log_receipt (platform_id,"
                     + " seq, kind, offer_id, provider, user_id, agreement_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, receipt.platform().value());
            insert.setLong(2, receipt.sequence());
            insert.setString(3, receipt.kind().name());
            insert.setString(4, receipt.offer().value());
            insert.setString(5, receipt.provider().value());
            insert.setString(6, receipt.user().value());
            insert.setString(7, receipt.agreement().value());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("cannot index log entry " + receipt.sequence() + " of platform "
                    + receipt.platform(), e);
        }
    }

    @Override
    public Result<RegisteredPlatform> save(RegisteredPlatform platform, Change change) {
        Objects.requireNonNull(change, "change");
        RegisteredPlatform next = platform.withVersion(platform.version() + 1);
        String document = writer.json(next.market());
        String withdrawals = withdrawals(next);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result<RegisteredPlatform> stored = platform.version() == 0
                        ? insert(connection, next, change, document, withdrawals)
                        : update(connection, platform, next, change, document, withdrawals);
                if (!stored.isSuccess()) {
                    connection.rollback();
                    return stored;
                }
                try (PreparedStatement audit = connection.prepareStatement("INSERT INTO platform_audit_entry"
                        + " (platform_id, version, actor, happened_at, happened_nanos, summary, document, withdrawals)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    audit.setString(1, next.id().value());
                    audit.setLong(2, next.version());
                    audit.setString(3, change.actor().name());
                    audit.setObject(4, Times.timestamp(change.at()));
                    audit.setInt(5, Times.nanos(change.at()));
                    audit.setString(6, change.summary());
                    audit.setString(7, document);
                    audit.setString(8, withdrawals);
                    audit.executeUpdate();
                }
                connection.commit();
                return Result.success(next);
            } catch (SQLException e) {
                connection.rollback();
                if (CONFLICT_STATES.contains(e.getSQLState()) || e.getErrorCode() == H2_LOCK_TIMEOUT) {
                    return platform.version() == 0
                            ? Result.conflict("a platform \"" + platform.id() + "\" was registered by someone else"
                            + " at the same time; nothing was saved")
                            : Result.stale("platform \"" + platform.id() + "\" was changed by someone else at the"
                            + " same time; nothing was saved: read it again and reapply the change");
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot save platform " + platform.id(), e);
        }
    }

    private static Result<RegisteredPlatform> insert(Connection connection, RegisteredPlatform next, Change change,
                                                     String document, String withdrawals) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM platform WHERE id = ?")) {
            exists.setString(1, next.id().value());
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return Result.conflict("a platform \"" + next.id() + "\" is registered already; nothing was"
                            + " saved");
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO platform (id, name, operator,"
                + " version, document, withdrawals, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, next.id().value());
            insert.setString(2, next.market().platform().name());
            insert.setString(3, next.market().platform().operator().value());
            insert.setLong(4, next.version());
            insert.setString(5, document);
            insert.setString(6, withdrawals);
            insert.setObject(7, Times.timestamp(change.at()));
            insert.executeUpdate();
        }
        return Result.success(next);
    }

    private static Result<RegisteredPlatform> update(Connection connection, RegisteredPlatform platform,
                                                     RegisteredPlatform next, Change change, String document,
                                                     String withdrawals) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE platform SET name = ?, operator = ?,"
                + " version = ?, document = ?, withdrawals = ?, updated_at = ? WHERE id = ? AND version = ?")) {
            update.setString(1, next.market().platform().name());
            update.setString(2, next.market().platform().operator().value());
            update.setLong(3, next.version());
            update.setString(4, document);
            update.setString(5, withdrawals);
            update.setObject(6, Times.timestamp(change.at()));
            update.setString(7, next.id().value());
            update.setLong(8, platform.version());
            if (update.executeUpdate() == 1) {
                return Result.success(next);
            }
        }
        try (PreparedStatement exists = connection.prepareStatement("SELECT version FROM platform WHERE id = ?")) {
            exists.setString(1, platform.id().value());
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next()
                        ? Result.stale("platform \"" + platform.id() + "\" was changed by someone else (version "
                        + rs.getLong(1) + "); nothing was saved: read it again and reapply the change")
                        : Result.notFound("no platform \"" + platform.id() + "\" is stored");
            }
        }
    }
}
