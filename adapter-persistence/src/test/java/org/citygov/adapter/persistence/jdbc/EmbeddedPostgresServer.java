package org.citygov.adapter.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (started on first use, stopped when the JVM exits), and a fresh database in
 * it for each test class that asks, so that classes never see each other's data.
 */
public final class EmbeddedPostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // commits are flushed as in production, so the crash test checks what production would do
                server = EmbeddedPostgres.builder()
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; the server's directory is temporary
                }
            }));
        }
        return server;
    }

    /** The JDBC URL of a new, empty database in the server; user and password are both {@code postgres}. */
    public static String newDatabase(String purpose) {
        String name = "citygov_" + purpose.replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection connection = pg.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    public static String user() {
        return "postgres";
    }

    public static String password() {
        return "postgres";
    }
}
