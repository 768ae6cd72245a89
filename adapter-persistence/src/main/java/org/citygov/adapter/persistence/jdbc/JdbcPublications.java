package org.citygov.adapter.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.citygov.application.port.out.Publications;
import org.citygov.domain.disclosure.Publication;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.ProjectId;

/** Publication marks in {@code project_publication}, one row per published project (the latest mark). */
public final class JdbcPublications implements Publications {

    private final DataSource dataSource;

    JdbcPublications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Publication> find(ProjectId project) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT published_by, published_at, published_nanos"
                     + " FROM project_publication WHERE project_id = ?")) {
            s.setString(1, project.value());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Publication(project, Actor.of(r.getString(1)),
                        Times.instant(r.getObject(2, OffsetDateTime.class), r.getInt(3))));
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot read the publication of project \"" + project + "\"", e);
        }
    }

    @Override
    public void mark(Publication publication) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM project_publication WHERE project_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO project_publication (project_id,"
                         + " published_by, published_at, published_nanos) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, publication.project().value());
                delete.executeUpdate();
                insert.setString(1, publication.project().value());
                insert.setString(2, publication.by().name());
                insert.setObject(3, Times.timestamp(publication.at()));
                insert.setInt(4, Times.nanos(publication.at()));
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreFailure("cannot mark project \"" + publication.project() + "\" published", e);
        }
    }
}
