package org.citygov.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.citygov.application.port.out.Alerts;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.monitoring.Alert;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Monitoring alerts in {@code monitoring_alert} (schema V14), one row per id, inserted once: a second insert of the
 * same id (the same alert raised again, on this server or another) is refused by the primary key and answered
 * {@code false}. On PostgreSQL the table refuses UPDATE and DELETE (the append-only triggers of V11).
 */
public final class JdbcAlerts implements Alerts {

    private static final String COLUMNS = "id, kind, party, raised_at, raised_nanos, window_start, window_nanos,"
            + " decisions, baseline, assets, text";
    /** SQLSTATE of a unique or primary key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    JdbcAlerts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean add(Alert alert) {
        if (find(alert.id()).isPresent()) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO monitoring_alert (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, alert.id());
            s.setString(2, alert.kind().name());
            s.setString(3, alert.party().value());
            s.setObject(4, Times.timestamp(alert.raisedAt()));
            s.setInt(5, Times.nanos(alert.raisedAt()));
            s.setObject(6, Times.timestamp(alert.windowStart()));
            s.setInt(7, Times.nanos(alert.windowStart()));
            s.setLong(8, alert.count());
            if (alert.baseline().isPresent()) {
                s.setDouble(9, alert.baseline().getAsDouble());
            } else {
                s.setNull(9, Types.DOUBLE);
            }
            s.setString(10, alert.assets().stream().map(a -> a.project().value() + "/" + a.asset().value())
                    .collect(Collectors.joining("\n")));
            s.setString(11, alert.text());
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreFailure("cannot store monitoring alert \"" + alert.id() + "\"", e);
        }
    }

    @Override
    public Optional<Alert> find(String id) {
        List<Alert> found = select("SELECT " + COLUMNS + " FROM monitoring_alert WHERE id = ?", id, null);
        return found.stream().findFirst();
    }

    @Override
    public List<Alert> since(Instant since) {
        Instant from = since.isBefore(Times.FIRST) ? Times.FIRST : since;
        if (from.isAfter(Times.LAST)) {
            return List.of();
        }
        // the timestamp column holds microseconds: read from the microsecond and drop what falls before the nanosecond
        return select("SELECT " + COLUMNS + " FROM monitoring_alert WHERE raised_at >= ? ORDER BY raised_at,"
                + " raised_nanos, id", null, from).stream().filter(a -> !a.raisedAt().isBefore(since)).toList();
    }

    private List<Alert> select(String sql, String id, Instant from) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setString(1, id);
            } else {
                s.setObject(1, Times.timestamp(from));
            }
            List<Alert> alerts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    alerts.add(alert(r));
                }
            }
            return alerts;
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the monitoring alerts", e);
        }
    }

    private static Alert alert(ResultSet r) throws SQLException {
        double baseline = r.getDouble("baseline");
        OptionalDouble base = r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(baseline);
        String assets = r.getString("assets");
        List<Alert.RequestedAsset> requested = assets.isEmpty() ? List.of() : Arrays.stream(assets.split("\n"))
                .map(line -> {
                    int slash = line.indexOf('/');
                    return new Alert.RequestedAsset(ProjectId.of(line.substring(0, slash)),
                            DataAssetId.of(line.substring(slash + 1)));
                }).toList();
        return new Alert(r.getString("id"), Alert.Kind.valueOf(r.getString("kind")),
                StakeholderId.of(r.getString("party")),
                Times.instant(r.getObject("raised_at", OffsetDateTime.class), r.getInt("raised_nanos")),
                Times.instant(r.getObject("window_start", OffsetDateTime.class), r.getInt("window_nanos")),
                r.getLong("decisions"), base, requested, r.getString("text"));
    }
}
