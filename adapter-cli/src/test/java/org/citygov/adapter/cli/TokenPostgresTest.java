package org.citygov.adapter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.citygov.adapter.cli.root.CompositionRoot;
import org.citygov.domain.access.Role;

/** {@code citygov token … --jdbc-url}: tokens of a PostgreSQL deployment live in its database, not in a file. */
class TokenPostgresTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static String url() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return CityGovCli.run(CompositionRoot.inMemory(), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void tokenCreate_whenGivenAJdbcUrl_shouldKeepTheTokenInTheDatabaseWhereTheServerFindsIt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = run(out, err, "token", "create", "--role", "APPROVER", "--name", "expert-committee",
                "--jdbc-url", url(), "--jdbc-user", "postgres");

        assertEquals(0, status, err.toString());
        String token = out.toString().strip();
        try (CompositionRoot server = CompositionRoot.postgres(url(), "postgres", "")) {
            var caller = server.authenticate().authenticate(token).orElseThrow();
            assertEquals("expert-committee", caller.name());
            assertEquals(Role.APPROVER, caller.role());
        }
        StringWriter listed = new StringWriter();
        assertEquals(0, run(listed, new StringWriter(), "token", "list", "--jdbc-url", url(), "--jdbc-user",
                "postgres"));
        assertTrue(listed.toString().contains("expert-committee\tAPPROVER"), listed.toString());
    }

    @Test
    void tokenRevoke_whenGivenAJdbcUrl_shouldRefuseTheTokenAtTheServer() {
        StringWriter out = new StringWriter();
        run(out, new StringWriter(), "token", "create", "--role", "ANALYST", "--name", "open-data-team",
                "--jdbc-url", url(), "--jdbc-user", "postgres");
        String token = out.toString().strip();

        int status = run(new StringWriter(), new StringWriter(), "token", "revoke", "--name", "open-data-team",
                "--jdbc-url", url(), "--jdbc-user", "postgres");

        assertEquals(0, status);
        try (CompositionRoot server = CompositionRoot.postgres(url(), "postgres", "")) {
            assertTrue(server.authenticate().authenticate(token).isEmpty());
        }
    }

    @Test
    void tokenCreate_whenGivenBothStores_shouldRefuseWithStatus2() {
        StringWriter err = new StringWriter();

        int status = run(new StringWriter(), err, "token", "create", "--role", "ADMIN", "--name", "both",
                "--jdbc-url", url(), "--data", home.toString());

        assertEquals(2, status, err.toString());
        assertFalse(Files.exists(home.resolve("tokens.json")));
    }
}
