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

import org.citygov.application.port.out.ApiTokens;
import org.citygov.domain.access.Role;
import org.citygov.domain.shared.Result;

/**
 * API tokens in the {@code api_token} table (migration V3): the store of a deployment whose projects are in
 * PostgreSQL, so that every server in front of the database sees the same tokens and a revoked token is refused by
 * all of them at once. One active token per name is the database's own constraint ({@code active_name} is unique), so
 * two processes issuing the same name at once cannot both succeed.
 */
public final class JdbcApiTokens implements ApiTokens {

    private static final String COLUMNS = "sha256, name, role, created_at, created_nanos, revoked_at, revoked_nanos";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JdbcApiTokens(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Result<StoredToken> add(StoredToken token) {
        if (token.revokedAt().isPresent()) {
            throw new IllegalArgumentException("a token is added active; " + token.name() + " is revoked");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (activeByName(connection, token.name()).isPresent()) {
                return nameTaken(token.name());
            }
            if (byHash(connection, token.sha256()).isPresent()) {
                return Result.conflict("a token with this hash exists");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO api_token (" + COLUMNS
                    + ", active_name) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)")) {
                insert.setString(1, token.sha256());
                insert.setString(2, token.name());
                insert.setString(3, token.role().name());
                insert.setObject(4, Times.timestamp(token.createdAt()));
                insert.setInt(5, Times.nanos(token.createdAt()));
                insert.setString(6, token.name());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // another process issued the name or the hash between the checks and the insert
                    return nameTaken(token.name());
                }
                throw e;
            }
            return Result.success(token);
        } catch (SQLException e) {
            throw new StoreFailure("cannot add the token \"" + token.name() + "\"", e);
        }
    }

    @Override
    public Optional<StoredToken> findByHash(String sha256) {
        try (Connection connection = dataSource.getConnection()) {
            return byHash(connection, sha256);
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the tokens", e);
        }
    }

    @Override
    public List<StoredToken> all() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM api_token ORDER BY name, created_at, created_nanos");
             ResultSet rs = select.executeQuery()) {
            List<StoredToken> tokens = new ArrayList<>();
            while (rs.next()) {
                tokens.add(token(rs));
            }
            return List.copyOf(tokens);
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the tokens", e);
        }
    }

    @Override
    public Result<StoredToken> revoke(String name, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<StoredToken> active = activeByName(connection, name);
            if (active.isEmpty()) {
                return noActiveToken(name);
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE api_token SET revoked_at = ?,"
                    + " revoked_nanos = ?, active_name = NULL WHERE sha256 = ? AND active_name IS NOT NULL")) {
                update.setObject(1, Times.timestamp(at));
                update.setInt(2, Times.nanos(at));
                update.setString(3, active.get().sha256());
                if (update.executeUpdate() == 0) {
                    return noActiveToken(name);
                }
            }
            return Result.success(active.get().revokedAt(at));
        } catch (SQLException e) {
            throw new StoreFailure("cannot revoke the token \"" + name + "\"", e);
        }
    }

    private static Optional<StoredToken> activeByName(Connection connection, String name) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM api_token WHERE active_name = ?", name);
    }

    private static Optional<StoredToken> byHash(Connection connection, String sha256) throws SQLException {
        return one(connection, "SELECT " + COLUMNS + " FROM api_token WHERE sha256 = ?", sha256);
    }

    private static Optional<StoredToken> one(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(token(rs)) : Optional.empty();
            }
        }
    }

    private static StoredToken token(ResultSet rs) throws SQLException {
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        return new StoredToken(rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("sha256"),
                Times.instant(rs.getObject("created_at", OffsetDateTime.class), rs.getInt("created_nanos")),
                revokedAt == null ? Optional.empty()
                        : Optional.of(Times.instant(revokedAt, rs.getInt("revoked_nanos"))));
    }

    private static Result<StoredToken> nameTaken(String name) {
        return Result.conflict("an active token named \"" + name + "\" exists; revoke it first or choose another"
                + " name");
    }

    private static Result<StoredToken> noActiveToken(String name) {
        return Result.notFound("no active token named \"" + name + "\"");
    }
}
